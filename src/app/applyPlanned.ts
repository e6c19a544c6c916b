import type { Edit } from "../core/edits";
import { applyEdits, type ApplyReport } from "../excel/applyEdits";
import { supports, type ExcelSession } from "../excel/session";

/** Applies planned edits through the adapter, in one batch after its preflight. */
export async function applyPlanned(
  session: ExcelSession,
  sheet: string,
  basedOn: string | null,
  edits: readonly Edit[],
): Promise<ApplyReport> {
  const options = { mergedAreas: supports(session, "mergedAreas"), pageLayout: supports(session, "pageLayout") };
  return session.run((context) => applyEdits(context, { sheet, basedOn, edits }, options));
}
