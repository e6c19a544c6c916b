/**
 * Office errors mapped to messages a user can act on. The original error code is kept for
 * diagnostics (shown small in the pane, printed by the CLI with --verbose), but the user reads what
 * to do, in Bahasa Indonesia or English.
 */

export type Lang = "id" | "en";

export type ExcelProblem =
  | "cellEditMode"
  | "protected"
  | "payloadTooLarge"
  | "itemNotFound"
  | "mergeConflict"
  | "insertConflict"
  | "sheetChanged"
  | "notEmpty"
  | "nameTaken"
  | "unsupported"
  | "unknown";

/** Every problem in both languages; a missing translation is a compile error. */
const MESSAGES: Record<ExcelProblem, Record<Lang, string>> = {
  cellEditMode: {
    id: "Excel sedang dalam mode edit sel. Tekan Enter atau Esc untuk selesai mengetik di sel, lalu coba lagi.",
    en: "Excel is in cell-edit mode. Press Enter or Esc to finish typing in the cell, then try again.",
  },
  protected: {
    id: "Lembar ini diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.",
    en: "This sheet is protected. Unprotect it (Review › Unprotect Sheet), then try again.",
  },
  payloadTooLarge: {
    id: "Data yang dikirim ke Excel terlalu besar untuk sekali jalan. Coba lagi; bila tetap gagal, pisahkan rencana ke beberapa lembar.",
    en: "Too much data for Excel in one go. Try again; if it still fails, split the plan over several sheets.",
  },
  itemNotFound: {
    id: "Lembar atau rentang yang dicari tidak ada lagi (mungkin diganti nama atau dihapus). Periksa ulang lembarnya.",
    en: "The sheet or range is gone (renamed or deleted?). Run the check again on the current sheet.",
  },
  mergeConflict: {
    id: "Perubahan bertabrakan dengan sel yang digabung (merge). Pisahkan gabungan sel di area itu, lalu coba lagi.",
    en: "The change conflicts with merged cells. Unmerge the cells in that area, then try again.",
  },
  insertConflict: {
    id: "Baris tidak dapat disisipkan atau dihapus di sini (ada tabel, filter, atau sel gabungan yang terpotong). Rapikan area itu, lalu coba lagi.",
    en: "Rows can't be inserted or deleted here (a table, filter or merged cells would be cut). Tidy that area, then try again.",
  },
  sheetChanged: {
    id: "Lembar berubah sejak diperiksa. Jalankan Periksa lagi, lalu ulangi.",
    en: "The sheet changed since it was checked. Run the check again, then retry.",
  },
  notEmpty: {
    id: "Sel tujuan {address} tidak kosong. Rakit tidak menimpa isi lembar; kosongkan sel itu atau pilih tempat lain.",
    en: "Target cells {address} are not empty. Rakit never overwrites your sheet; clear them or choose another place.",
  },
  nameTaken: {
    id: 'Nama lembar "{name}" sudah dipakai. Pilih nama lain.',
    en: 'A sheet named "{name}" already exists. Choose another name.',
  },
  unsupported: {
    id: "Versi Excel ini belum mendukung fitur ini (perlu {set} {version}).",
    en: "This version of Excel doesn't support this feature (needs {set} {version}).",
  },
  unknown: {
    id: "Excel menolak perubahan ({code}). Coba lagi.",
    en: "Excel refused the change ({code}). Try again.",
  },
};

/**
 * What a failed write left in the workbook. Excel runs a batch's commands until one fails and
 * keeps those that ran (batches are not transactional), so after a failure Rakit reads the
 * workbook, puts back what it can and reads again: only what it saw is said.
 */
export type BatchOutcome =
  /** Nothing had been written (the failure came before the write), or the state read back is as before. */
  | { readonly kind: "unchanged" }
  /** Part of the batch had applied; Rakit undid it and the state read back is as before. */
  | { readonly kind: "restored" }
  /** These changes remain, each with how to undo it by hand. */
  | { readonly kind: "changed"; readonly changes: readonly Residue[] };

/** One change a failed batch left behind, on the sheet named (as it is named now). */
export type Residue =
  | { readonly kind: "sheetAdded"; readonly sheet: string }
  | { readonly kind: "sheetRenamed"; readonly sheet: string; readonly from: string }
  | { readonly kind: "rowsInserted"; readonly sheet: string }
  | { readonly kind: "rowsDeleted"; readonly sheet: string }
  | { readonly kind: "cells"; readonly sheet: string; readonly address: string }
  | { readonly kind: "formats"; readonly sheet: string; readonly address: string }
  | { readonly kind: "merges"; readonly sheet: string; readonly address: string }
  | { readonly kind: "rules"; readonly sheet: string }
  | { readonly kind: "userRules"; readonly sheet: string }
  | { readonly kind: "layout"; readonly sheet: string }
  | { readonly kind: "printArea"; readonly sheet: string }
  | { readonly kind: "cleared"; readonly sheet: string }
  | { readonly kind: "charts"; readonly sheet: string }
  | { readonly kind: "unknown"; readonly sheet: string };

const OUTCOME: Record<"unchanged" | "restored" | "changed", Record<Lang, string>> = {
  unchanged: { id: "Lembar Anda tidak berubah.", en: "Your workbook was not changed." },
  restored: {
    id: "Sebagian perubahan sempat diterapkan; Rakit sudah mengembalikannya dan memeriksa ulang: lembar Anda seperti semula.",
    en: "Part of the change had already been applied; Rakit undid it and checked: your workbook is as it was.",
  },
  changed: {
    id: "Sebagian perubahan sudah diterapkan dan tidak dapat dikembalikan otomatis:",
    en: "Part of the change was already applied and could not be undone automatically:",
  },
};

/** Each remaining change, and the step that undoes it by hand. */
const RESIDUE: Record<Residue["kind"], Record<Lang, string>> = {
  sheetAdded: {
    id: 'Lembar baru "{sheet}" sudah dibuat. Hapus lembar itu (klik kanan tabnya › Hapus).',
    en: 'A new sheet "{sheet}" was made. Delete it (right-click its tab › Delete).',
  },
  sheetRenamed: {
    id: 'Lembar "{from}" kini bernama "{sheet}". Ganti namanya kembali (klik dua kali tabnya).',
    en: 'Sheet "{from}" is now named "{sheet}". Rename it back (double-click its tab).',
  },
  rowsInserted: {
    id: 'Baris baru sudah disisipkan di lembar "{sheet}". Hapus baris kosong yang baru itu, atau tekan Ctrl+Z bila bisa.',
    en: 'New rows were inserted on sheet "{sheet}". Delete those new empty rows, or press Ctrl+Z if it is available.',
  },
  rowsDeleted: {
    id: 'Baris sudah dihapus dari lembar "{sheet}". Tekan Ctrl+Z bila bisa, atau ambil baris itu dari salinan berkas sebelumnya.',
    en: 'Rows were deleted from sheet "{sheet}". Press Ctrl+Z if it is available, or take them from an earlier copy of the file.',
  },
  cells: {
    id: 'Isi sel {address} di lembar "{sheet}" berubah. Periksa sel itu dan kembalikan isinya.',
    en: 'The contents of {address} on sheet "{sheet}" changed. Check those cells and put their contents back.',
  },
  formats: {
    id: 'Format sel {address} di lembar "{sheet}" (warna, huruf, garis atau lebar kolom) mungkin berubah. Periksa dan rapikan.',
    en: 'The formatting of {address} on sheet "{sheet}" (fill, font, borders or column width) may have changed. Check and tidy it.',
  },
  merges: {
    id: 'Sel gabungan di {address} lembar "{sheet}" mungkin berubah (Excel ini tidak dapat memberi tahu Rakit). Periksa, dan gabungkan atau pisahkan lagi dengan Beranda › Gabungkan & Tengahkan.',
    en: 'The merged cells at {address} on sheet "{sheet}" may have changed (this Excel cannot tell Rakit). Check them, and merge or unmerge again with Home › Merge & Center.',
  },
  rules: {
    id: 'Sorotan Rakit di lembar "{sheet}" mungkin baru sebagian terpasang atau terhapus. Jalankan lagi Sorot, atau Hapus sorotan.',
    en: 'Rakit\'s highlights on sheet "{sheet}" may be only partly added or removed. Run the highlighting again, or remove the highlights.',
  },
  userRules: {
    id: 'Aturan format bersyarat milik Anda di lembar "{sheet}" berubah. Periksa di Beranda › Format Bersyarat › Kelola Aturan.',
    en: 'Your own conditional formatting rules on sheet "{sheet}" changed. Check them in Home › Conditional Formatting › Manage Rules.',
  },
  layout: {
    id: 'Pengaturan halaman lembar "{sheet}" sebagian sudah berubah. Jalankan Cetak lagi, atau atur di Tata Letak Halaman.',
    en: 'The page setup of sheet "{sheet}" partly changed. Run Cetak again, or set it in Page Layout.',
  },
  printArea: {
    id: 'Area cetak atau baris judul lembar "{sheet}" sudah diatur. Bila tidak diinginkan: Tata Letak Halaman › Area Cetak › Kosongkan Area Cetak, dan Cetak Judul › kosongkan Baris yang diulang.',
    en: 'A print area or print titles were set on sheet "{sheet}". If unwanted: Page Layout › Print Area › Clear Print Area, and Print Titles › empty Rows to repeat.',
  },
  cleared: {
    id: 'Lembar "{sheet}" buatan Rakit sempat dikosongkan atau baru sebagian ditulis. Jalankan perintah ini lagi untuk membuatnya ulang.',
    en: 'Rakit\'s sheet "{sheet}" was emptied or only partly written. Run this command again to make it anew.',
  },
  charts: {
    id: 'Grafik di lembar "{sheet}" berubah. Hapus grafik yang tidak diinginkan, atau jalankan perintah ini lagi.',
    en: 'The charts on sheet "{sheet}" changed. Delete the unwanted chart, or run this command again.',
  },
  unknown: {
    id: 'Lembar "{sheet}" mungkin sudah berubah sebagian; Rakit tidak dapat memeriksanya. Periksa lembar itu.',
    en: 'Sheet "{sheet}" may have partly changed; Rakit could not check it. Please check that sheet.',
  },
};

/** Office error codes, as `error.code` carries them (Excel.ErrorCodes and OfficeExtension.ErrorCodes). */
const CODE_TO_PROBLEM: Record<string, ExcelProblem> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  PayloadTooLarge: "payloadTooLarge",
  ItemNotFound: "itemNotFound",
  MergedRangeConflict: "mergeConflict",
  InsertDeleteConflict: "insertConflict",
  ItemAlreadyExists: "nameTaken",
  ApiNotFound: "unsupported",
};

export function isPayloadLimitError(error: unknown): boolean {
  return problemOf(errorCode(error)) === "payloadTooLarge";
}

/** The Office error code of a thrown value, or "" when it is not an Office error. */
export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

function problemOf(code: string): ExcelProblem {
  return CODE_TO_PROBLEM[code] ?? "unknown";
}

/**
 * An error Rakit shows the user. `code` is the Office error code (or Rakit's own, e.g.
 * "SheetChanged"); `problem` picks the message.
 */
export class RakitExcelError extends Error {
  override readonly name = "RakitExcelError";
  constructor(
    readonly problem: ExcelProblem,
    readonly code: string,
    readonly params: Readonly<Record<string, string>> = {},
    override readonly cause?: unknown,
    /** What the failure left in the workbook, where Rakit knows; unknown says nothing about it. */
    readonly outcome?: BatchOutcome,
  ) {
    super(describe(problem, "en", { code, ...params }, outcome));
  }

  /** The same error, now knowing what it left in the workbook. */
  withOutcome(outcome: BatchOutcome): RakitExcelError {
    return new RakitExcelError(this.problem, this.code, this.params, this.cause, outcome);
  }

  /** The message for the user, in their language. */
  describe(lang: Lang): string {
    return describe(this.problem, lang, { code: this.code, ...this.params }, this.outcome);
  }
}

function fill(text: string, params: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => params[key] ?? m);
}

function describe(
  problem: ExcelProblem,
  lang: Lang,
  params: Readonly<Record<string, string>>,
  outcome: BatchOutcome | undefined,
): string {
  const text = fill(MESSAGES[problem][lang], params);
  if (!outcome) return text;
  const said = OUTCOME[outcome.kind][lang];
  if (outcome.kind !== "changed") return `${text} ${said}`;
  const changes = outcome.changes.map(
    (c) => `- ${fill(RESIDUE[c.kind][lang], c as unknown as Record<string, string>)}`,
  );
  return [`${text} ${said}`, ...changes].join("\n");
}

/** Wraps whatever Excel threw into a RakitExcelError; a RakitExcelError passes through. */
export function toRakitError(error: unknown): RakitExcelError {
  if (error instanceof RakitExcelError) return error;
  const code = errorCode(error) || "Unknown";
  return new RakitExcelError(problemOf(code), code, {}, error);
}

export const PROBLEMS = Object.keys(MESSAGES) as ExcelProblem[];
export const RESIDUE_KINDS = Object.keys(RESIDUE) as Residue["kind"][];
