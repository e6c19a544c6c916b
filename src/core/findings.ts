import type { RangeRef } from "./address";

export type Severity = "error" | "warning" | "info";

/**
 * A validator finding: a value, never an exception. `rule` is a stable code (also the key of its
 * message in the catalogs); `params` fill the message's placeholders.
 */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly range: RangeRef;
  /** A1 address without the sheet name, e.g. "F33:Q33". */
  readonly address: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface FindingSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === "error") error++;
    else if (f.severity === "warning") warning++;
    else info++;
  }
  return { error, warning, info };
}
