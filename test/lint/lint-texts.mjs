/**
 * Lints source texts as if they were files in the repo, with the repo's eslint.config.mjs, via ESLint's Node
 * API. A child process because Jest's CommonJS sandbox cannot load an ESM config (dynamic import()).
 *
 * stdin:  [{ "filePath": "src/core/x.ts", "code": "..." }, ...]   (paths relative to the repo root)
 * stdout: [{ "filePath": ..., "messages": [{ "ruleId", "severity", "line", "message" }] }, ...]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const probes = JSON.parse(await new Response(process.stdin).text());
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath), warnIgnored: true });
  out.push({
    filePath,
    messages: (result?.messages ?? []).map(({ ruleId, severity, line, message }) => ({
      ruleId,
      severity,
      line,
      message,
    })),
  });
}
process.stdout.write(JSON.stringify(out));
