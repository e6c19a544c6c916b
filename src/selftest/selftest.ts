import { officeSession } from "../excel/officeSession";
import { runSelfTest, type ScenarioResult } from "../excel/selftest/scenarios";
import type { ExcelSession } from "../excel/session";

/** The hidden self-test page: runs the adapter's scenarios in real Excel and lists pass/fail. */
function show(result: ScenarioResult): void {
  const row = document.createElement("tr");
  const cells: readonly (readonly [string, string])[] = [
    [result.name, ""],
    [result.status.toUpperCase(), result.status],
    [`${result.detail} (${result.ms} ms)`, ""],
  ];
  for (const [text, cls] of cells) {
    const cell = document.createElement("td");
    cell.textContent = text;
    if (cls) cell.className = cls;
    row.appendChild(cell);
  }
  document.getElementById("results")?.appendChild(row);
}

async function run(session: ExcelSession): Promise<void> {
  const summary = document.getElementById("summary");
  const body = document.getElementById("results");
  if (body) body.textContent = "";
  if (summary) summary.textContent = "Running…";
  const results = await runSelfTest(session, show);
  const failed = results.filter((r) => r.status === "fail").length;
  if (summary)
    summary.textContent = `${results.length - failed} of ${results.length} scenarios passed${failed ? `, ${failed} failed` : ""}.`;
}

function start(session: ExcelSession): void {
  document.getElementById("run")?.addEventListener("click", () => {
    run(session).catch((error: unknown) => {
      const summary = document.getElementById("summary");
      if (summary) summary.textContent = `Self-test stopped: ${error instanceof Error ? error.message : String(error)}`;
    });
  });
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => start(officeSession()));
} else {
  const summary = document.getElementById("summary");
  if (summary) summary.textContent = "Office.js is not loaded: open this page inside Excel.";
}
