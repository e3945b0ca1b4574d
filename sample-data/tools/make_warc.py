#!/usr/bin/env python3
"""Writes sample-data/web/crawl.warc.gz: a small web crawl (WARC 1.1, one gzip member per record).

Pages were written for seacorpus. The Thai page is encoded in windows-874 and declares its charset only in the
HTTP header (as many older Thai sites do); an image and a 404 are there to be skipped. Deterministic: fixed dates
and record ids, gzip members without timestamps.
"""
import gzip
import io
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "web", "crawl.warc.gz")
DATE = "2026-11-20T08:00:00Z"

VI_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Nông dân Đồng Tháp thử giống lúa chịu mặn</title></head>
<body>
<nav>Trang chủ | Nông nghiệp | Thời tiết</nav>
<h1>Nông dân Đồng Tháp thử giống lúa chịu mặn</h1>
<p>Vụ đông xuân năm nay, hơn hai trăm hộ nông dân ở huyện Tháp Mười đã gieo thử giống lúa mới có khả năng chịu mặn.
Cán bộ khuyến nông cho biết giống lúa này cần ít nước hơn và cho năng suất ổn định ngay cả khi nước sông bị nhiễm mặn
vào cuối mùa khô.</p>
<p>Bà Nguyễn Thị Lan, một nông dân trồng lúa lâu năm, nói rằng bà sẽ mở rộng diện tích nếu vụ này thu hoạch tốt.</p>
<footer>© Bản tin Nông nghiệp Miền Tây</footer>
</body></html>
"""

TH_PAGE = """<html><head><title>เกษตรกรอุบลฯ รวมกลุ่มขายข้าวอินทรีย์ออนไลน์</title></head>
<body>
<h1>เกษตรกรอุบลฯ รวมกลุ่มขายข้าวอินทรีย์ออนไลน์</h1>
<p>กลุ่มเกษตรกรในอำเภอวารินชำราบรวมตัวกันเปิดร้านค้าออนไลน์เพื่อขายข้าวหอมมะลิอินทรีย์โดยตรงถึงผู้บริโภค
ประธานกลุ่มเล่าว่าเมื่อก่อนต้องขายผ่านพ่อค้าคนกลางและได้ราคาต่ำ แต่ตอนนี้สมาชิกมีรายได้เพิ่มขึ้นเกือบเท่าตัว</p>
<p>“เราเรียนรู้การถ่ายรูปสินค้าและตอบลูกค้าทางแชต…” ประธานกลุ่มกล่าว</p>
</body></html>
"""

ID_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Petani Muda Karawang Pakai Drone untuk Memupuk Sawah</title></head>
<body>
<h1>Petani Muda Karawang Pakai Drone untuk Memupuk Sawah</h1>
<p>Sekelompok petani muda di Karawang mulai memakai drone untuk menyemprotkan pupuk cair ke sawah mereka.
Menurut ketua kelompok tani, satu hektare sawah kini bisa dipupuk dalam lima belas menit, jauh lebih cepat
daripada cara manual.</p>
<p>Pemerintah kabupaten berencana melatih lebih banyak petani tahun depan.</p>
</body></html>
"""

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def http_response(status, reason, content_type, body):
    head = f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def record(kind, record_id, block, target=None, content_type="application/http;msgtype=response"):
    headers = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{record_id}>",
        f"WARC-Date: {DATE}",
    ]
    if target:
        headers.append(f"WARC-Target-URI: {target}")
    headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(block)}")
    data = ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + block + b"\r\n\r\n"
    member = io.BytesIO()
    with gzip.GzipFile(fileobj=member, mode="wb", mtime=0) as gz:
        gz.write(data)
    return member.getvalue()


def main():
    records = [
        record("warcinfo", "00000000-0000-4000-8000-000000000001",
               b"software: seacorpus sample generator\r\nformat: WARC File Format 1.1\r\n",
               content_type="application/warc-fields"),
        record("response", "00000000-0000-4000-8000-000000000002",
               http_response(200, "OK", "text/html; charset=utf-8", VI_PAGE.encode("utf-8")),
               target="https://nongnghiep.example/tin/lua-chiu-man"),
        record("response", "00000000-0000-4000-8000-000000000003",
               http_response(200, "OK", "text/html; charset=windows-874", TH_PAGE.encode("cp874")),
               target="https://kaset.example/khao-insee"),
        record("response", "00000000-0000-4000-8000-000000000004",
               http_response(200, "OK", "text/html; charset=utf-8", ID_PAGE.encode("utf-8")),
               target="https://berita.example/petani-drone"),
        record("response", "00000000-0000-4000-8000-000000000005",
               http_response(200, "OK", "image/png", PNG), target="https://kaset.example/logo.png"),
        record("response", "00000000-0000-4000-8000-000000000006",
               http_response(404, "Not Found", "text/html; charset=utf-8", b"<html><body>Not found</body></html>"),
               target="https://kaset.example/old-page"),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        for r in records:
            f.write(r)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
