import { runCli } from "./run";
import { terminalWriter } from "./terminal";

/** The `rakit` executable: bin/rakit.js calls this with process.argv. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await runCli(argv, { out: terminalWriter(process.stdout), err: terminalWriter(process.stderr) });
  } catch (error) {
    // A bug, not bad input: say so in one line, with a hint to report it, and still no stack trace
    // unless asked for (RAKIT_DEBUG=1).
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rakit: internal error: ${message}\n`);
    if (process.env.RAKIT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    return 2;
  }
}
