import type { Lang } from "../core/i18n/lang";
import { replacePlaceholders } from "../core/i18n/placeholders";

/** The CLI's own words, in both languages; a missing translation is a compile error. */
const CLI_MESSAGES = {
  sheetLine: {
    id: '{file} · lembar "{sheet}": {blocks} sasaran, {rows} indikator, {total}',
    en: '{file} · sheet "{sheet}": {blocks} sasaran, {rows} {rows|indicator|indicators}, {total}',
  },
  budgetTotal: { id: "total {total}", en: "total {total}" },
  noBudgetColumn: { id: "tanpa kolom anggaran", en: "no budget column" },
  counts: {
    id: "{error} galat, {warning} peringatan, {info} info",
    en: "{error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} info",
  },
  severity_error: { id: "GALAT", en: "ERRORS" },
  severity_warning: { id: "PERINGATAN", en: "WARNINGS" },
  severity_info: { id: "INFO", en: "INFO" },
  clean: { id: "Tidak ada masalah.", en: "No problems found." },
  fileSummary: {
    id: "{file}: {error} galat, {warning} peringatan, {info} info ({sheets} lembar RAK)",
    en: "{file}: {error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} info ({sheets} RAK {sheets|sheet|sheets})",
  },
  fileFailed: { id: "{file}: tidak dapat dibaca: {reason}", en: "{file}: cannot be read: {reason}" },
  totals: {
    id: "Total: {files} berkas, {error} galat, {warning} peringatan, {info} info; {failed} tidak terbaca.",
    en: "Total: {files} {files|file|files}, {error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} info; {failed} unreadable.",
  },
  progress: { id: "[{n}/{count}] memeriksa {file} …", en: "[{n}/{count}] checking {file} …" },

  totalsLine: {
    id: '{file} · lembar "{sheet}": total anggaran {total}',
    en: '{file} · sheet "{sheet}": budget total {total}',
  },
  totalsLineNoBudget: {
    id: '{file} · lembar "{sheet}": tanpa kolom anggaran',
    en: '{file} · sheet "{sheet}": no budget column',
  },
  bySasaran: { id: "Per sasaran", en: "By sasaran" },
  byCode: { id: "Per kode kegiatan", en: "By kegiatan code" },
  byPelaksana: { id: "Per pelaksana", en: "By pelaksana" },
  byMonth: { id: "Per bulan", en: "By month" },
  byQuarter: { id: "Per triwulan", en: "By quarter" },
  noCode: { id: "(tanpa kode)", en: "(no code)" },
  noPelaksana: { id: "(tanpa pelaksana)", en: "(no pelaksana)" },
  noBudget: { id: "(tidak terbaca)", en: "(unreadable)" },
  unscheduled: { id: "Belum terjadwal", en: "Not scheduled" },
  splitMark: {
    id: "* termasuk bagian anggaran sasaran yang dibagi ke beberapa pelaksana menurut jumlah baris",
    en: "* includes a share of a sasaran budget split between pelaksana by their number of rows",
  },
  rpdTitle: { id: "Draf RPD (penarikan dana, geser {lag})", en: "Draft RPD (fund withdrawal, lag {lag})" },
  notes: { id: "Catatan:", en: "Notes:" },
  written: { id: "Ditulis ke {out}: {sheets}.", en: "Written to {out}: {sheets}." },
  dropped: {
    id: "Peringatan: {file} berisi hal yang tidak ikut tersimpan di {out}: {what}.",
    en: "Warning: {file} holds things {out} does not keep: {what}.",
  },
  highlighted: {
    id: '{file} · lembar "{sheet}": {rows} baris tanpa bulan, {periods} periode tanpa kegiatan; {rules} aturan sorotan.',
    en: '{file} · sheet "{sheet}": {rows} {rows|row|rows} without a month, {periods} {periods|period|periods} without a row; {rules} highlight {rules|rule|rules}.',
  },
  unplannedRow: { id: "  baris {row}: {kegiatan}", en: "  row {row}: {kegiatan}" },
  emptyPeriods: { id: "  periode tanpa kegiatan: {periods}", en: "  periods without a row: {periods}" },
  outExists: {
    id: "{out} sudah ada; pilih nama lain atau tambahkan --force untuk menimpanya",
    en: "{out} exists; choose another name or add --force to overwrite it",
  },
  outDirMissing: { id: "folder untuk {out} tidak ada", en: "the folder for {out} does not exist" },
  write_isFolder: { id: "{out} adalah folder, bukan berkas", en: "{out} is a folder, not a file" },
  write_readOnly: {
    id: "{out} bersifat hanya-baca (Read-only); hilangkan tanda itu di Properti berkas, atau tulis ke berkas lain dengan -o",
    en: "{out} is read-only; clear its Read-only attribute, or write to another file with -o",
  },
  write_folderReadOnly: {
    id: "folder {folder} tidak dapat ditulisi ({code}); pilih folder lain untuk -o",
    en: "the folder {folder} cannot be written to ({code}); choose another folder for -o",
  },
  write_danglingLink: {
    id: "{out} adalah tautan ke berkas yang tidak ada",
    en: "{out} is a link to a file that does not exist",
  },
  write_changed: {
    id: "{out} diubah program lain selama Rakit bekerja; hasil Rakit tidak disimpan agar perubahan itu tidak hilang. Jalankan lagi",
    en: "{out} was changed by another program while Rakit worked; Rakit's result was not saved, so that change is not lost. Run it again",
  },
  write_busy: {
    id: "{out} sedang ditulis oleh rakit lain; tunggu sampai selesai, lalu jalankan lagi",
    en: "another rakit is writing {out}; wait for it to finish, then run it again",
  },
  write_failed: { id: "penulisan gagal ({code})", en: "writing failed ({code})" },
  outNeeded: {
    id: "rakit highlight menulis ke berkas baru: tambahkan -o KELUARAN.xlsx",
    en: "rakit highlight writes a new file: add -o OUT.xlsx",
  },
  oneFile: { id: "rakit {command} menerima satu berkas", en: "rakit {command} takes one file" },
  unchangedNotWritten: {
    id: "{out} tidak ditulis karena tidak ada yang berubah.",
    en: "{out} was not written, as nothing changed.",
  },
  notWritten: { id: "{out} tidak ditulis: {reason}", en: "{out} was not written: {reason}" },
} as const satisfies Record<string, Record<Lang, string>>;

export type CliMessage = keyof typeof CLI_MESSAGES;

/** Fills `{name}` and the plural choices `{name|one|other}` (English says "1 error", "2 errors"). */
export function cliText(lang: Lang, key: CliMessage, params: Readonly<Record<string, string | number>> = {}): string {
  return replacePlaceholders(CLI_MESSAGES[key][lang], (name, _format, original, plural) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return original;
    const value = params[name];
    if (plural) return Number(value) === 1 ? plural.one : plural.other;
    return String(value);
  });
}
