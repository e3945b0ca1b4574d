"""Writes sample-data/datasets/radio-transcripts.parquet (original text written for seacorpus).

Needs the duckdb Python package (an independent Parquet writer, so that the import is tested against a file
another tool made):  python3 -m venv /tmp/v && /tmp/v/bin/pip install duckdb
                      /tmp/v/bin/python sample-data/tools/make_parquet.py sample-data/datasets/radio-transcripts.parquet
"""
import duckdb, sys
rows = [
 ("radio-th-01", "รายการวิทยุชุมชนเช้านี้พูดถึงการเตรียมแปลงนาก่อนฤดูฝน ผู้ใหญ่บ้านแนะนำให้เกษตรกรตรวจคันนาและทางระบายน้ำให้เรียบร้อย เพื่อไม่ให้น้ำท่วมขังเมื่อฝนตกหนัก", "สถานีวิทยุชุมชนบ้านหนองบัว", "2026-05-04", ["เกษตร", "ฤดูฝน"]),
 ("radio-lo-01", "ລາຍການວິທະຍຸຊຸມຊົນມື້ນີ້ເວົ້າເຖິງການປູກຜັກໃນສວນຫຼັງເຮືອນ ແມ່ບ້ານຫຼາຍຄົນເລົ່າວ່າຜັກທີ່ປູກເອງຊ່ວຍປະຢັດເງິນໄດ້ຫຼາຍ", "ວິທະຍຸຊຸມຊົນບ້ານນາ", "2026-05-05", ["ຜັກ", "ຄອບຄົວ"]),
 ("radio-km-01", "កម្មវិធីវិទ្យុសហគមន៍ព្រឹកនេះនិយាយអំពីការថែទាំដំណាំម្រេច។ កសិករម្នាក់បានចែករំលែកបទពិសោធន៍ក្នុងការប្រើជីធម្មជាតិ។", "វិទ្យុសហគមន៍កំពត", "2026-05-06", ["ម្រេច"]),
 ("radio-vi-01", "Chương trình phát thanh cộng đồng sáng nay bàn về cách giữ nước cho ruộng lúa trong mùa khô. Nhiều nông dân chia sẻ kinh nghiệm đào ao nhỏ cạnh ruộng.", "Đài truyền thanh xã Tân Phú", "2026-05-06", ["lúa", "mùa khô"]),
 ("radio-id-01", "Siaran radio komunitas pagi ini membahas cara menyimpan gabah agar tidak berjamur. Seorang petani dari desa sebelah menjelaskan pentingnya menjemur gabah sampai benar-benar kering.", "Radio Komunitas Suara Desa", "2026-05-07", ["gabah", "pascapanen"]),
 ("radio-fil-01", "Sa programa ng radyong pangkomunidad ngayong umaga, pinag-usapan ang paghahanda ng mga binhi bago ang tag-ulan. Nagbahagi ang isang magsasaka ng kanyang paraan ng pagpili ng magagandang binhi.", "Radyo Barangay San Roque", "2026-05-08", ["binhi"]),
 ("radio-ms-01", "Rancangan radio komuniti pagi ini membincangkan cara menjaga kebersihan parit di kawasan sawah. Penghulu kampung mengingatkan penduduk supaya tidak membuang sampah ke dalam parit.", "Radio Komuniti Kampung Baru", "2026-05-09", []),
]
con = duckdb.connect()
con.execute("CREATE TABLE t(id VARCHAR, text VARCHAR, station VARCHAR, aired DATE, topics VARCHAR[])")
con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
con.execute(f"COPY t TO '{sys.argv[1]}' (FORMAT parquet, COMPRESSION zstd)")
print(con.execute(f"SELECT count(*) FROM '{sys.argv[1]}'").fetchall())
