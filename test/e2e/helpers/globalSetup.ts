import { tmpdir } from "node:os";
import { join } from "node:path";
import { RUN_ENV } from "./buildWorkbench";

/**
 * jest's globalSetup: names this run's e2e folder (RUN_ENV), where the first e2e file builds the
 * workbench once for all of them (sharedWorkbenchBuild). Only the name: a run without e2e tests
 * creates and builds nothing.
 */
export default function globalSetup(): void {
  process.env[RUN_ENV] = join(tmpdir(), `rakit-e2e-run-${process.pid}-${Date.now().toString(36)}`);
}
