import { makeT, type Lang } from "../i18n";
import type { ProposedDrop, RolloverChange, RolloverNote, RolloverProblem } from "./types";

/** Rollover's results as sentences in the user's language: for the pane and the CLI alike. */

function yearsText(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

export function dropText(d: ProposedDrop, year: number, lang: Lang): string {
  const t = makeT(lang, "rollover.review.drop");
  const params = { no: d.no, title: d.title, code: d.code, years: yearsText(d.stageYears), year };
  if (d.reason === "stageEnded") return t("stageEnded", params);
  if (d.reason === "stageNotStarted") return t("stageNotStarted", params);
  return t("stageOutside", params);
}

export function changeText(c: RolloverChange, lang: Lang): string {
  const t = makeT(lang, "rollover.change");
  switch (c.kind) {
    case "titleYear":
      return t("titleYear", c);
    case "tahunAnggaran":
      return t("tahunAnggaran", c);
    case "signatureDate":
      return t("signatureDate", c);
    case "cleared":
      if (c.what === "months") return c.quarters === true ? t("clearedQuarters", c) : t("clearedMonths", c);
      if (c.what === "budget") return t("clearedBudget", c);
      return t("clearedTargets", c);
    case "yearMention":
      return t("yearMention", c);
    case "dropped":
      return t("dropped", {
        no: c.no,
        code: c.code ?? "-",
        rows: c.firstRow === c.lastRow ? String(c.firstRow + 1) : `${c.firstRow + 1}–${c.lastRow + 1}`,
        rowCount: c.lastRow - c.firstRow + 1,
      });
    case "renumbered":
      return t("renumbered", c);
    case "totalUpdated":
      return c.amount === null ? t("totalCleared", c) : t("totalUpdated", { address: c.address, amount: c.amount });
  }
}

export function noteText(n: RolloverNote, year: number, lang: Lang): string {
  const t = makeT(lang, "rollover.note");
  switch (n.kind) {
    case "noTitleYear":
      return t("noTitleYear", { year });
    case "noTahunAnggaran":
      return t("noTahunAnggaran");
    case "noSignatureDate":
      return t("noSignatureDate");
    case "formulaKept":
      if (n.what === "title") return t("formulaKeptTitle", n);
      if (n.what === "tahunAnggaran") return t("formulaKeptTahunAnggaran", n);
      return t("formulaKeptBudget", n);
    case "unknownBlock":
      return t("unknownBlock", n);
  }
}

export function problemText(p: RolloverProblem, lang: Lang): string {
  const t = makeT(lang, "rollover.problem");
  switch (p.kind) {
    case "invalidYear":
      return t("invalidYear", p);
    case "nameTaken":
      return t("nameTaken", p);
    case "invalidName":
      switch (p.why) {
        case "empty":
          return t("invalidName.empty");
        case "tooLong":
          return t("invalidName.tooLong", p);
        case "badCharacter":
          return t("invalidName.badCharacter", p);
        case "apostropheEdge":
          return t("invalidName.apostropheEdge", p);
        case "reserved":
          return t("invalidName.reserved", p);
      }
  }
}
