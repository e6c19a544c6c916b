/** Validator findings: severities, the finding line, and one `rule.<code>` message per rule. */
export const idFindings = {
  "severity.error": "Kesalahan",
  "severity.warning": "Peringatan",
  "severity.info": "Catatan",
  "finding.line": "{severity} di {address}: {message}",

  "noTable.found": "Kepala kolom yang terbaca di baris {row}: {found}.",
  "noTable.nothingFound": "Tidak ada kepala kolom RAK yang terbaca (No, Sasaran, Indikator, Target, Kegiatan, …).",
  "noTable.needsBody": "Belum ada kolom Indikator atau Kegiatan.",
  "noTable.needsOne": "Perlu satu jenis kolom lagi, mis. {examples}.",
  "noTable.needsTwo": "Perlu dua jenis kolom lagi, mis. {examples}.",
  "noTable.unreadable": "Tabel di bawahnya tidak terbaca sebagai RAK.",
  "noTable.kind.period": "bulan (B1–B12) atau triwulan (TW I–IV)",

  "rule.table.noRows":
    "Tabel belum punya baris data: isi sasaran, indikator dan kegiatan di bawah judul kolom (baris {headerRow}).",

  "rule.table.contentOutside":
    "Ada isian di {cells}, jauh dari tabel RAK; isian itu tidak ikut dibaca. Hapus bila tidak sengaja (mis. ketikan nyasar).",

  "rule.cell.textTooLong":
    "Sel {cell} berisi {length:number} karakter; Excel hanya menyimpan {max:number} karakter per sel dan akan memotongnya. Persingkat teksnya.",

  "rule.meta.yearMismatch":
    "Tahun Anggaran {tahunAnggaran} berbeda dengan tahun rencana {year} pada judul. Samakan keduanya (biasanya Tahun Anggaran {year}).",
  "rule.meta.yearMissing":
    'Tahun rencana tidak ada di judul maupun di baris "Tahun Anggaran". Tambahkan tahunnya pada judul, mis. "TAHUN 2024".',
  "rule.meta.titleYearMissing":
    'Judul tidak memuat tahun rencana; Tahun Anggaran {tahunAnggaran} yang dipakai. Tambahkan "TAHUN {tahunAnggaran}" pada judul.',
  "rule.meta.unitMissing": 'Nama unit organisasi belum diisi. Tulis di atas tabel, mis. "Nama /Unit Organisasi : ...".',

  "rule.block.numberMissing": "Sasaran pada baris {row} belum bernomor. Isi kolom No dengan {expected}.",
  "rule.block.numberSkipped": "Nomor sasaran {no} pada baris {row} tidak berurutan: seharusnya {expected}.",
  "rule.block.numberRepeated":
    "Nomor sasaran {no} pada baris {row} sudah dipakai di baris {firstRow}. Nomori sasaran berurutan 1, 2, 3, dan seterusnya.",
  "rule.block.sasaranMissing": "Sasaran strategis nomor {block} (baris {row}) kosong. Tulis sasarannya.",
  "detail.block.sasaranMissing":
    'Di RAK KPU, sasaran memuat nama kegiatan beserta kode anggarannya, mis. "Masa Kampanye Pemilu (6870)".',
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
  "rule.row.targetMissing": "Target baris {row} belum diisi. Isi targetnya, mis. 100.",
  "rule.row.targetNotNumber":
    'Target baris {row} ("{value}") bukan angka, padahal indikatornya berupa persentase. Isi angka 0 sampai 100.',
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
    'Indikator baris {row} sama dengan baris {firstRow} dalam sasaran yang sama ("{indicator:short}").',
  "detail.row.indicatorDuplicate": "Gabungkan kedua baris, atau bedakan rumusan indikatornya.",

  "rule.total.mismatch":
    "Baris total berisi {amount:rupiah}, padahal perkiraan biaya semua sasaran berjumlah {expected:rupiah} (selisih {difference:rupiah}).",
  "detail.total.mismatch": "Perbaiki angkanya, atau pakai rumus {formula} agar jumlahnya selalu sesuai.",
  "rule.total.unchecked":
    "Jumlah pada baris total tidak dapat diperiksa: perkiraan biaya sasaran {blocks} belum terbaca.",
  "detail.total.unchecked":
    "Isi perkiraan biaya sasaran itu sebagai angka; sesudah itu Rakit dapat mencocokkan jumlahnya.",
  "rule.total.error": "Jumlah pada baris total berisi galat {error}. Ganti dengan rumus {formula}.",
  "rule.total.amountMissing": "Baris total belum berisi jumlah. Isi rumus {formula} (hasilnya {expected:rupiah}).",
  "rule.total.text":
    'Jumlah pada baris total diketik sebagai teks ("{value}"). Ketik sebagai angka atau pakai rumus {formula}.',
  "rule.total.unreadable":
    'Jumlah pada baris total ("{value}") tidak terbaca sebagai jumlah rupiah. Ganti dengan rumus {formula}.',

  "rule.season.routinePartial":
    'Kegiatan rutin {code} di baris {row} ("{kegiatan:short}") tidak direncanakan di {missing}. Kegiatan rutin biasanya berjalan sepanjang tahun.',
  "rule.season.outsideWindow":
    'Baris {row} ("{kegiatan:short}") direncanakan di {outside}, di luar jendela tahapan "{stage:short}" ({allowed}).',
  "detail.season.outsideWindow":
    "Jendela tahapan pada {year}: {windows}. Baris laporan dan evaluasi boleh menyusul pada bulan-bulan sesudah jendela.",
  "rule.season.outsideEstimate":
    'Baris {row} ("{kegiatan:short}") direncanakan di {outside}, di luar perkiraan jendela "{stage:short}" ({allowed}).',
  "detail.season.outsideEstimate":
    "Jendela tahapan ini pada {year} hanya perkiraan Rakit, bukan jadwal resmi: {windows}. Periksa jadwalnya; bila rencana ini benar, abaikan catatan ini.",
  "rule.season.unknownCode": 'Kode kegiatan {code} ("{sasaran:short}") tidak ada di katalog untuk tahun {year}.',
  "detail.season.unknownCode":
    'Katalog "{catalog}" tidak punya kegiatan dengan kode {code} untuk {year}, jadi jadwalnya tidak diperiksa. Periksa kodenya, atau tambahkan kegiatannya ke lembar Katalog.',
} as const;
