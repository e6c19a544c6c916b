import type { SheetAnalysis } from "../../core/analyze";
import { summarize } from "../../core/findings";
import { formatFinding } from "../../core/i18n";
import type { Lang } from "../../core/i18n/lang";

/** The `rakit check --json` shape for one sheet. Keep these names: users' scripts read them. */
export function checkSheetJson(analysis: SheetAnalysis, lang: Lang): Record<string, unknown> {
  return {
    sheet: analysis.sheet,
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      address: f.address,
      message: formatFinding(f, lang),
    })),
    summary: summarize(analysis.findings),
  };
}
