import { featureSupport, highestExcelApi, type FeatureSupport } from "../../../excel/capabilities";
import type { ExcelSession } from "../../../excel/session";

/** What Bantuan and the self-test report say about the Excel the pane runs in. */
export interface ExcelInfo {
  /** The in-memory host ("Rakit tanpa Excel"), not Excel. */
  readonly withoutExcel: boolean;
  /** Office's version as Office.context.diagnostics gives it; null when unknown. */
  readonly version: string | null;
  /** Office.PlatformType as given ("PC", "OfficeOnline", ...); null when unknown. */
  readonly platform: string | null;
  /** The highest ExcelApi set ("1.17"); null when there is none. */
  readonly api: string | null;
  readonly features: readonly FeatureSupport[];
}

export function describeExcel(session: ExcelSession): ExcelInfo {
  const diagnostics = session.diagnostics?.();
  return {
    withoutExcel: diagnostics?.kind === "withoutExcel",
    version: diagnostics?.version ?? null,
    platform: diagnostics?.platform ?? null,
    api: highestExcelApi(session),
    features: featureSupport(session),
  };
}
