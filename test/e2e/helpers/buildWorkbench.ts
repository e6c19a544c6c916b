import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");

/**
 * Builds the workbench page alone (production mode, as `npm run build:workbench` does, without source
 * maps) into a fresh temp folder and returns the folder. Once per test run: it takes about 40 s.
 */
export async function buildWorkbench(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "rakit-dist-workbench-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--env", "workbenchOnly", "--no-devtool", "--output-path", out];
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`webpack failed (${error.message}):\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
  return out;
}
