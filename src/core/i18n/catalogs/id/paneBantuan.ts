/** The pane's Bantuan view: help, the Excel at hand, and the in-Excel self-test with its report. */
export const idPaneBantuan = {
  "pane.bantuan.intro":
    "Apa guna setiap tab, cara mencetak di kertas F4, Excel yang Anda pakai, dan uji Rakit di Excel ini.",

  "pane.bantuan.views.title": "Tab Rakit",
  "pane.bantuan.views.periksa":
    "Membaca tabel RAK di lembar aktif dan mendaftar kesalahan dan peringatan; klik temuan untuk memilih selnya. Sorot di lembar menandai selnya, Hapus sorotan menghapus tanda itu lagi.",
  "pane.bantuan.views.anggaran":
    "Menjumlahkan perkiraan biaya per sasaran, kode kegiatan, pelaksana, bulan dan triwulan; Tulis ke lembar menambahkan baris JUMLAH dan lembar Rekap Anggaran sebagai rumus. Bagian Jadwal menunjukkan baris tanpa bulan dan bulan tanpa kegiatan.",
  "pane.bantuan.views.katalog":
    "Mencari kegiatan dan kode anggaran di katalog; Sisipkan menambahkannya ke blok kodenya, dengan sel gabungan, nomor dan jumlah tetap rapi.",
  "pane.bantuan.views.tahunBaru": "Membuat RAK tahun berikutnya di lembar baru dari RAK ini; lembar lama tidak diubah.",
  "pane.bantuan.views.cetak":
    "Memeriksa lembar, menghapus sorotan Rakit, lalu mengatur halaman: lanskap, F4/Folio atau A4, judul kolom diulang, selebar satu halaman, nomor halaman.",
  "pane.bantuan.views.bantuan": "Halaman ini.",

  "pane.bantuan.print.title": "Mencetak di kertas F4",
  "pane.bantuan.print.label": "Langkah mencetak di kertas F4",
  "pane.bantuan.print.open": "Buka lembar RAK yang akan dicetak.",
  "pane.bantuan.print.prepare": "Di tab Cetak, pilih {paper}, lalu tekan Siapkan cetak.",
  "pane.bantuan.print.print":
    "File > Cetak. Pastikan printer memakai kertas {paper}; bila ukuran itu tidak ada di daftar printer, buat ukuran kertas 21,59 × 33,02 cm di pengaturan printer.",
  "pane.bantuan.print.manual":
    "Bila Excel ini belum dapat mengatur halaman lewat Rakit (lihat di bawah), Cetak memberi langkah-langkah untuk mengaturnya sendiri.",

  "pane.bantuan.excel.title": "Excel ini",
  "pane.bantuan.excel.rakit": "Versi Rakit",
  "pane.bantuan.excel.version": "Versi Excel",
  "pane.bantuan.excel.platform": "Platform",
  "pane.bantuan.excel.api": "ExcelApi",
  "pane.bantuan.excel.unknown": "tidak diketahui",
  "pane.bantuan.excel.withoutExcel": "Rakit tanpa Excel (buku kerja di peramban)",
  "pane.bantuan.excel.noApi": "tidak ada",
  "pane.bantuan.platform.PC": "Windows",
  "pane.bantuan.platform.OfficeOnline": "Excel di web",
  "pane.bantuan.platform.Mac": "Mac",
  "pane.bantuan.platform.iOS": "iPad",
  "pane.bantuan.platform.Android": "Android",
  "pane.bantuan.platform.Universal": "Windows (aplikasi Universal)",
  "pane.bantuan.features.label": "Fitur menurut tingkat ExcelApi",
  "pane.bantuan.features.all": "Semua fitur Rakit tersedia di Excel ini.",
  "pane.bantuan.feature.available": "tersedia",
  "pane.bantuan.feature.missing": "tidak tersedia: perlu {requirement}",
  "pane.bantuan.feature.pageLayout": "Mengatur halaman cetak",
  "pane.bantuan.feature.pageLayout.why":
    "Cetak menghapus sorotan Rakit lalu memberi langkah-langkah untuk mengatur halaman sendiri.",
  "pane.bantuan.feature.mergedAreas": "Membaca sel gabungan",
  "pane.bantuan.feature.mergedAreas.why":
    "Rakit menganggap sel No, Sasaran, Perkiraan Biaya dan Pelaksana yang kosong di bawah isinya sebagai satu sel gabungan; Sisipkan memberi tahu bila memakai anggapan itu.",
  "pane.bantuan.feature.undoGroups": "Satu tindakan Rakit, satu Urungkan",
  "pane.bantuan.feature.undoGroups.why":
    "Perubahan Rakit tidak digabung menjadi satu langkah Urungkan (Ctrl+Z). Simpan buku kerja sebelum Sisipkan, Tulis ke lembar atau Tahun Baru.",

  "pane.bantuan.selftest.title": "Uji Rakit di Excel ini",
  "pane.bantuan.selftest.intro":
    "Menjalankan serangkaian uji singkat di Excel ini, masing-masing di lembar sementara yang ditambahkan lalu dihapus lagi. Lembar Anda tidak disentuh. Hasilnya dapat disalin dan dikirim ke pengembang Rakit.",
  "pane.bantuan.selftest.run": "Uji Rakit di Excel ini",
  "pane.bantuan.selftest.again": "Uji lagi",
  "pane.bantuan.selftest.loading": "Memuat uji…",
  "pane.bantuan.selftest.running": "Menguji… {done:number} dari {count:number}",
  "pane.bantuan.selftest.results.label": "Hasil uji",
  "pane.bantuan.selftest.pass": "Lulus",
  "pane.bantuan.selftest.fail": "Gagal",
  "pane.bantuan.selftest.skipped": "Dilewati",
  "pane.bantuan.selftest.summary": "{pass:number} lulus, {fail:number} gagal, {skipped:number} dilewati.",
  "pane.bantuan.selftest.allPass": "Semua uji lulus",
  "pane.bantuan.selftest.someFail": "{fail:number} uji gagal",
  "pane.bantuan.selftest.someFailBody":
    "Excel ini berbeda dari yang diandaikan Rakit. Salin laporan di bawah dan kirimkan ke pengembang Rakit.",
  "pane.bantuan.selftest.leftover":
    "Lembar sementara ini tidak dapat dihapus: {sheets}. Hapus sendiri (klik kanan tab lembar > Hapus).",
  "pane.bantuan.selftest.stopped": "Uji berhenti",
  "pane.bantuan.selftest.stoppedBody": "Uji berhenti sebelum selesai: {detail}",

  "pane.bantuan.report.title": "Laporan uji",
  "pane.bantuan.report.label": "Laporan uji (teks untuk disalin)",
  "pane.bantuan.report.copy": "Salin laporan",
  "pane.bantuan.report.copied": "Laporan disalin. Tempelkan ke surel atau pesan untuk pengembang Rakit.",
  "pane.bantuan.report.selectManually": "Teks laporan sudah dipilih: tekan Ctrl+C (Cmd+C di Mac) untuk menyalinnya.",
  "pane.bantuan.report.heading": "Laporan uji Rakit",
  "pane.bantuan.report.when": "Waktu",
  "pane.bantuan.report.browser": "Peramban",

  "pane.bantuan.withoutExcel.title": "Rakit tanpa Excel",
  "pane.bantuan.withoutExcel.body":
    "Bila panel ini tidak dapat berjalan di Excel Anda (mis. Office 2016 atau 2019 berlisensi volume), buka Rakit tanpa Excel di peramban: Buka berkas .xlsx, periksa dan perbaiki, lalu Unduh.",
  "pane.bantuan.withoutExcel.link": "Buka Rakit tanpa Excel",
  "pane.bantuan.help.link": "Panduan lengkap",
} as const;
