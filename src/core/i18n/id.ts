/**
 * Bahasa Indonesia: the source catalog. Its keys define `MessageKey`; `en.ts` must have exactly the
 * same keys and placeholders, or the build fails.
 *
 * Keys are scoped by prefix: `rule.<code>` is a validator finding's message (`<code>` is
 * `Finding.rule`), `severity.*` and `finding.*` frame findings; task-pane strings go under `pane.*`.
 * Placeholders: `{name}` as given, `{name:rupiah}` "Rp 1.234.000", `{name:number}` "1.234,5",
 * `{name:short}` text cut to a readable length.
 */
export const id = {
  "severity.error": "Kesalahan",
  "severity.warning": "Peringatan",
  "severity.info": "Catatan",
  "finding.line": "{severity} di {address}: {message}",

  "rule.table.noRows":
    "Tabel belum punya baris data: di bawah judul kolom (baris {headerRow}) belum ada sasaran, indikator atau kegiatan. Isi baris kegiatan di bawah judul kolom.",

  "rule.meta.yearMismatch":
    "Tahun Anggaran {tahunAnggaran} berbeda dengan tahun rencana {year} pada judul. Samakan keduanya (biasanya Tahun Anggaran {year}).",
  "rule.meta.yearMissing":
    'Tahun rencana tidak ditemukan: judul tidak memuat tahun dan tidak ada baris "Tahun Anggaran". Tambahkan tahun pada judul, mis. "RENCANA AKSI KINERJA TAHUN 2024".',
  "rule.meta.titleYearMissing":
    'Judul tidak memuat tahun rencana; Tahun Anggaran {tahunAnggaran} yang dipakai. Tambahkan "TAHUN {tahunAnggaran}" pada judul.',
  "rule.meta.unitMissing":
    'Nama unit organisasi belum diisi. Tulis di atas tabel, mis. "Nama /Unit Organisasi : Sekretariat KPU Kota ...".',

  "rule.block.numberMissing": "Sasaran pada baris {row} belum bernomor. Isi kolom No dengan {expected}.",
  "rule.block.numberSkipped": "Nomor sasaran {no} pada baris {row} tidak berurutan: seharusnya {expected}.",
  "rule.block.numberRepeated":
    "Nomor sasaran {no} pada baris {row} sudah dipakai di baris {firstRow}. Nomori sasaran berurutan 1, 2, 3, dan seterusnya.",
  "rule.block.sasaranMissing":
    'Sasaran strategis nomor {block} (baris {row}) kosong. Tulis nama kegiatan beserta kodenya, mis. "Masa Kampanye Pemilu (6870)".',
  "rule.block.codeMissing":
    'Sasaran "{sasaran:short}" tidak memuat kode kegiatan 4 angka dalam kurung. Tambahkan kodenya di akhir, mis. "(6709)".',
  "rule.block.budgetMissing":
    "Perkiraan biaya sasaran nomor {block} (baris {row}) belum diisi. Isi anggarannya dalam rupiah, sebagai angka.",
  "rule.block.budgetError":
    "Perkiraan biaya sasaran nomor {block} berisi galat {error}. Perbaiki rumusnya atau ketik anggarannya sebagai angka.",
  "rule.block.budgetNegative":
    "Perkiraan biaya sasaran nomor {block} bernilai negatif ({amount:rupiah}). Anggaran tidak boleh kurang dari nol.",
  "rule.block.budgetText":
    'Perkiraan biaya sasaran nomor {block} diketik sebagai teks ("{value}"). Ketik sebagai angka: {amount}, tanpa "Rp" dan titik.',
  "rule.block.budgetUnreadable":
    'Perkiraan biaya sasaran nomor {block} ("{value}") tidak terbaca sebagai jumlah rupiah. Ketik anggarannya sebagai angka, mis. 15048000.',

  "rule.row.budgetMissing":
    "Perkiraan biaya baris {row} belum diisi. Isi anggarannya, atau 0 bila kegiatan ini tanpa biaya.",
  "rule.row.budgetError":
    "Perkiraan biaya baris {row} berisi galat {error}. Perbaiki rumusnya atau ketik anggarannya sebagai angka.",
  "rule.row.budgetNegative":
    "Perkiraan biaya baris {row} bernilai negatif ({amount:rupiah}). Anggaran tidak boleh kurang dari nol.",
  "rule.row.budgetText":
    'Perkiraan biaya baris {row} diketik sebagai teks ("{value}"). Ketik sebagai angka: {amount}, tanpa "Rp" dan titik.',
  "rule.row.budgetUnreadable":
    'Perkiraan biaya baris {row} ("{value}") tidak terbaca sebagai jumlah rupiah. Ketik anggarannya sebagai angka, mis. 15048000.',

  "rule.row.indicatorMissing":
    "Indikator kinerja baris {row} belum diisi. Tulis indikator yang diukur untuk kegiatan di baris ini.",
  "rule.row.kegiatanMissing":
    "Kegiatan baris {row} belum diisi. Tulis kegiatan yang akan dilaksanakan untuk indikator di baris ini.",
  "rule.row.targetMissing": "Target baris {row} belum diisi. Isi target sebagai angka, mis. 100.",
  "rule.row.targetNotNumber": 'Target baris {row} ("{value}") bukan angka. Tulis target sebagai angka, mis. 100.',
  "rule.row.targetPercentRange":
    "Target baris {row} adalah {target:number}, padahal indikatornya berupa persentase. Isi angka antara 0 dan 100.",
  "rule.row.noMonth":
    'Baris {row} ("{kegiatan:short}") belum punya bulan pelaksanaan. Beri tanda "v" pada bulan yang direncanakan.',
  "rule.row.noQuarter":
    'Baris {row} ("{kegiatan:short}") belum punya triwulan pelaksanaan. Beri tanda "v" pada triwulan yang direncanakan.',
  "rule.row.periodInvalid": 'Sel {cell} berisi "{value}", bukan tanda "v" atau angka. Ganti dengan "v" atau kosongkan.',
  "rule.row.pelaksanaMissing":
    'Pelaksana baris {row} belum diisi. Tulis unit yang melaksanakan, mis. "Subbagian Keuangan, Umum dan Logistik".',
  "rule.row.indicatorDuplicate":
    'Indikator baris {row} sama dengan baris {firstRow} dalam sasaran yang sama ("{indicator:short}"). Gabungkan kedua baris atau bedakan rumusan indikatornya.',

  "rule.total.mismatch":
    "Jumlah pada baris total ({amount:rupiah}) berbeda dengan jumlah perkiraan biaya semua sasaran ({expected:rupiah}); selisihnya {difference:rupiah}. Perbaiki angkanya atau pakai rumus {formula}.",
  "rule.total.error": "Jumlah pada baris total berisi galat {error}. Ganti dengan rumus {formula}.",
  "rule.total.amountMissing": "Baris total belum berisi jumlah. Isi rumus {formula} (hasilnya {expected:rupiah}).",
  "rule.total.text":
    'Jumlah pada baris total diketik sebagai teks ("{value}"). Ketik sebagai angka atau pakai rumus {formula}.',
  "rule.total.unreadable":
    'Jumlah pada baris total ("{value}") tidak terbaca sebagai jumlah rupiah. Ganti dengan rumus {formula}.',

  "pane.title": "Rakit",
  "pane.subtitle": "Rencana Aksi Kinerja",
  "pane.lang.switch": "Ganti bahasa ke English",
  "pane.lang.other": "English",
  "pane.views.label": "Fitur Rakit",
  "pane.view.periksa": "Periksa",
  "pane.view.anggaran": "Anggaran",
  "pane.view.katalog": "Katalog",
  "pane.view.tahunBaru": "Tahun Baru",
  "pane.view.cetak": "Cetak",
  "pane.view.bantuan": "Bantuan",
  "pane.comingSoon.title": "{view}: segera hadir",
  "pane.comingSoon.body":
    "Fitur ini sedang disiapkan. Sementara itu, pakai Periksa untuk memeriksa RAK di lembar aktif.",

  "pane.toolbar.label": "Tindakan Periksa",
  "pane.action.periksa": "Periksa",
  "pane.action.highlight": "Sorot di lembar",
  "pane.action.clear": "Hapus sorotan",
  "pane.busy.check": "Memeriksa lembar…",
  "pane.busy.highlight": "Menyorot sel bertemuan…",
  "pane.busy.clear": "Menghapus sorotan…",
  "pane.busy.select": "Memilih sel…",

  "pane.results.label": "Hasil pemeriksaan",
  "pane.summary.label": "Ringkasan RAK",
  "pane.summary.sheet": "Lembar",
  "pane.summary.unit": "Unit",
  "pane.summary.year": "Tahun",
  "pane.summary.sasaran": "Sasaran",
  "pane.summary.indikator": "Indikator",
  "pane.summary.budget": "Total anggaran",
  "pane.summary.errors": "Kesalahan",
  "pane.summary.warnings": "Peringatan",
  "pane.summary.missing": "belum diisi",
  "pane.summary.prompt": "Tekan Periksa untuk melihat daftar temuan.",

  "pane.noPlan.title": "Tidak ada RAK di lembar ini",
  "pane.noPlan.body":
    'Rakit tidak menemukan tabel RAK di lembar "{sheet}". Bila tabelnya ada, tunjukkan baris judul kolomnya (baris yang berisi No, Sasaran, Indikator Kinerja, ...).',
  "pane.noPlan.atRow":
    'Baris {row} lembar "{sheet}" bukan judul kolom tabel RAK. Periksa nomor barisnya, lalu baca ulang.',
  "pane.header.label": "Baris judul kolom",
  "pane.header.hint": "Nomor baris seperti di Excel, mis. 7.",
  "pane.header.invalid": "Isi nomor baris, 1 sampai {max:number}.",
  "pane.header.reread": "Baca ulang",

  "pane.findings.label": "Temuan",
  "pane.findings.none": "Tidak ada temuan. RAK ini siap.",
  "pane.findings.noneOfSeverity": "Tidak ada temuan dengan tingkat ini.",
  "pane.findings.where": "{severity} di {address}",
  "pane.findings.group": "{severity} ({count:number})",
  "pane.findings.more": "Tampilkan {count:number} lagi",
  "pane.findings.shown": "Menampilkan {shown:number} dari {total:number} temuan.",
  "pane.filter.label": "Saring temuan menurut tingkat",
  "pane.filter.all": "Semua",
  "pane.filter.option": "{label} ({count:number})",

  "pane.error.check": "Periksa gagal",
  "pane.error.select": "Sel tidak dapat dipilih",
  "pane.error.highlight": "Sel tidak dapat disorot",
  "pane.error.clear": "Sorotan tidak dapat dihapus",
  "pane.error.code": "Kode: {code}",
  "pane.error.internal":
    "Terjadi kesalahan di Rakit ({detail}). Lembar tidak diubah. Coba lagi; bila berulang, laporkan pesan ini.",
  "pane.error.dismiss": "Tutup pesan",

  "pane.notice.checked": "Pemeriksaan selesai: {errors:number} kesalahan, {warnings:number} peringatan.",
  "pane.notice.noPlan": "Pemeriksaan selesai: tidak ada tabel RAK di lembar ini.",
  "pane.notice.highlighted": "Sel bertemuan disorot di lembar. Hapus dengan Hapus sorotan.",
  "pane.notice.cleared": "Sorotan Rakit dihapus dari lembar.",

  "budget.label.total": "JUMLAH",
  "budget.label.subtotal": "Subtotal Sasaran {no}",
  "budget.rekap.title": "REKAP ANGGARAN",
  "budget.rekap.year": "Tahun {year}",
  "budget.rekap.source":
    "Semua angka di lembar ini adalah rumus yang mengacu ke lembar {sheet}, jadi ikut berubah bila anggaran di sana diubah.",
  "budget.rekap.bySasaran": "Anggaran per Sasaran",
  "budget.rekap.byPelaksana": "Anggaran per Pelaksana",
  "budget.rekap.byMonth": "Anggaran per Bulan",
  "budget.rekap.byQuarter": "Anggaran per Triwulan",
  "budget.rekap.sum": "Jumlah",
  "budget.rekap.unscheduled": "Belum terjadwal",
  "budget.rekap.noPelaksana": "(tanpa pelaksana)",
  "budget.rekap.split": "termasuk bagian anggaran sasaran {blocks}, dibagi menurut jumlah baris",
  "budget.rekap.spreadMonth":
    "Anggaran tiap sasaran dibagi rata ke bulan yang bertanda (dibulatkan ke bawah, sisanya masuk bulan terakhir). Tanda bulan dibaca saat Rakit dijalankan: jalankan lagi setelah mengubahnya.",
  "budget.rekap.spreadQuarter":
    "Anggaran tiap sasaran dibagi rata ke triwulan yang bertanda (dibulatkan ke bawah, sisanya masuk triwulan terakhir). Tanda triwulan dibaca saat Rakit dijalankan: jalankan lagi setelah mengubahnya.",
  "budget.rekap.chartMonth": "Rencana Anggaran per Bulan",
  "budget.rekap.chartQuarter": "Rencana Anggaran per Triwulan",
  "budget.col.no": "No",
  "budget.col.sasaran": "Sasaran",
  "budget.col.budget": "Anggaran (Rp)",
  "budget.col.code": "Kode",
  "budget.col.pelaksana": "Pelaksana",
  "budget.col.note": "Keterangan",
  "budget.col.month": "Bulan",
  "budget.col.quarter": "Triwulan",

  "budget.note.noBudgetColumn":
    "Tabel tidak punya kolom Perkiraan Biaya, jadi tidak ada jumlah anggaran yang dapat dibuat.",
  "budget.note.totalInserted":
    "Baris {label} disisipkan di baris {row} dengan rumus {formula}; baris di bawahnya (tanda tangan) bergeser ke bawah.",
  "budget.note.totalFilled": "Sel jumlah {address} diisi rumus {formula}.",
  "budget.note.totalUpToDate": "Sel jumlah {address} sudah berisi rumus {formula}; tidak diubah.",
  "budget.note.totalNumberReplaced":
    "Sel jumlah {address} berisi angka ketikan ({amount:rupiah}); diganti rumus {formula} agar selalu sama dengan jumlah anggaran.",
  "budget.note.totalValueReplaced": 'Sel jumlah {address} berisi "{value}"; diganti rumus {formula}.',
  "budget.note.totalFormulaReplaced": "Rumus jumlah di {address} ({old}) diganti {formula}.",
  "budget.note.subtotalsInserted":
    "{count} baris subtotal disisipkan di bawah sasaran. Baris JUMLAH memakai SUBTOTAL, jadi subtotal tidak terhitung dua kali.",
  "budget.note.subtotalReplaced": "Rumus subtotal di {address} ({old}) diganti {formula}.",
  "budget.note.split": "Anggaran sasaran {blocks} dibagi ke beberapa pelaksana menurut jumlah baris masing-masing.",
  "budget.note.unscheduled":
    "Sasaran {blocks} ({amount:rupiah}) belum punya jadwal pelaksanaan, jadi belum masuk pembagian per bulan atau triwulan.",
  "budget.note.unreadable":
    "Anggaran di {address} tidak terbaca sebagai angka dan tidak dihitung. Perbaiki dulu (lihat Periksa), lalu jalankan lagi.",
  "budget.note.textBudget":
    "Anggaran di {address} diketik sebagai teks: Rakit membacanya, tetapi rumus di lembar kerja tidak. Ketik sebagai angka, lalu jalankan lagi.",
  "budget.note.sheetCreated": 'Lembar "{sheet}" dibuat.',
  "budget.note.sheetRewritten": 'Lembar "{sheet}" yang sudah ada dikosongkan dan ditulis ulang.',

  "rpd.title": "DRAF RENCANA PENARIKAN DANA (RPD)",
  "rpd.note.draft":
    "Draf untuk PPK: anggaran tiap sasaran dibagi rata ke bulan pelaksanaannya. Ini bukan RPD resmi; sesuaikan dengan rencana pembayaran sebenarnya.",
  "rpd.note.lagMonth":
    "Penarikan dana digeser satu bulan sesudah kegiatan. Bagian bulan Desember tetap di Desember, karena tahun anggaran berakhir 31 Desember.",
  "rpd.note.lagQuarter":
    "Penarikan dana digeser satu triwulan sesudah kegiatan. Bagian triwulan IV tetap di triwulan IV, karena tahun anggaran berakhir 31 Desember.",

  "schedule.note.highlights":
    'Baris tanpa bulan pelaksanaan diwarnai kuning muda dan bulan tanpa kegiatan merah muda. Warna hilang sendiri begitu tanda "v" diisi.',
  "schedule.note.cleared": "Warna jadwal dari Rakit dihapus; aturan pemformatan bersyarat milik Anda tidak disentuh.",
} as const;
