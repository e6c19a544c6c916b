import type { Plan } from "../model";
import type { CatalogEntry } from "./types";

/**
 * The shipped catalog serves every office, so the office's own names are placeholders, filled from
 * the plan's "Nama /Unit Organisasi" when an entry is inserted:
 *   {satker}  "KPU Kota Prabumulih"  (the unit without a leading "Sekretariat")
 *   {wilayah} "Kota Prabumulih"      (the satker without "KPU")
 */

export interface OfficeNames {
  readonly satker: string;
  readonly wilayah: string;
  /** False when the plan names no unit and the generic names stand in. */
  readonly fromPlan: boolean;
}

export const GENERIC_NAMES: OfficeNames = { satker: "KPU Kabupaten/Kota", wilayah: "Kabupaten/Kota", fromPlan: false };

/** "Sekretariat KPU Kota Prabumulih" -> satker "KPU Kota Prabumulih", wilayah "Kota Prabumulih". */
export function officeNames(unit: string | null | undefined): OfficeNames {
  const clean = (unit ?? "")
    .replace(/^\s*:\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (clean === "") return GENERIC_NAMES;
  const kpu = /\bKPU\b/i.exec(clean);
  const satker = kpu ? clean.slice(kpu.index) : clean.replace(/^Sekretariat\s+/i, "");
  const wilayah = satker.replace(/^KPU\s+/i, "").trim() || satker;
  return { satker, wilayah, fromPlan: true };
}

export function officeNamesOf(plan: Plan): OfficeNames {
  return officeNames(plan.meta.unit?.value);
}

export function fillPlaceholders(text: string, names: OfficeNames): string {
  return text.replace(/\{satker\}/g, names.satker).replace(/\{wilayah\}/g, names.wilayah);
}

export function hasPlaceholders(text: string): boolean {
  return /\{(satker|wilayah)\}/.test(text);
}

/** The entry as it reads in this office's plan. */
export function filledEntry(entry: CatalogEntry, names: OfficeNames): CatalogEntry {
  return {
    ...entry,
    sasaran: fillPlaceholders(entry.sasaran, names),
    indicator: fillPlaceholders(entry.indicator, names),
    kegiatan: fillPlaceholders(entry.kegiatan, names),
    pelaksana: fillPlaceholders(entry.pelaksana, names),
  };
}
