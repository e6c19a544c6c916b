/** Validator findings: severities, the finding line, and one `rule.<code>` message per rule. */
export const idFindings = {
  "severity.error": "Kesalahan",
  "severity.warning": "Peringatan",
  "severity.info": "Catatan",
  "finding.line": "{severity} di {address}: {message}",

  "rule.table.noRows":
    "Tabel belum punya baris data: di bawah judul kolom (baris {headerRow}) belum ada sasaran, indikator atau kegiatan. Isi baris kegiatan di bawah judul kolom.",

  "rule.table.contentOutside":
    "Ada isian di {cells}, jauh dari tabel RAK; isian itu tidak ikut dibaca. Hapus bila tidak sengaja (mis. ketikan nyasar).",

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

  "rule.season.routinePartial":
    'Kegiatan rutin {code} di baris {row} ("{kegiatan:short}") hanya direncanakan {planned} dari {all} periode; belum ada tanda di {missing}. Kegiatan rutin biasanya berjalan setiap bulan.',
  "rule.season.outsideWindow":
    'Baris {row} ("{kegiatan:short}") direncanakan pada {outside}, di luar jendela tahapan "{stage}" tahun {year} ({allowed}). Jendela: {window}.',
  "rule.season.unknownCode":
    'Kode kegiatan {code} ("{sasaran:short}") tidak ada di katalog "{catalog}" untuk tahun {year}. Periksa kodenya, atau tambahkan kegiatannya ke lembar Katalog.',
} as const;
