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

  "pane.error.budget": "Anggaran tidak dapat dihitung",
  "pane.error.writeBudget": "Anggaran tidak dapat ditulis ke lembar",
  "pane.error.schedule": "Jadwal tidak dapat dibaca",
  "pane.error.highlightSchedule": "Jadwal tidak dapat disorot",
  "pane.error.clearSchedule": "Sorotan jadwal tidak dapat dihapus",

  "pane.anggaran.parts.label": "Bagian Anggaran",
  "pane.anggaran.part.budget": "Rincian anggaran",
  "pane.anggaran.part.schedule": "Jadwal",
  "pane.anggaran.noPlan":
    'Rakit tidak menemukan tabel RAK di lembar "{sheet}". Buka lembar RAK, atau tunjukkan baris judul kolomnya di Periksa, lalu tekan Hitung ulang.',
  "pane.anggaran.toolbar.label": "Tindakan Anggaran",
  "pane.anggaran.action.refresh": "Hitung ulang",
  "pane.anggaran.action.write": "Tulis ke lembar",
  "pane.anggaran.write.hint":
    "Tulis ke lembar menambahkan baris JUMLAH, subtotal bila perlu, dan lembar Rekap Anggaran dengan grafik, semuanya sebagai rumus.",
  "pane.anggaran.options.label": "Pilihan Tulis ke lembar",
  "pane.anggaran.option.rpd": "Draf RPD",
  "pane.anggaran.option.rpdHint": 'Juga lembar "RPD Draf": rencana penarikan dana per bulan, untuk PPK.',
  "pane.anggaran.option.rpdHintQuarter": 'Juga lembar "RPD Draf": rencana penarikan dana per triwulan, untuk PPK.',
  "pane.anggaran.option.lagMonth": "Geser 1 bulan",
  "pane.anggaran.option.lagQuarter": "Geser 1 triwulan",
  "pane.anggaran.option.lagHint": "Dana ditarik satu periode sesudah kegiatan, untuk membayar sesudahnya.",
  "pane.anggaran.busy.budget": "Menghitung anggaran…",
  "pane.anggaran.busy.writeBudget": "Menulis ke lembar…",
  "pane.anggaran.busy.schedule": "Membaca jadwal…",
  "pane.anggaran.busy.highlightSchedule": "Menyorot jadwal…",
  "pane.anggaran.busy.clearSchedule": "Menghapus sorotan jadwal…",
  "pane.anggaran.results.label": "Hasil anggaran",
  "pane.anggaran.total": "Total anggaran",
  "pane.anggaran.sheet": "Lembar {sheet}",
  "pane.anggaran.bySasaran": "Per sasaran",
  "pane.anggaran.byCode": "Per kode kegiatan",
  "pane.anggaran.byPelaksana": "Per pelaksana",
  "pane.anggaran.byMonth": "Per bulan",
  "pane.anggaran.byQuarter": "Per triwulan",
  "pane.anggaran.periodView.label": "Anggaran per periode",
  "pane.anggaran.periodView.period": "Bulan",
  "pane.anggaran.periodView.quarter": "Triwulan",
  "pane.anggaran.col.no": "No",
  "pane.anggaran.col.code": "Kode",
  "pane.anggaran.col.sasaran": "Sasaran",
  "pane.anggaran.col.amount": "Anggaran",
  "pane.anggaran.col.pelaksana": "Pelaksana",
  "pane.anggaran.col.month": "Bulan",
  "pane.anggaran.col.quarter": "Triwulan",
  "pane.anggaran.sum": "Jumlah",
  "pane.anggaran.noCode": "tanpa kode",
  "pane.anggaran.noPelaksana": "(tanpa pelaksana)",
  "pane.anggaran.noAmount": "belum diisi",
  "pane.anggaran.blocks": "Sasaran {blocks}",
  "pane.anggaran.split": "termasuk bagian anggaran sasaran {blocks}, dibagi menurut jumlah baris",
  "pane.anggaran.unscheduled": "Belum terjadwal",
  "pane.anggaran.notes.label": "Catatan anggaran",
  "pane.anggaran.written.title": "Ditulis ke lembar: {sheets}",
  "pane.anggaran.written.nothing": "Tidak ada yang perlu ditulis",
  "pane.anggaran.notice.computed": "Anggaran dihitung: total {total:rupiah}.",
  "pane.anggaran.notice.noPlan": "Tidak ada tabel RAK di lembar ini.",
  "pane.anggaran.notice.written": "Anggaran ditulis ke lembar sebagai rumus, lalu lembar diperiksa lagi.",

  "pane.jadwal.toolbar.label": "Tindakan Jadwal",
  "pane.jadwal.action.highlight": "Sorot jadwal",
  "pane.jadwal.action.clear": "Hapus sorotan jadwal",
  "pane.jadwal.results.label": "Hasil jadwal",
  "pane.jadwal.rows": "{count:number} baris kegiatan di lembar {sheet}.",
  "pane.jadwal.byMonth": "Baris per bulan",
  "pane.jadwal.byQuarter": "Baris per triwulan",
  "pane.jadwal.emptyMonths": "Bulan tanpa kegiatan: {periods}.",
  "pane.jadwal.emptyQuarters": "Triwulan tanpa kegiatan: {periods}.",
  "pane.jadwal.noEmptyMonth": "Setiap bulan punya kegiatan.",
  "pane.jadwal.noEmptyQuarter": "Setiap triwulan punya kegiatan.",
  "pane.jadwal.unplanned.title": "Baris tanpa jadwal ({count:number})",
  "pane.jadwal.unplanned.label": "Baris tanpa jadwal",
  "pane.jadwal.unplanned.none": "Setiap baris punya jadwal.",
  "pane.jadwal.unplanned.row": "Baris {row}",
  "pane.jadwal.unplanned.hint":
    'Pilih baris untuk memilih sel jadwalnya di lembar, lalu beri tanda "v" pada periode yang direncanakan.',
  "pane.jadwal.notice.computed": "Jadwal dibaca: {count:number} baris tanpa jadwal.",

  "pane.katalog.toolbar.label": "Tindakan Katalog",
  "pane.katalog.search": "Cari katalog",
  "pane.katalog.searchHint": "Huruf besar/kecil dan tanda aksen tidak berpengaruh; urutan kata bebas.",
  "pane.katalog.action.insert": "Sisipkan",
  "pane.katalog.action.refresh": "Baca ulang",
  "pane.katalog.selected": "{count:number} entri dipilih.",
  "pane.katalog.busy.load": "Membaca katalog dan RAK…",
  "pane.katalog.busy.insert": "Menyisipkan baris…",
  "pane.katalog.results.label": "Entri katalog",
  "pane.katalog.count": "{shown:number} dari {total:number} entri, {catalog}.",
  "pane.katalog.none": 'Tidak ada entri yang cocok dengan "{query}".',
  "pane.katalog.routine": "Rutin, sepanjang tahun",
  "pane.katalog.stage": "Tahapan {stage}: {windows}",
  "pane.katalog.noSeason": "Musim kegiatan tidak dikenal",
  "pane.katalog.entryHint": "{indicator} · target {target} {satuan} · bulan {months} · {pelaksana}",
  "pane.katalog.inPlan": "Sudah ada di RAK: baris {row}",
  "pane.katalog.inPlanCount": "{count:number} sudah ada di RAK",
  "pane.katalog.inserted.title": "Disisipkan ke lembar {sheet}",
  "pane.katalog.inserted.label": "Baris yang disisipkan",
  "pane.katalog.inserted.row": "Baris {row}, sasaran {block}: {kegiatan}",
  "pane.katalog.notes.label": "Catatan sisipan",
  "pane.katalog.checked": "Diperiksa lagi: {errors:number} kesalahan, {warnings:number} peringatan.",
  "pane.katalog.refused.title": "Tidak ada yang disisipkan",
  "pane.katalog.problem.title": 'Lembar "{sheet}" tidak dipakai',
  "pane.katalog.problem.body":
    "Ada {count:number} masalah di lembar itu, jadi Rakit memakai katalog bawaannya. Perbaiki baris berikut:",
  "pane.katalog.problem.label": "Masalah lembar Katalog",
  "pane.katalog.error.load": "Katalog tidak dapat dibaca",
  "pane.katalog.error.insert": "Entri tidak dapat disisipkan",
  "pane.katalog.notice.loaded": "Katalog dibaca: {count:number} entri, {inPlan:number} sudah ada di RAK.",
  "pane.katalog.notice.inserted": "{count:number} baris disisipkan dan dipilih di lembar; lembar diperiksa lagi.",
  "pane.katalog.notice.refused": "Tidak ada yang disisipkan.",
  "pane.katalog.notice.noPlan": "Tidak ada tabel RAK di lembar ini.",
  "pane.katalog.noPlan":
    'Rakit tidak menemukan tabel RAK di lembar "{sheet}". Buka lembar RAK, atau tunjukkan baris judul kolomnya di Periksa, lalu tekan Baca ulang.',

  "pane.tahunBaru.toolbar.label": "Tindakan Tahun Baru",
  "pane.tahunBaru.intro": 'RAK tahun berikutnya dari lembar "{sheet}", di lembar baru. Lembar "{sheet}" tidak diubah.',
  "pane.tahunBaru.year": "Tahun rencana baru",
  "pane.tahunBaru.yearInvalid": "Tulis tahun empat angka, mis. 2025.",
  "pane.tahunBaru.name": "Nama lembar baru",
  "pane.tahunBaru.nameHint": 'Kosongkan untuk nama "{name}".',
  "pane.tahunBaru.clear.label": "Kosongkan di lembar baru",
  "pane.tahunBaru.clear.months": "Tanda bulan",
  "pane.tahunBaru.clear.targets": "Target",
  "pane.tahunBaru.clear.budget": "Perkiraan biaya",
  "pane.tahunBaru.clear.hint": "Yang tidak dicentang disalin apa adanya.",
  "pane.tahunBaru.drops.title": "Diusulkan dihapus ({count:number})",
  "pane.tahunBaru.drops.hint":
    "Menurut katalog, tahapan sasaran ini tidak berjalan di {year}. Centang yang ingin dihapus dari lembar baru; yang tidak dicentang tetap ada. Sasaran rutin selalu tetap.",
  "pane.tahunBaru.drops.none": "Tidak ada sasaran tahapan yang diusulkan dihapus. Sasaran rutin selalu tetap.",
  "pane.tahunBaru.drop": "Hapus sasaran {no} ({code})",
  "pane.tahunBaru.mentions.title": "Tahun dalam teks ({count:number})",
  "pane.tahunBaru.mentions.hint": "Tidak diubah kecuali Anda mencentangnya.",
  "pane.tahunBaru.mentions.none": "Tidak ada tahun lain yang disebut dalam teks.",
  "pane.tahunBaru.mention": '{address}: ganti menjadi "{suggestion}"',
  "pane.tahunBaru.mentionNow": 'Sekarang: "{text}"',
  "pane.tahunBaru.action.create": "Buat {name}",
  "pane.tahunBaru.action.refresh": "Baca ulang",
  "pane.tahunBaru.busy.preview": "Membaca lembar…",
  "pane.tahunBaru.busy.create": "Membuat lembar baru…",
  "pane.tahunBaru.review.label": "Tinjauan Tahun Baru",
  "pane.tahunBaru.done.title": 'Lembar "{sheet}" dibuat dari "{source}"',
  "pane.tahunBaru.changes.label": "Perubahan",
  "pane.tahunBaru.notes.label": "Catatan Tahun Baru",
  "pane.tahunBaru.checked":
    'Lembar "{sheet}" diperiksa: {errors:number} kesalahan, {warnings:number} peringatan, {infos:number} catatan.',
  "pane.tahunBaru.refused.title": "Lembar baru belum dapat dibuat",
  "pane.tahunBaru.error.preview": "Lembar tidak dapat dibaca untuk Tahun Baru",
  "pane.tahunBaru.error.create": "Lembar baru tidak dapat dibuat",
  "pane.tahunBaru.notice.previewed": 'Siap membuat "{sheet}".',
  "pane.tahunBaru.notice.created": 'Lembar "{sheet}" dibuat dan dibuka.',
  "pane.tahunBaru.notice.noPlan": "Tidak ada tabel RAK di lembar ini.",
  "pane.tahunBaru.noPlan":
    'Rakit tidak menemukan tabel RAK di lembar "{sheet}". Buka lembar RAK tahun ini, lalu tekan Baca ulang.',

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

  "rollover.done": 'Lembar "{sheet}" dibuat dari "{source}" untuk tahun {year}. Lembar "{source}" tidak diubah.',
  "rollover.change.titleYear": 'Judul ({address}): "{from}" menjadi "{to}".',
  "rollover.change.tahunAnggaran": 'Tahun Anggaran ({address}): "{from}" menjadi "{to}".',
  "rollover.change.signatureDate":
    'Tanggal tanda tangan ({address}): "{from}" menjadi "{to}". Lengkapi tanggalnya; sel disorot sampai "…" diganti.',
  "rollover.change.clearedMonths": "Tanda bulan dikosongkan ({cells} sel).",
  "rollover.change.clearedBudget": "Perkiraan biaya dikosongkan ({cells} sel).",
  "rollover.change.clearedTargets": "Target dikosongkan ({cells} sel).",
  "rollover.change.yearMention": 'Sel {address}: "{from}" menjadi "{to}".',
  "rollover.change.dropped": "Sasaran {no} ({code}) dihapus: baris {rows} lembar lama.",
  "rollover.change.renumbered": "Sasaran nomor {from} menjadi nomor {to}.",
  "rollover.change.totalUpdated": "Jumlah di {address} disesuaikan menjadi {amount:rupiah}.",
  "rollover.change.totalCleared": "Jumlah di {address} dikosongkan bersama perkiraan biaya.",
  "rollover.note.noTitleYear": 'Judul tidak memuat tahun, jadi tidak diubah. Tambahkan "TAHUN {year}" pada judul.',
  "rollover.note.noTahunAnggaran": 'Tidak ada baris "Tahun Anggaran" di atas tabel; tambahkan bila perlu.',
  "rollover.note.noSignatureDate":
    'Tanggal tanda tangan ("Kota, tanggal bulan tahun") tidak ditemukan di bawah tabel; isi sendiri.',
  "rollover.note.formulaKeptTitle": "Judul di {address} berupa rumus, jadi tidak diubah. Periksa tahunnya.",
  "rollover.note.formulaKeptTahunAnggaran":
    "Tahun Anggaran di {address} berupa rumus, jadi tidak diubah. Periksa tahunnya.",
  "rollover.note.formulaKeptBudget": "Perkiraan biaya di {address} berupa rumus, jadi dibiarkan.",
  "rollover.note.unknownBlock": "Tidak ada sasaran nomor {no}; tidak ada yang dihapus untuknya.",
  "rollover.review.mentionsTitle": "Tahun yang disebut dalam teks ({count}); tidak diubah kecuali Anda memilihnya:",
  "rollover.review.mention": '{address}: "{text}"\n      usul: "{suggestion}"',
  "rollover.review.dropsTitle": "Sasaran tahapan yang tidak berjalan di {year} ({count}), diusulkan dihapus:",
  "rollover.review.drop.stageEnded":
    'Sasaran {no} "{title:short}" ({code}): tahapan {years}, sudah selesai sebelum {year}.',
  "rollover.review.drop.stageNotStarted":
    'Sasaran {no} "{title:short}" ({code}): tahapan {years}, belum mulai di {year}.',
  "rollover.review.drop.stageOutside":
    'Sasaran {no} "{title:short}" ({code}): tahapan {years}, tidak berjalan di {year}.',
  "rollover.review.dropAccepted": "dihapus",
  "rollover.problem.invalidYear": "Tahun {year} tidak dapat dipakai; tulis tahun empat angka, mis. 2025.",
  "rollover.problem.invalidName.empty": "Nama lembar tidak boleh kosong.",
  "rollover.problem.invalidName.tooLong": 'Nama lembar "{name}" lebih dari 31 karakter; pendekkan.',
  "rollover.problem.invalidName.badCharacter":
    'Nama lembar "{name}" memuat karakter yang tidak boleh dipakai Excel (: \\ / ? * [ ]).',
  "rollover.problem.invalidName.apostropheEdge":
    'Nama lembar "{name}" tidak boleh diawali atau diakhiri tanda petik (\').',
  "rollover.problem.invalidName.reserved": 'Nama "{name}" dipakai Excel sendiri; pilih nama lain.',
  "rollover.problem.nameTaken": 'Lembar "{name}" sudah ada; pilih nama lain.',
  "rollover.check": 'Lembar baru "{sheet}": {errors} kesalahan, {warnings} peringatan, {infos} catatan.',
  "rollover.cli.catalogIgnored":
    'Lembar "{sheet}" tidak dipakai karena {count} barisnya bermasalah; usulan penghapusan memakai katalog bawaan Rakit.',
  "rollover.cli.dropHint": "Tambahkan --drop-ended untuk menghapus sasaran yang diusulkan.",
  "rollover.cli.mentionHint": "Tambahkan --change-years untuk memakai semua usulan tahun.",
  "rollover.cli.notInput": "-o tidak boleh berkas masukan itu sendiri: Tahun Baru menulis ke berkas baru.",
  "rollover.cli.written": "Ditulis ke {out}.",

  "print.footer": "Halaman &P dari &N",
  "print.paper.folio": "F4/Folio (8,5 × 13 inci)",
  "print.paper.a4": "A4 (21 × 29,7 cm)",
  "print.ready":
    "Siap dicetak: {paper}, lanskap, area cetak {area}, baris {rows} diulang di setiap halaman, semua kolom muat satu halaman, nomor halaman di kaki halaman.",
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

  "rule.season.routinePartial":
    'Kegiatan rutin {code} di baris {row} ("{kegiatan:short}") hanya direncanakan {planned} dari {all} periode; belum ada tanda di {missing}. Kegiatan rutin biasanya berjalan setiap bulan.',
  "rule.season.outsideWindow":
    'Baris {row} ("{kegiatan:short}") direncanakan pada {outside}, di luar jendela tahapan "{stage}" tahun {year} ({allowed}). Jendela: {window}.',
  "rule.season.unknownCode":
    'Kode kegiatan {code} ("{sasaran:short}") tidak ada di katalog "{catalog}" untuk tahun {year}. Periksa kodenya, atau tambahkan kegiatannya ke lembar Katalog.',

  "catalog.error.line": "{where}, {field}: {message}",
  "catalog.error.lineNoField": "{where}: {message}",
  "catalog.where.entry": "Entri ke-{n} (baris {line})",
  "catalog.where.entryNoLine": "Entri ke-{n}",
  "catalog.where.stage": "Tahapan ke-{n} (baris {line})",
  "catalog.where.stageNoLine": "Tahapan ke-{n}",
  "catalog.where.line": "Baris {line}",
  "catalog.where.row": "Lembar Katalog, baris {row}",
  "catalog.where.file": "Katalog",
  "catalog.error.syntax": "JSON tidak sah di kolom {column}: {detail}.",
  "catalog.error.format": 'Bukan berkas katalog Rakit ("format" berisi "{value}", seharusnya "rakit-katalog").',
  "catalog.error.version": 'Versi katalog "{value}" tidak dikenal; Rakit membaca katalog versi 1.',
  "catalog.error.notObject": "Harus berupa objek JSON ({ ... }).",
  "catalog.error.notArray": "Harus berupa daftar JSON ([ ... ]).",
  "catalog.error.noEntries": "Katalog tidak berisi entri satu pun.",
  "catalog.error.required": "Belum diisi.",
  "catalog.error.notText": "Harus berupa teks.",
  "catalog.error.notNumber": 'Harus berupa angka tidak negatif, bukan "{value}".',
  "catalog.error.code": 'Kode kegiatan harus 4 angka, mis. 3355, bukan "{value}".',
  "catalog.error.months": 'Bulan harus angka 1 sampai 12, mis. "1-12" atau "2, 3, 4", bukan {value}.',
  "catalog.error.years":
    'Tahun harus tahun atau daftar tahun, mis. 2024 atau "2023, 2024", atau "semua", bukan {value}.',
  "catalog.error.season":
    'Jenis harus "Rutin" atau "Tahapan" (di JSON: "routine" atau {"stage": "..."}), bukan {value}.',
  "catalog.error.sumberDana": 'Sumber dana harus DIPA atau Hibah, bukan "{value}".',
  "catalog.error.date": 'Tanggal harus ditulis YYYY-MM-DD (mis. 2024-02-14), rentang dengan "s.d.", bukan "{value}".',
  "catalog.error.windowOrder": "Jendela berakhir ({to}) sebelum mulai ({from}).",
  "catalog.error.noWindows": "Tahapan harus punya paling sedikit satu jendela tanggal.",
  "catalog.error.basis": 'Dasar jendela harus "official", "approximation" atau "office", bukan "{value}".',
  "catalog.error.sourceCount":
    "Ada {windows} jendela tetapi {sources} sumber: tulis satu sumber untuk semuanya, atau satu per jendela dipisah tanda |.",
  "catalog.error.unknownStage":
    'Tahapan "{stage}" tidak dikenal: tulis jendelanya di kolom Jendela, atau pakai id tahapan katalog standar.',
  "catalog.error.duplicateId": 'ID "{id}" dipakai dua kali (pertama kali pada entri/baris {first}).',
  "catalog.error.duplicateStage": 'Id tahapan "{id}" dipakai dua kali (pertama kali pada tahapan ke-{first}).',
  "catalog.error.seasonConflict":
    "Kode {code} sudah berjenis lain pada entri {other} untuk tahun yang sama; satu kode hanya punya satu jenis (rutin, atau satu tahapan) per tahun.",
  "catalog.error.stageConflict":
    'Tahapan "{stage}" sudah diberi jendela lain di baris {first}; samakan, atau kosongkan Jendela di salah satunya.',
  "catalog.error.noHeader":
    'Lembar "{sheet}" tidak punya baris judul katalog (kolom Kode, Indikator, Kegiatan, ...) di sepuluh baris pertama.',
  "catalog.error.missingColumn": 'Kolom "{column}" tidak ada di baris judul lembar Katalog.',

  "catalog.cli.source": "Katalog: {name} ({count} entri).",
  "catalog.cli.group": "{code} {name} ({count} entri)",
  "catalog.cli.officeSheet": 'Lembar "{sheet}" dipakai bersama katalog standar ({count} entri kantor).',
  "catalog.cli.written": 'Lembar "{sheet}" ditulis ke {out} ({count} entri).',
  "catalog.cli.jsonWritten": "Katalog JSON ditulis ke {out} ({count} entri).",
  "catalog.cli.valid": "Katalog {file} sah: {count} entri, {stages} tahapan.",
  "catalog.cli.rejected": "Katalog {file} ditolak; tidak ada yang diimpor ({count} masalah):",

  "insert.note.rowsAdded":
    "{count} baris disisipkan di akhir sasaran {no} ({sasaran:short}), baris {rows}; baris di bawahnya bergeser ke bawah.",
  "insert.note.blockAdded":
    "Sasaran baru nomor {no}, {sasaran}, disisipkan di baris {rows}, menurut urutan kode katalog.",
  "insert.note.renumbered": "{count} sasaran di bawahnya dinomori ulang.",
  "insert.note.blockBudgetZero": "Perkiraan biaya sasaran baru {no} di {address} diisi 0: isi anggarannya.",
  "insert.note.rowBudgetZero": "Perkiraan biaya baris baru ({addresses}) diisi 0: isi anggarannya.",
  "insert.note.budgetUnchanged":
    "Perkiraan biaya sasaran {no} ({address}) tidak diubah; sesuaikan bila kegiatan baru menambah biaya.",
  "insert.note.totalUpdated": "Rumus jumlah di {address} diperbarui menjadi {formula} agar mencakup baris baru.",
  "insert.note.totalCheck":
    "Rumus jumlah di {address} ({formula}) bukan jumlah satu rentang; periksa apakah baris baru ikut terhitung, atau jalankan Anggaran.",
  "insert.note.subtotalUpdated": "Rumus subtotal di {address} diperbarui menjadi {formula}.",
  "insert.note.subtotalMissing":
    "Sasaran baru {no} belum punya baris subtotal; jalankan Anggaran untuk menambahkannya.",
  "insert.note.rekapRewritten": 'Lembar "{sheet}" ditulis ulang agar rumusnya mencakup baris baru.',
  "insert.note.rpdStale": 'Lembar "{sheet}" belum memuat baris baru; jalankan Anggaran dengan RPD lagi.',
  "insert.note.alreadyInPlan": "Entri {id} sudah ada di baris {row}; tetap disisipkan sebagai baris baru.",
  "insert.note.otherYear": "Entri {id} berlaku untuk tahun {years}, sedangkan RAK ini tahun {year}.",
  "insert.note.genericNames":
    'RAK tidak mencantumkan nama unit organisasi, jadi "{satker}" dipakai sebagai nama kantor di teks entri.',
  "insert.note.sharedCode":
    "Kode {code} ada di beberapa sasaran ({blocks}); baris baru masuk ke sasaran {no}, yang paling bawah.",
  "insert.note.mergesInferred":
    "Excel ini tidak melaporkan sel gabungan (perlu ExcelApi 1.13), jadi Rakit menganggap sel No, Sasaran, Perkiraan Biaya dan Pelaksana yang kosong di bawah isinya sebagai satu sel gabungan dan memperluasnya ke baris baru. Periksa hasilnya.",
  "insert.note.topFormats":
    "Sasaran baru ada di paling atas tabel, di bawah judul kolom: garis dan huruf diberi ulang, tetapi periksa perataan dan lipatan teksnya.",
  "insert.refuse.noEntries": "Pilih satu entri katalog atau lebih untuk disisipkan.",
  "insert.refuse.unknownEntry": "Entri {id} tidak ada di katalog; tidak ada yang disisipkan.",
  "insert.refuse.noColumns":
    "Tabel tidak punya kolom Indikator atau Kegiatan, jadi Rakit tidak tahu di mana menulis entri.",
  "insert.cli.inserted": '{file} · lembar "{sheet}": {count} baris disisipkan.',
  "insert.cli.row": "  baris {row}: [{code}] {kegiatan:short} (sasaran {no})",
  "insert.cli.written": "Ditulis ke {out}.",
} as const;
