import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");

/**
 * The environment variable naming this jest run's e2e folder. jest.config.js's globalSetup
 * (test/e2e/helpers/globalSetup.ts) sets it, before any test file starts, and globalTeardown removes
 * the folder. Test files in every worker inherit it, so they all find the one build of this run.
 */
export const RUN_ENV = "RAKIT_E2E_RUN";

/** Longest wait for another file's build (the build itself takes about 40 s on 2 cores). */
const WAIT_MS = 600_000;

/** The server the e2e build's manifest is made for (RAKIT_ADDIN_URL): dist/manifest.xml points there. */
export const E2E_ADDIN_URL = "https://rakit.example.go.id/rakit/";

/**
 * Builds what `npm run build` builds (production mode, without source maps): the add-in's pages and
 * "Rakit tanpa Excel" (index.html, the workbench), with the manifest for E2E_ADDIN_URL, into `out` (a
 * fresh temp folder when absent), and returns the folder. The add-in's pages cost little beside the
 * workbench (about 10 s of CPU); the build takes about 40 s on 2 cores.
 */
export async function buildWorkbench(out?: string): Promise<string> {
  const target = out ?? (await mkdtemp(join(tmpdir(), "rakit-dist-workbench-")));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--no-devtool", "--output-path", target];
  const env = { ...process.env, RAKIT_ADDIN_URL: E2E_ADDIN_URL };
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`webpack failed (${error.message}):\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
  return target;
}

export interface WorkbenchBuild {
  /** The folder holding the build: index.html and workbench.js, taskpane.html, bantuan.html, manifest.xml... */
  readonly dir: string;
  /** Call in afterAll: removes a build this file made for itself; a shared one is the run's to remove. */
  dispose(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the build's owner marks it built (or failed). */
async function waitForBuild(built: string, failed: string): Promise<void> {
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    if (await exists(built)) return;
    if (await exists(failed)) throw new Error(`the shared workbench build failed:\n${await readFile(failed, "utf8")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the shared workbench build did not finish within ${WAIT_MS / 1000} s`);
}

/**
 * The workbench build of this jest run, one for all e2e files: the first file to ask builds it (it
 * takes the run's lock, an atomic mkdir), the others wait for it, in any worker. Without the run's
 * folder (jest started with another config) the file builds its own, removed by dispose().
 */
export async function sharedWorkbenchBuild(): Promise<WorkbenchBuild> {
  const run = process.env[RUN_ENV];
  if (!run) {
    const dir = await buildWorkbench();
    return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  await mkdir(run, { recursive: true });
  const dir = join(run, "workbench");
  const built = join(run, "built");
  const failed = join(run, "failed");
  let owner = true;
  try {
    await mkdir(join(run, "lock"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    owner = false;
  }
  if (!owner) {
    await waitForBuild(built, failed);
    return { dir, dispose: async () => undefined };
  }
  try {
    await mkdir(dir);
    await buildWorkbench(dir);
    await writeFile(built, new Date().toISOString());
  } catch (error) {
    await writeFile(failed, error instanceof Error ? error.message : String(error));
    throw error;
  }
  return { dir, dispose: async () => undefined };
}
