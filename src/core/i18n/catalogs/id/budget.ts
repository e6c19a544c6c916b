/** Budget totals, the Rekap Anggaran and RPD sheets, schedule notes. */
export const idBudget = {
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
  "budget.note.rpdNoPeriods":
    'Lembar "RPD Draf" tidak dibuat: tabel ini tidak punya kolom bulan atau triwulan untuk membagi anggarannya.',
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
  "schedule.note.noPeriods":
    "Tabel ini tidak punya kolom bulan atau triwulan, jadi tidak ada jadwal untuk dibaca atau disorot. Lembar tidak diubah.",
  "schedule.note.cleared": "Warna jadwal dari Rakit dihapus; aturan pemformatan bersyarat milik Anda tidak disentuh.",
} as const;
