/** The pane's Cetak view. */
export const idPaneCetak = {
  "pane.cetak.toolbar.label": "Tindakan Cetak",
  "pane.cetak.intro":
    "Satu klik: lembar aktif diperiksa, sorotan Rakit dihapus, lalu halaman diatur: lanskap, judul kolom diulang di setiap halaman, semua kolom muat selebar kertas, nomor halaman.",
  "pane.cetak.paper.label": "Kertas",
  "pane.cetak.paper.folio": "F4/Folio (8,5 × 13 inci)",
  "pane.cetak.paper.a4": "A4",
  "pane.cetak.action.prepare": "Siapkan cetak",
  "pane.cetak.action.anyway": "Cetak tetap",
  "pane.cetak.busy": "Menyiapkan halaman…",
  "pane.cetak.blocked.title": 'Lembar "{sheet}" masih punya {errors:number} kesalahan',
  "pane.cetak.blocked.body": "Perbaiki dulu (klik temuan untuk memilih selnya), atau pilih Cetak tetap.",
  "pane.cetak.findings.label": "Temuan yang menghalangi cetak",
  "pane.cetak.done.title": 'Lembar "{sheet}" siap dicetak',
  "pane.cetak.forced": "Disiapkan walau lembar masih punya kesalahan.",
  "pane.cetak.manual.title": "Atur halaman sendiri",
  "pane.cetak.manual.label": "Langkah mengatur halaman",
  "pane.cetak.error": "Halaman tidak dapat disiapkan",
  "pane.cetak.notice.done": "Halaman disiapkan. Cetak dari menu File > Cetak.",
  "pane.cetak.notice.blocked": "Tidak disiapkan: lembar masih punya {errors:number} kesalahan.",
  "pane.cetak.notice.manual": "Sorotan Rakit dihapus; atur halamannya sendiri dengan langkah di atas.",
  "pane.cetak.notice.noPlan": "Tidak ada tabel RAK di lembar ini.",
  "pane.cetak.noPlan":
    'Rakit tidak menemukan tabel RAK di lembar "{sheet}". Buka lembar RAK yang akan dicetak, lalu tekan Siapkan cetak.',
} as const;
