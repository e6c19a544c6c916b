/** The kegiatan catalog and inserting its entries. */
export const idCatalog = {
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
    "Sasaran baru nomor {no}, {sasaran}, disisipkan di {count|baris|baris} {rows}, menurut urutan kode katalog.",
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
