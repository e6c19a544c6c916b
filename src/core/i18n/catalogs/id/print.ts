/** Cetak: print setup. */
export const idPrint = {
  "print.footer": "Halaman &P dari &N",
  "print.footerIs.added": "nomor halaman di kaki halaman",
  "print.footerIs.numbered": "nomor halaman yang sudah ada di kaki halaman tetap dipakai",
  "print.footerIs.kept": "kaki halaman Anda tidak diubah (Rakit tidak menambah nomor halaman)",
  "print.paper.folio": "F4/Folio (8,5 × 13 inci)",
  "print.paper.a4": "A4 (21 × 29,7 cm)",
  "print.ready":
    "Siap dicetak: {paper}, lanskap, area cetak {area}, baris {rows} diulang di setiap halaman, semua kolom muat satu halaman, {footer}.",
  "print.readyNoFit":
    "Halaman sudah disiapkan: {paper}, lanskap, area cetak {area}, baris {rows} diulang di setiap halaman, {footer}.",
  "print.fitNotTaken":
    'Excel tidak menerapkan "semua kolom muat satu halaman" (Excel di Windows mengabaikannya bila tab Tata Letak Halaman tidak sedang terbuka). Atur sendiri: Tata Letak Halaman › Skalakan agar Pas › Lebar: 1 halaman.',
  "print.blocked":
    "Lembar ini masih punya {errors} kesalahan. Perbaiki dulu, atau pilih Cetak tetap untuk tetap menyiapkan halaman.",
  "print.manual.intro":
    "Excel ini belum dapat mengatur halaman lewat Rakit (perlu ExcelApi 1.9: Excel 2021, Microsoft 365 atau Excel di web). Sorotan Rakit sudah dihapus. Atur halamannya sendiri:",
  "print.manual.orientation": "Tata Letak Halaman > Orientasi > Lanskap.",
  "print.manual.paperFolio":
    "Tata Letak Halaman > Ukuran > Folio atau F4 (8,5 × 13 inci). Bila tidak ada di daftar: Ukuran Kertas Lainnya…, lalu pilih atau buat ukuran kertas 8,5 × 13 inci (21,59 × 33,02 cm) di pengaturan printer.",
  "print.manual.paperA4": "Tata Letak Halaman > Ukuran > A4.",
  "print.manual.printArea": "Pilih sel {area}, lalu Tata Letak Halaman > Area Cetak > Atur Area Cetak.",
  "print.manual.titles": "Tata Letak Halaman > Cetak Judul > Baris yang diulang di atas: {rows}.",
  "print.manual.fit": "Tata Letak Halaman > Skalakan agar Pas: Lebar 1 halaman, Tinggi Otomatis.",
  "print.manual.footer":
    'Tata Letak Halaman > Cetak Judul > Header/Footer > Kustomisasi Footer > Bagian tengah: ketik "Halaman ", klik Sisipkan Nomor Halaman (&[Page]), ketik " dari ", klik Sisipkan Jumlah Halaman (&[Pages]).',
  "print.cli.anywayHint": "Tambahkan --anyway untuk tetap menyiapkan halaman (Cetak tetap).",
  "print.cli.notInput": "-o tidak boleh berkas masukan itu sendiri: Cetak menulis ke berkas baru.",
  "print.cli.written": "Ditulis ke {out}.",
  "print.cli.pdf": "PDF ditulis ke {pdf} (LibreOffice, {ms} ms).",
  "print.cli.noSoffice":
    "PDF tidak dibuat: LibreOffice (soffice) tidak terpasang. Pasang paket libreoffice-calc, atau buka {out} di Excel lalu simpan sebagai PDF.",
  "print.cli.pdfFailed": "PDF tidak dibuat: LibreOffice gagal ({reason}).",
} as const;
