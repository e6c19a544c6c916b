import { formatNoTable } from "../core/i18n/noTable";
import type { NoTableDiagnosis } from "../core/reader";

/**
 * Why a file couldn't be checked: one line, naming the file, never a stack trace. Exit code 2.
 * Reasons are in English and Indonesian because a province office forwards them to kab/kota staff.
 */
export type FailureReason =
  | { readonly kind: "missing" }
  | { readonly kind: "notXlsx" }
  | { readonly kind: "ods" }
  | { readonly kind: "xls" }
  | { readonly kind: "xlsb" }
  | { readonly kind: "corrupt"; readonly detail: string }
  /** A part (or the package, part null) that would inflate past the host's limit: a zip bomb or no RAK. */
  | { readonly kind: "tooLarge"; readonly part: string | null; readonly limitMb: number }
  | { readonly kind: "noSheets" }
  | {
      readonly kind: "noTable";
      readonly sheets: readonly string[];
      /** Per sheet (same order): the header words found and what is missing. */
      readonly diagnoses?: readonly (NoTableDiagnosis | undefined)[];
    }
  | { readonly kind: "sheetNotFound"; readonly sheet: string; readonly sheets: readonly string[] };

export class FileFailure extends Error {
  override readonly name = "FileFailure";
  constructor(
    readonly file: string,
    readonly reason: FailureReason,
  ) {
    super(`${file}: ${describeFailure(reason, "en")}`);
  }
}

export function describeFailure(reason: FailureReason, lang: "id" | "en"): string {
  const list = (sheets: readonly string[]): string => sheets.map((s) => `"${s}"`).join(", ");
  switch (reason.kind) {
    case "missing":
      return lang === "id" ? "berkas tidak ditemukan" : "file not found";
    case "notXlsx":
      return lang === "id" ? "bukan berkas .xlsx (Excel 2007 ke atas)" : "not an .xlsx file (Excel 2007 or later)";
    case "ods":
      return lang === "id"
        ? "ini spreadsheet OpenDocument (.ods), bukan .xlsx; buka di LibreOffice Calc atau Excel lalu simpan sebagai Excel Workbook (.xlsx)"
        : "this is an OpenDocument spreadsheet (.ods), not an .xlsx; open it in LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx)";
    case "xls":
      return lang === "id"
        ? "ini buku kerja Excel lama (.xls) atau buku kerja berkata sandi; buka di Excel lalu simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi"
        : "this is an old Excel workbook (.xls) or a password-protected one; open it in Excel and save it as an Excel Workbook (.xlsx) without a password";
    case "xlsb":
      return lang === "id"
        ? "ini buku kerja biner Excel (.xlsb); buka di Excel lalu simpan sebagai Excel Workbook (.xlsx)"
        : "this is an Excel binary workbook (.xlsb); open it in Excel and save it as an Excel Workbook (.xlsx)";
    case "corrupt":
      return lang === "id" ? `berkas .xlsx rusak (${reason.detail})` : `the .xlsx file is damaged (${reason.detail})`;
    case "tooLarge":
      if (reason.part === null)
        return lang === "id"
          ? `terlalu besar untuk dibaca: isinya mengembang melebihi ${reason.limitMb} MB (batas Rakit; buku kerja RAK jauh lebih kecil)`
          : `too large to read: its content inflates to more than ${reason.limitMb} MB (Rakit's limit; a RAK workbook is far smaller)`;
      return lang === "id"
        ? `terlalu besar untuk dibaca: bagian ${reason.part} mengembang melebihi ${reason.limitMb} MB (batas Rakit; buku kerja RAK jauh lebih kecil)`
        : `too large to read: part ${reason.part} inflates to more than ${reason.limitMb} MB (Rakit's limit; a RAK workbook is far smaller)`;
    case "noSheets":
      return lang === "id" ? "buku kerja tidak memiliki lembar kerja" : "the workbook has no worksheets";
    case "noTable": {
      // Sheets without a single header word are listed; a sheet with some says what it read and misses.
      const plain = reason.sheets.filter((_, i) => !reason.diagnoses?.[i]?.found.length);
      const parts = plain.length > 0 ? [list(plain)] : [];
      reason.sheets.forEach((s, i) => {
        const d = reason.diagnoses?.[i];
        if (d?.found.length) parts.push(`${list([s])} (${formatNoTable(d, lang)})`);
      });
      return lang === "id"
        ? `tidak ada tabel RAK di lembar ${parts.join("; ")}`
        : `no RAK table on sheet ${parts.join("; ")}`;
    }
    case "sheetNotFound":
      return lang === "id"
        ? `lembar "${reason.sheet}" tidak ada; lembar yang ada: ${list(reason.sheets)}`
        : `no sheet "${reason.sheet}"; the workbook has ${list(reason.sheets)}`;
  }
}
