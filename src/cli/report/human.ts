import type { SheetAnalysis } from "../../core/analyze";
import { summarize, type Finding, type Severity } from "../../core/findings";
import { formatFinding } from "../../core/i18n";
import type { Lang } from "../../core/i18n/lang";
import { formatRupiah } from "../../core/i18n/numbers";
import { cliText } from "../messages";

const ORDER: readonly Severity[] = ["error", "warning", "info"];

/** A short summary of one sheet, then its findings grouped by severity, each with `Sheet!A1`. */
export function humanSheetReport(file: string, analysis: SheetAnalysis, lang: Lang): string {
  const plan = analysis.plan;
  if (!plan) return "";
  const lines: string[] = [];
  const rows = plan.blocks.reduce((n, b) => n + b.rows.length, 0);
  lines.push(
    cliText(lang, "sheetLine", {
      file,
      sheet: plan.sheet,
      blocks: plan.blocks.length,
      rows,
      total:
        plan.totalBudget === null
          ? cliText(lang, "noBudgetColumn")
          : cliText(lang, "budgetTotal", { total: formatRupiah(plan.totalBudget) }),
    }),
  );
  const summary = summarize(analysis.findings);
  lines.push(`  ${cliText(lang, "counts", { ...summary })}`);
  if (analysis.findings.length === 0) lines.push(`  ${cliText(lang, "clean")}`);
  for (const severity of ORDER) {
    const group = analysis.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${cliText(lang, `severity_${severity}`)} (${group.length})`);
    for (const f of group) lines.push(`  ${where(plan.sheet, f)}  ${formatFinding(f, lang)}  [${f.rule}]`);
  }
  return lines.join("\n");
}

function where(sheet: string, finding: Finding): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${finding.address}`;
}
