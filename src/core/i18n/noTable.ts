import type { HeaderKind, NoTableDiagnosis } from "../reader/noTable";
import type { Lang } from "./lang";
import { makeT } from "./translate";

/** The heading to write for each kind of column, as RAK sheets name them. */
const HEADINGS: Readonly<Record<Exclude<HeaderKind, "period">, string>> = {
  no: "No",
  sasaran: "Sasaran",
  indikator: "Indikator",
  target: "Target",
  kegiatan: "Kegiatan",
  budget: "Perkiraan Biaya",
  pelaksana: "Pelaksana",
};

const SUGGESTED: readonly HeaderKind[] = ["target", "period", "no", "sasaran", "pelaksana", "budget"];

/**
 * Why Rakit found no RAK table on a sheet, in a sentence or two: the header words it read (as
 * written) and the ones a header still needs. Never names as missing a column the sheet has.
 */
export function formatNoTable(diagnosis: NoTableDiagnosis, lang: Lang): string {
  const t = makeT(lang, "noTable");
  if (diagnosis.row === null) return t("nothingFound");
  const parts = [t("found", { row: diagnosis.row + 1, found: diagnosis.found.map((f) => f.label).join(", ") })];
  if (diagnosis.needsBody) parts.push(t("needsBody"));
  if (diagnosis.needsMore > 0) {
    const have = new Set(diagnosis.found.map((f) => f.kind));
    const examples = SUGGESTED.filter((k) => !have.has(k))
      .slice(0, 3)
      .map((k) => (k === "period" ? t("kind.period") : HEADINGS[k]))
      .join(", ");
    parts.push(diagnosis.needsMore === 1 ? t("needsOne", { examples }) : t("needsTwo", { examples }));
  }
  if (!diagnosis.needsBody && diagnosis.needsMore === 0) parts.push(t("unreadable"));
  return parts.join(" ");
}
