/** Tahun Baru: next year's plan. */
export const idRollover = {
  "rollover.done": 'Lembar "{sheet}" dibuat dari "{source}" untuk tahun {year}. Lembar "{source}" tidak diubah.',
  "rollover.change.titleYear": 'Judul ({address}): "{from}" menjadi "{to}".',
  "rollover.change.tahunAnggaran": 'Tahun Anggaran ({address}): "{from}" menjadi "{to}".',
  "rollover.change.signatureDate":
    'Tanggal tanda tangan ({address}): "{from}" menjadi "{to}". Lengkapi tanggalnya; sel disorot sampai "…" diganti.',
  "rollover.change.clearedMonths": "Tanda bulan dikosongkan ({cells} sel).",
  "rollover.change.clearedQuarters": "Tanda triwulan dikosongkan ({cells} sel).",
  "rollover.change.clearedBudget": "Perkiraan biaya dikosongkan ({cells} sel).",
  "rollover.change.clearedTargets": "Target dikosongkan ({cells} sel).",
  "rollover.change.yearMention": 'Sel {address}: "{from}" menjadi "{to}".',
  "rollover.change.dropped": "Sasaran {no} ({code}) dihapus: {rowCount|baris|baris} {rows} lembar lama.",
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
  "rollover.review.eventsTitle":
    "Tahun pemilu atau pemilihan yang disebut dalam teks ({count}); bukan tahun rencana, tetap seperti tertulis:",
  "rollover.review.event": '{address}: "{text}"',
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
} as const;
