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
    id: "Excel menolak perubahan ({code}). Tidak ada yang diubah oleh Rakit; coba lagi.",
    en: "Excel refused the change ({code}). Rakit changed nothing; try again.",
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
  ) {
    super(describe(problem, "en", { code, ...params }));
  }

  /** The message for the user, in their language. */
  describe(lang: Lang): string {
    return describe(this.problem, lang, { code: this.code, ...this.params });
  }
}

function describe(problem: ExcelProblem, lang: Lang, params: Readonly<Record<string, string>>): string {
  return MESSAGES[problem][lang].replace(/\{(\w+)\}/g, (m, key: string) => params[key] ?? m);
}

/** Wraps whatever Excel threw into a RakitExcelError; a RakitExcelError passes through. */
export function toRakitError(error: unknown): RakitExcelError {
  if (error instanceof RakitExcelError) return error;
  const code = errorCode(error) || "Unknown";
  return new RakitExcelError(problemOf(code), code, {}, error);
}

export const PROBLEMS = Object.keys(MESSAGES) as ExcelProblem[];
