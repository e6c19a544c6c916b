import { RAKIT_CF_MARK, type Edit } from "../edits";
import type { Finding, Severity } from "../findings";

/** Soft fills per severity, readable under black text and distinct when printed in grey. */
export const HIGHLIGHT_FILLS: Readonly<Record<Severity, string>> = {
  error: "#FDE7E9",
  warning: "#FFF4CE",
  info: "#DEECF9",
};

/** A Rakit conditional-format formula: the mark makes it Rakit's, the rest is the condition. */
export function rakitFormula(condition: string): string {
  return `=${RAKIT_CF_MARK}(${condition})`;
}

/**
 * "Sorot di lembar": shade every cell with a finding. Conditional formats, not fills, because
 * removing Rakit's own rules leaves the sheet's values, fills, fonts, borders and its own
 * conditional formats exactly as they were. One rule per finding range: a range named by several
 * findings is shaded once, in the colour of its most severe finding. Earlier Rakit highlights are
 * removed first, so a re-run never stacks rules.
 */
export function planFindingHighlights(sheet: string, findings: readonly Finding[]): Edit[] {
  const order: readonly Severity[] = ["error", "warning", "info"];
  const seen = new Set<string>();
  const edits: Edit[] = [{ kind: "removeConditionalFormats", sheet }];
  for (const severity of order) {
    for (const f of findings) {
      if (f.severity !== severity || seen.has(f.address)) continue;
      seen.add(f.address);
      edits.push({
        kind: "addConditionalFormat",
        sheet,
        address: f.address,
        formula: rakitFormula("1=1"),
        fill: HIGHLIGHT_FILLS[severity],
      });
    }
  }
  return edits;
}

/** "Hapus sorotan": remove every Rakit rule from the sheet, and nothing else. */
export function planClearHighlights(sheet: string): Edit[] {
  return [{ kind: "removeConditionalFormats", sheet }];
}
