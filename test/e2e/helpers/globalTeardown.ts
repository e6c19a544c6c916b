import { rm } from "node:fs/promises";
import { RUN_ENV } from "./buildWorkbench";

/** jest's globalTeardown: removes this run's e2e folder (the shared workbench build), if a test made it. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env[RUN_ENV];
  if (run) await rm(run, { recursive: true, force: true });
}
