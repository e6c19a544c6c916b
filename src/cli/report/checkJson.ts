import type { SheetAnalysis } from "../../core/analyze";
import { summarize } from "../../core/findings";
import { formatFinding, formatFindingDetail } from "../../core/i18n";
import type { Lang } from "../../core/i18n/lang";

/** The `rakit check --json` shape for one sheet. Keep these names: users' scripts read them. */
export function checkSheetJson(analysis: SheetAnalysis, lang: Lang): Record<string, unknown> {
  return {
    sheet: analysis.sheet,
    findings: analysis.findings.map((f) => {
      const detail = formatFindingDetail(f, lang);
      return {
        rule: f.rule,
        severity: f.severity,
        address: f.address,
        message: formatFinding(f, lang),
        // Only rules with a longer explanation carry it (e.g. a season window's legal source).
        ...(detail === null ? {} : { detail }),
      };
    }),
    summary: summarize(analysis.findings),
  };
}
