/**
 * The workbench's own words (the pane beside it has its own catalog and language switch). Bahasa
 * Indonesia, like the users; the workbench is a developer's and trainer's tool, so one language is enough.
 */
export const TEXT = {
  title: "Rakit tanpa Excel",
  toolbarLabel: "Berkas",
  open: "Buka berkas",
  openInput: "Pilih berkas .xlsx",
  download: "Unduh",
  loadingSample: "Memuat contoh RAK…",
  opening: (name: string) => `Membuka ${name}…`,
  openFailed: (name: string) => `Berkas ${name} tidak dapat dibuka`,
  sampleFailed: "Contoh RAK tidak dapat dimuat",
  saveFailed: "Berkas tidak dapat disimpan",
  editFailed: "Sel tidak dapat diubah",
  sheetFailed: "Lembar tidak dapat dipilih",
  dismiss: "Tutup",
  grid: (sheet: string) => `Lembar ${sheet}`,
  rowHeaderColumn: "Baris",
  editCell: (address: string) => `Isi sel ${address}`,
  sheetTabs: "Lembar kerja",
  workbook: "Buku kerja",
  truncated: (rows: number, cols: number) =>
    `Lembar ini lebih besar dari yang ditampilkan: hanya ${rows} baris dan ${cols} kolom pertama yang tampil.`,
  noSheet: "Buku kerja ini tidak punya lembar yang tampak.",
} as const;
