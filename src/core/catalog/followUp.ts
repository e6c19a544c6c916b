import type { PlanRow } from "../model";

/**
 * Reporting and evaluation follow a stage by months: the report on a campaign, the evaluation of the
 * ad hoc bodies, the accountability of a stage's budget come after the stage itself. A row whose
 * kegiatan is such work is not outside its stage when it is planned in the months after a window.
 * The kegiatan says what the row does; the indicator ("Persentase pelaporan ... tepat waktu") often
 * names a report the kegiatan only prepares, so it is asked only when the kegiatan is blank.
 */
const FOLLOW_UP =
  /\b(?:laporan|pelaporan|melaporkan|evaluasi|mengevaluasi|monev|monitoring|pertanggungjawaban|lpj|dokumentasi|pendokumentasian)\b/i;

/** Longer text is not scanned: a kegiatan is a line or two. */
const MAX_TEXT = 400;

export function isFollowUpRow(row: PlanRow): boolean {
  const text = row.kegiatan.value.trim() !== "" ? row.kegiatan.value : row.indicator.value;
  return FOLLOW_UP.test(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
}
