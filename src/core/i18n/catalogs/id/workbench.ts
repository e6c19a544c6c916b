/**
 * The workbench (Rakit without Excel, src/workbench): its own chrome around the pane, in Office's
 * display language as Excel's own menus would be.
 */
export const idWorkbench = {
  "workbench.title": "Rakit tanpa Excel",
  "workbench.toolbar.label": "Berkas",
  "workbench.open": "Buka berkas",
  "workbench.openInput": "Pilih berkas .xlsx",
  "workbench.download": "Unduh",
  "workbench.loadingSample": "Memuat contoh RAK…",
  "workbench.opening": "Membuka {name}…",
  "workbench.openFailed": "Berkas {name} tidak dapat dibuka",
  "workbench.sampleFailed": "Contoh RAK tidak dapat dimuat",
  "workbench.saveFailed": "Berkas tidak dapat disimpan",
  "workbench.editFailed": "Sel tidak dapat diubah",
  "workbench.sheetFailed": "Lembar tidak dapat dipilih",
  "workbench.dismiss": "Tutup",
  "workbench.technical": "Rincian teknis",
  "workbench.file.empty": "Berkas ini kosong (0 bita).",
  "workbench.file.ods":
    "Ini lembar kerja OpenDocument (.ods), bukan buku kerja Excel. Buka di LibreOffice Calc atau Excel, lalu simpan sebagai Buku Kerja Excel (.xlsx).",
  "workbench.file.xls":
    "Ini buku kerja Excel 97-2003 (.xls) atau buku kerja yang dilindungi kata sandi. Rakit membaca .xlsx tanpa kata sandi: buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai Buku Kerja Excel (.xlsx).",
  "workbench.file.xlsb":
    "Ini buku kerja biner Excel (.xlsb). Buka di Excel, lalu simpan sebagai Buku Kerja Excel (.xlsx).",
  "workbench.file.notWorkbook": "Ini bukan buku kerja Excel. Pilih berkas .xlsx.",
  "workbench.file.unreadable":
    "Rakit tidak dapat membaca berkas ini sebagai buku kerja Excel (.xlsx); mungkin berkasnya rusak. Buka di Excel, lalu simpan lagi sebagai Buku Kerja Excel (.xlsx).",
  "workbench.grid": "Lembar {sheet}",
  "workbench.rowHeaderColumn": "Baris",
  "workbench.editCell": "Isi sel {address}",
  "workbench.sheetTabs": "Lembar kerja",
  "workbench.workbook": "Buku kerja",
  "workbench.truncated": "Lembar ini lebih lebar dari yang ditampilkan: hanya {cols} kolom pertama yang tampil.",
  "workbench.noSheet": "Buku kerja ini tidak punya lembar yang tampak.",
} as const;
