#!/usr/bin/env python3
"""Generate the binary and deliberately-encoded sample documents of seacorpus.

Python 3 standard library only.  The output is deterministic: every zip entry
carries the same fixed timestamp and attributes, no random identifiers are
used, and running the script twice produces byte-identical files.

The source text of every document lives in this file as UTF-8 (NFC) strings.
All text was written for the seacorpus project and is licensed CC BY 4.0.

Usage (from anywhere):
    python3 sample-data/tools/make_binary_samples.py

Writes (relative to sample-data/):
    vi/huong-dan-nau-canh-chua.epub          EPUB 3
    id/panduan-menanam-cabai.docx            OOXML WordprocessingML
    fil/paano-magluto-ng-adobong-manok.docx  OOXML WordprocessingML
    ms/cara-mendaftar-kursus-dalam-talian.odt OpenDocument Text
    en/guide-growing-lemongrass.pdf          PDF 1.4, Helvetica, WinAnsiEncoding
    id/kampanye-cuci-tangan-sekolah.pdf      PDF 1.4, Helvetica, WinAnsiEncoding
    tet/oinsa-rejista-ba-kursu-komputador.rtf RTF with \\uN? escapes
    vi/tin-nong-nghiep-cp1258.txt            windows-1258, tone marks combining
    vi/huong-dan-nfd.txt                     UTF-8, Unicode NFD
"""

import os
import sys
import unicodedata
import uuid
import zipfile
from xml.sax.saxutils import escape as xml_escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # sample-data/

# Fixed timestamps so that the output never changes between runs.
ZIP_DATE_TIME = (2025, 1, 15, 8, 0, 0)
W3C_DATE = "2025-01-15T08:00:00Z"
ODF_DATE = "2025-01-15T08:00:00"
PDF_DATE = "D:20250115080000Z"
GENERATOR = "seacorpus sample-data/tools/make_binary_samples.py"


# ---------------------------------------------------------------------------
# Documents.  Body syntax: one paragraph per line; blank lines are ignored;
# a line starting with "## " is a sub-heading.
# ---------------------------------------------------------------------------

DOCS = [
    {
        "path": "vi/huong-dan-nau-canh-chua.epub",
        "format": "epub",
        "lang": "vi",
        "title": "Hướng dẫn nấu canh chua cá lóc",
        "author": "Bếp nhà Hương",
        "body": """
Canh chua cá lóc là món ăn quen thuộc trong bữa cơm gia đình miền Nam. Vị chua của me, vị ngọt của dứa và mùi thơm của rau ngổ làm cho món canh vừa thanh mát vừa đậm đà.
## Nguyên liệu cho bốn người
500 gam cá lóc, làm sạch và cắt khúc vừa ăn
2 quả cà chua, một phần tư quả dứa (thơm)
100 gam giá đỗ, 2 cây bạc hà (dọc mùng) và một nắm đậu bắp
30 gam me chín
Rau ngổ, ngò gai, tỏi, ớt, nước mắm, đường và muối
## Cách làm
1. Cá lóc rửa sạch với muối, để ráo rồi ướp với một thìa nước mắm và một ít tiêu trong mười lăm phút.
2. Ngâm me với một chén nước ấm, dằm nát rồi lọc lấy nước, bỏ hạt.
3. Cà chua cắt múi cau, dứa thái miếng mỏng, bạc hà tước vỏ rồi thái xéo, đậu bắp cắt khúc.
4. Phi thơm tỏi với một thìa dầu ăn, cho cà chua và dứa vào xào khoảng hai phút.
5. Đổ khoảng một lít nước vào nồi, thêm nước me và đun sôi. Nêm đường, nước mắm sao cho canh có vị chua ngọt hài hòa.
6. Khi nước sôi lại, thả cá vào, hạ nhỏ lửa và nấu thêm năm phút. Không nên khuấy nhiều để cá không bị nát.
7. Cho bạc hà, đậu bắp và giá vào, đun thêm một phút rồi tắt bếp.
8. Rắc rau ngổ, ngò gai thái nhỏ và tỏi phi lên trên. Ăn nóng với cơm trắng và một chén nước mắm ớt.
## Mẹo nhỏ
Nếu không có me, có thể dùng khế chua hoặc một ít nước cốt chanh. Nên cho chanh vào sau khi đã tắt bếp để canh không bị đắng.
""",
    },
    {
        "path": "id/panduan-menanam-cabai.docx",
        "format": "docx",
        "lang": "id-ID",
        "title": "Panduan Menanam Cabai Rawit di Polibag",
        "author": "Kelompok Wanita Tani Melati",
        "body": """
Cabai rawit adalah tanaman yang cocok ditanam di pekarangan sempit. Dengan polibag atau pot bekas, setiap keluarga dapat memanen cabai sendiri dan tidak perlu khawatir ketika harga di pasar sedang naik.
## Bahan dan alat
Benih cabai rawit, atau biji dari buah cabai yang sudah tua dan kering.
Polibag berukuran 35 x 35 cm.
Tanah gembur, pupuk kandang, dan sekam bakar dengan perbandingan 2:1:1.
Wadah semai, sekop kecil, dan gembor untuk menyiram.
## Langkah-langkah
1. Rendam benih dalam air hangat selama dua sampai tiga jam. Buang benih yang mengapung karena biasanya tidak akan tumbuh.
2. Semai benih di wadah berisi campuran tanah dan pupuk kandang. Letakkan di tempat teduh dan siram secukupnya pada pagi dan sore hari.
3. Setelah tiga sampai empat minggu, bibit akan memiliki empat sampai enam helai daun. Pada tahap ini bibit siap dipindahkan ke polibag.
4. Isi polibag dengan media tanam, buat lubang sedalam kira-kira lima sentimeter, lalu tanam satu bibit di setiap polibag. Lakukan pada sore hari agar bibit tidak layu.
5. Letakkan polibag di tempat yang terkena sinar matahari paling sedikit enam jam sehari.
6. Berikan pupuk organik cair setiap dua minggu sekali. Pasang ajir dari bambu agar batang tidak mudah rebah.
7. Periksa daun secara rutin. Jika muncul kutu daun, semprotkan campuran air, sedikit sabun cuci piring, dan bawang putih yang dihaluskan.
## Panen
Cabai rawit biasanya mulai berbuah tiga bulan setelah tanam. Petik buah yang sudah merah atau oranye beserta tangkainya agar tidak cepat busuk. Satu tanaman yang dirawat dengan baik dapat terus berbuah selama lebih dari satu tahun.
""",
    },
    {
        "path": "fil/paano-magluto-ng-adobong-manok.docx",
        "format": "docx",
        "lang": "fil-PH",
        "title": "Paano Magluto ng Adobong Manok",
        "author": "Kusina ni Lola Ising",
        "body": """
Ang adobo ay isa sa pinakakilalang ulam sa Pilipinas. Madali itong lutuin, at dahil sa suka, hindi ito agad napapanis kahit ilang araw na.
## Mga Sangkap
1 kilong manok, hiniwa nang katamtamang laki
1/2 tasang toyo at 1/3 tasang suka
1 buong bawang, dinikdik
3 dahon ng laurel at 1 kutsaritang buong paminta
1 kutsarang asukal na pula (opsiyonal)
1 tasang tubig at 2 kutsarang mantika
## Paraan ng Pagluluto
1. Ibabad ang manok sa toyo, kalahati ng bawang, at paminta nang hindi bababa sa tatlumpung minuto. Mas masarap kung ilalagay ito sa ref nang magdamag.
2. Painitin ang mantika sa kawali at igisa ang natitirang bawang hanggang maging kulay-ginto.
3. Ilagay ang manok, pero itabi muna ang pinagbabaran. Prituhin ang manok hanggang bahagyang pumula ang balat.
4. Ibuhos ang pinagbabaran, ang tubig, at ang dahon ng laurel. Pakuluin.
5. Kapag kumulo na, saka idagdag ang suka. Huwag munang haluin nang mga dalawang minuto para mawala ang hilaw na asim ng suka.
6. Hinaan ang apoy, takpan, at hayaang kumulo nang tatlumpu hanggang apatnapung minuto hanggang lumambot ang manok.
7. Tikman. Kung gusto ng bahagyang matamis, idagdag ang asukal. Pakuluan pa hanggang lumapot ang sarsa.
8. Ihain nang mainit kasama ng kanin.
## Paalala
Iba-iba ang paraan ng pagluluto ng adobo sa bawat rehiyon. Sa ilang lugar, nilalagyan ito ng gata ng niyog o ng patatas. Mas sumasarap pa ang adobo kinabukasan dahil lalong sumisipsip ang lasa sa karne.
""",
    },
    {
        "path": "ms/cara-mendaftar-kursus-dalam-talian.odt",
        "format": "odt",
        "lang": "ms-MY",
        "title": "Cara Mendaftar Kursus Kemahiran Secara Dalam Talian",
        "author": "Pusat Komuniti Seri Mawar",
        "body": """
Pusat Komuniti Seri Mawar menawarkan beberapa kursus kemahiran jangka pendek secara percuma kepada penduduk setempat, termasuk kursus jahitan, membaiki telefon pintar, asas perakaunan perniagaan kecil dan pengurusan media sosial. Pendaftaran boleh dibuat secara dalam talian mulai 2 Januari hingga 31 Januari.
## Langkah-langkah pendaftaran
1. Layari laman web rasmi pusat komuniti dan klik pada pautan "Pendaftaran Kursus".
2. Cipta akaun baharu menggunakan alamat e-mel dan nombor telefon bimbit yang aktif. Satu kod pengesahan akan dihantar melalui SMS.
3. Log masuk dan lengkapkan maklumat peribadi seperti nama penuh, nombor kad pengenalan, alamat rumah dan tahap pendidikan.
4. Pilih kursus yang diminati. Setiap peserta hanya dibenarkan memilih satu kursus bagi setiap sesi.
5. Muat naik salinan kad pengenalan dan bil utiliti terkini sebagai bukti tempat tinggal. Fail mestilah dalam format PDF atau JPG dan tidak melebihi 2 MB.
6. Semak semula semua maklumat, kemudian tekan butang "Hantar".
7. Simpan atau cetak slip pengesahan pendaftaran.
## Selepas mendaftar
Senarai peserta yang berjaya akan diumumkan pada minggu kedua bulan Februari melalui e-mel dan papan kenyataan di pejabat pusat komuniti. Peserta yang terpilih mesti menghadiri taklimat pada hari pertama kursus.
Sekiranya anda menghadapi masalah semasa mendaftar, sila hubungi pejabat pusat komuniti pada waktu pejabat, Isnin hingga Jumaat, atau datang sendiri ke kaunter pendaftaran. Kakitangan kami sedia membantu mereka yang tidak mempunyai komputer di rumah.
Nota: Keutamaan diberikan kepada belia yang menganggur, ibu tunggal dan warga emas.
""",
    },
    {
        "path": "en/guide-growing-lemongrass.pdf",
        "format": "pdf",
        "lang": "en",
        "title": "Guide: Growing Lemongrass in Pots",
        "author": "Green Balcony Club, Penang",
        "body": """
Lemongrass is one of the easiest herbs to grow in a tropical climate. It needs little care, keeps some insects away, and gives a fresh, citrus flavour to soups, curries and teas. A few healthy clumps will supply an average household for the whole year.
## What you need
- three or four fresh lemongrass stalks from the market, with the base still firm
- a glass of water
- a pot at least 30 cm wide with drainage holes
- garden soil mixed with compost
- a sunny spot that gets at least six hours of direct light
## Steps
1. Trim the tops of the stalks, leaving about 15 cm. Remove any dry outer leaves.
2. Stand the stalks in the glass of water near a bright window. Change the water every two days.
3. After one to two weeks, small white roots will appear at the base. Wait until they are about 3 cm long.
4. Fill the pot with the soil and compost mix. Plant the stalks 5 cm deep and about 10 cm apart, then press the soil gently around them.
5. Water well after planting. Keep the soil moist, but not soggy, for the first month.
6. Feed the plants with compost or diluted liquid fertiliser once a month.
7. When the clump is about 60 cm tall, start harvesting. Cut the thickest stalks close to the soil and leave the younger ones to keep growing.
## Tips
Lemongrass leaves have sharp edges, so wear gloves when you trim the plant. If the clump becomes crowded after a year, divide it and replant the pieces in new pots, or share them with your neighbours. In the rainy season, move the pot to a place where water does not collect around the roots.
""",
    },
    {
        "path": "id/kampanye-cuci-tangan-sekolah.pdf",
        "format": "pdf",
        "lang": "id",
        "title": "Puskesmas Ajak Siswa SD Biasakan Cuci Tangan Pakai Sabun",
        "author": "Redaksi Warta Sleman",
        "body": """
SLEMAN - Sebuah puskesmas di Kecamatan Depok, Kabupaten Sleman, menggelar kampanye cuci tangan pakai sabun di dua belas sekolah dasar sepanjang bulan ini. Kegiatan tersebut bertujuan menekan kasus diare dan infeksi saluran pernapasan yang kerap menyerang anak-anak pada musim hujan.
Dalam setiap kunjungan, petugas kesehatan memperagakan enam langkah mencuci tangan yang benar, mulai dari menggosok telapak tangan, punggung tangan, dan sela-sela jari hingga ujung kuku. Para siswa kemudian diminta mempraktikkannya sambil menyanyikan lagu pendek selama dua puluh detik.
"Anak-anak cepat belajar kalau kegiatannya menyenangkan. Setelah itu mereka biasanya mengingatkan orang tuanya di rumah," kata Nurul Hidayah, petugas promosi kesehatan puskesmas.
Selain memberikan penyuluhan, puskesmas bersama komite sekolah membantu menyediakan tempat cuci tangan dengan air mengalir di dekat kantin dan toilet. Beberapa sekolah memanfaatkan galon bekas yang diberi keran sehingga biayanya murah.
Kepala salah satu sekolah dasar, Bambang Sutrisno, mengatakan jumlah siswa yang izin sakit menurun sejak kebiasaan tersebut diterapkan. "Dulu setiap minggu ada saja yang tidak masuk karena sakit perut. Sekarang jauh berkurang," ujarnya.
Puskesmas berencana memperluas kampanye ke taman kanak-kanak dan pondok pesantren pada semester depan. Orang tua juga diimbau menyediakan sabun di rumah dan memberi contoh kebiasaan hidup bersih kepada anak-anak.
""",
    },
    {
        "path": "tet/oinsa-rejista-ba-kursu-komputador.rtf",
        "format": "rtf",
        "lang": "tet",
        "title": "Oinsá atu rejista ba kursu komputadór",
        "author": "Sentru Formasaun Komunitáriu Baucau",
        "body": """
Sentru Formasaun Komunitáriu iha Baucau loke kursu komputadór ba foin-sa'e sira ne'ebé ho idade entre tinan 17 to'o 30. Kursu ne'e la selu, no sei hala'o durante semana ualu, iha loron segunda, kuarta no sesta, husi tuku 2 to'o tuku 4 lokraik. Partisipante sira sei aprende uza teklado, hakerek karta iha komputadór, halo tabela simples no uza internet ho seguru.
## Atu rejista, halo tuir pasu sira tuir mai ne'e
1. Prepara kópia kartaun eleitorál ka bilhete identidade, no foto ki'ik rua.
2. Ba sentru formasaun iha oras serbisu, husi loron segunda to'o sesta, tuku 8 dadeer to'o tuku 12 meiudia.
3. Husu formuláriu rejistu iha balkaun no prienche ho letra ne'ebé moos: naran kompletu, data moris, enderesu, númeru telemovel no nível edukasaun.
4. Hatama formuláriu hamutuk ho kópia dokumentu no foto sira.
5. Simu kartaun partisipante ne'ebé hatudu loron hahú kursu no naran formadór.
Se ita hela dook husi Baucau, ita bele haruka mensajen ba sentru formasaun atu husu formuláriu liuhusi telemovel. Maibé ita tenke lori dokumentu orijinál iha loron dahuluk kursu nian.
## Atensaun
Klase ida simu de'it partisipante na'in-ruanulu. Sentru fó prioridade ba feto sira no ba ema ne'ebé seidauk iha serbisu. Partisipante tenke mai tuir oras no labele falta liu dala tolu. Partisipante sira ne'ebé remata kursu ho di'ak sei simu sertifikadu.
""",
    },
]

# Vietnamese encoding hard cases (plain text files, title + blank line + body).
VI_CP1258 = {
    "path": "vi/tin-nong-nghiep-cp1258.txt",
    "title": "Nông dân đồng bằng sông Cửu Long chuyển sang giống lúa chịu mặn",
    "body": """
Cần Thơ — Vụ đông xuân năm nay, nhiều hợp tác xã ở các tỉnh ven biển đồng bằng sông Cửu Long đã chuyển sang gieo trồng giống lúa chịu mặn để thích ứng với tình trạng nước biển xâm nhập ngày càng sâu vào đất liền.

Ông Nguyễn Văn Hải, chủ nhiệm một hợp tác xã ở huyện ven biển, cho biết năm ngoái gia đình ông mất gần một nửa sản lượng vì nước mặn tràn vào ruộng đúng lúc lúa trổ bông. “Năm nay chúng tôi xuống giống sớm hơn hai tuần và dùng giống mới do viện nghiên cứu cung cấp. Cây lúa đứng vững, hạt chắc, năng suất đạt gần bảy tấn một héc-ta,” ông nói.

Bên cạnh việc đổi giống, các kỹ sư nông nghiệp còn hướng dẫn bà con đo độ mặn bằng máy cầm tay trước khi lấy nước vào ruộng. Nhiều xã đã lập nhóm trên điện thoại để thông báo kết quả đo mỗi sáng, giúp nông dân chủ động đóng hoặc mở cống.

Một số hộ còn kết hợp trồng lúa với nuôi tôm theo mùa: mùa mưa trồng lúa, mùa khô nuôi tôm. Cách làm này giúp đất được nghỉ ngơi, giảm sâu bệnh và tăng thu nhập cho gia đình.

Tuy nhiên, giá vật tư như phân bón và thuốc bảo vệ thực vật vẫn ở mức cao. Nhiều nông dân mong muốn được vay vốn ưu đãi và được hỗ trợ tìm đầu ra ổn định cho hạt gạo. Đại diện ngành nông nghiệp tỉnh cho biết sẽ tiếp tục mở lớp tập huấn và kết nối doanh nghiệp thu mua lúa ngay tại ruộng trong vụ tới.
""",
}

VI_NFD = {
    "path": "vi/huong-dan-nfd.txt",
    "title": "Hướng dẫn đăng ký khóa học tin học cơ bản cho người cao tuổi",
    "body": """
Trung tâm văn hóa phường mở khóa học tin học cơ bản miễn phí dành cho người từ năm mươi lăm tuổi trở lên. Khóa học kéo dài tám tuần, mỗi tuần hai buổi vào sáng thứ Ba và thứ Năm. Học viên sẽ được làm quen với điện thoại thông minh, cách gọi video cho con cháu, cách tra cứu thông tin và cách nhận biết tin nhắn lừa đảo.

Để đăng ký, bạn hãy làm theo các bước sau:

1. Chuẩn bị một bản sao căn cước công dân và một số điện thoại đang sử dụng.
2. Đến quầy tiếp nhận ở tầng một của trung tâm trong giờ hành chính, từ 7 giờ 30 đến 11 giờ 30 và từ 13 giờ 30 đến 17 giờ.
3. Điền vào phiếu đăng ký: họ tên, năm sinh, địa chỉ, số điện thoại và loại điện thoại bạn đang dùng.
4. Chọn lớp phù hợp. Lớp A dành cho người chưa từng dùng điện thoại thông minh, lớp B dành cho người đã biết nhắn tin và gọi điện.
5. Nhận giấy hẹn có ghi ngày khai giảng, số phòng học và tên giáo viên phụ trách.

Nếu không thể đến trực tiếp, người thân có thể đăng ký giúp bằng cách gọi điện đến số của trung tâm, nhưng học viên cần mang giấy tờ đến vào buổi học đầu tiên để xác nhận.

Lưu ý: Mỗi lớp chỉ nhận tối đa hai mươi học viên. Trung tâm ưu tiên người đăng ký sớm và người sống một mình. Học viên nên mang theo điện thoại đã sạc đầy pin, kính đọc sách nếu cần và một cuốn sổ nhỏ để ghi chép. Mọi thắc mắc xin liên hệ cô Hương, cán bộ phụ trách khóa học.
""",
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def blocks(body):
    """Yield (kind, text) with kind 'h' for sub-headings and 'p' for paragraphs."""
    for line in body.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            yield "h", line[3:]
        else:
            yield "p", line


def out_path(rel):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def write_zip(rel, entries):
    """entries: list of (name, bytes, stored?).  Deterministic zip output."""
    with zipfile.ZipFile(out_path(rel), "w") as zf:
        for name, data, stored in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.create_system = 3  # Unix
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compress_type=info.compress_type, compresslevel=9 if not stored else None)


def x(s):
    return xml_escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------

def make_docx(doc):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(text, size=None, bold=False):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (
                '<w:sz w:val="%d"/>' % size if size else "") + "</w:rPr>"
        return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (rpr, x(text)))

    parts = [para(doc["title"], size=36, bold=True)]
    for kind, text in blocks(doc["body"]):
        parts.append(para(text, size=28, bold=True) if kind == "h" else para(text))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="%s"><w:body>%s'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        '</w:body></w:document>' % (W, "".join(parts)))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:language>%s</dc:language>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
        '</cp:coreProperties>' % (x(doc["title"]), x(doc["author"]), x(doc["lang"]), W3C_DATE, W3C_DATE))
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>%s</Application></Properties>' % x(GENERATOR))
    write_zip(doc["path"], [
        ("[Content_Types].xml", content_types.encode("utf-8"), False),
        ("_rels/.rels", rels.encode("utf-8"), False),
        ("word/document.xml", document.encode("utf-8"), False),
        ("docProps/core.xml", core.encode("utf-8"), False),
        ("docProps/app.xml", app.encode("utf-8"), False),
    ])


# ---------------------------------------------------------------------------
# ODT
# ---------------------------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def make_odt(doc):
    # Title and sub-headings are bold paragraphs (automatic styles) rather than
    # <text:h>: Tika 3.3.1's OpenDocumentParser emits no line break after a
    # <text:h>, so plain-text extraction would glue a heading to the next
    # paragraph ("...Dalam TalianPusat Komuniti...").
    body = ['<text:p text:style-name="PTitle">%s</text:p>' % x(doc["title"])]
    for kind, text in blocks(doc["body"]):
        if kind == "h":
            body.append('<text:p text:style-name="PHeading">%s</text:p>' % x(text))
        else:
            body.append("<text:p>%s</text:p>" % x(text))
    auto_styles = (
        '<office:automatic-styles>'
        '<style:style style:name="PTitle" style:family="paragraph">'
        '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="PHeading" style:family="paragraph">'
        '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '</office:automatic-styles>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content %s office:version="1.2">%s'
        '<office:body><office:text>%s</office:text></office:body>'
        '</office:document-content>' % (ODF_NS, auto_styles, "".join(body)))
    lang, _, country = doc["lang"].partition("-")
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-styles %s office:version="1.2"><office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties '
        'fo:language="%s" fo:country="%s"/></style:default-style>'
        '</office:styles></office:document-styles>' % (ODF_NS, lang, country or "none"))
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-meta %s office:version="1.2"><office:meta>'
        '<meta:generator>%s</meta:generator>'
        '<dc:title>%s</dc:title>'
        '<meta:initial-creator>%s</meta:initial-creator>'
        '<dc:creator>%s</dc:creator>'
        '<dc:language>%s</dc:language>'
        '<meta:creation-date>%s</meta:creation-date>'
        '<dc:date>%s</dc:date>'
        '</office:meta></office:document-meta>'
        % (ODF_NS, x(GENERATOR), x(doc["title"]), x(doc["author"]), x(doc["author"]),
           x(doc["lang"]), ODF_DATE, ODF_DATE))
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    write_zip(doc["path"], [
        ("mimetype", b"application/vnd.oasis.opendocument.text", True),
        ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
        ("content.xml", content.encode("utf-8"), False),
        ("styles.xml", styles.encode("utf-8"), False),
        ("meta.xml", meta.encode("utf-8"), False),
    ])


# ---------------------------------------------------------------------------
# EPUB 3
# ---------------------------------------------------------------------------

def make_epub(doc):
    lang = doc["lang"]
    ident = "urn:uuid:%s" % uuid.uuid5(uuid.NAMESPACE_URL, "seacorpus:" + doc["path"])
    container = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
        '</container>')
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" xml:lang="%s">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        '<dc:identifier id="bookid">%s</dc:identifier>\n'
        '<dc:title>%s</dc:title>\n'
        '<dc:language>%s</dc:language>\n'
        '<dc:creator>%s</dc:creator>\n'
        '<dc:rights>CC BY 4.0</dc:rights>\n'
        '<meta property="dcterms:modified">%s</meta>\n'
        '</metadata>\n'
        '<manifest>\n'
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n'
        '<item id="chapter1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>\n'
        '</manifest>\n'
        '<spine><itemref idref="nav" linear="no"/><itemref idref="chapter1"/></spine>\n'
        '</package>\n' % (lang, ident, x(doc["title"]), lang, x(doc["author"]), W3C_DATE))
    nav = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="%s" xml:lang="%s">\n'
        '<head><meta charset="utf-8"/><title>%s</title></head>\n'
        '<body><nav epub:type="toc" id="toc"><ol><li><a href="chapter1.xhtml">%s</a></li></ol></nav></body>\n'
        '</html>\n' % (lang, lang, x(doc["title"]), x(doc["title"])))
    body = ["<h1>%s</h1>" % x(doc["title"])]
    for kind, text in blocks(doc["body"]):
        body.append(("<h2>%s</h2>" if kind == "h" else "<p>%s</p>") % x(text))
    chapter = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s" xml:lang="%s">\n'
        '<head><meta charset="utf-8"/><title>%s</title></head>\n'
        '<body>\n%s\n</body>\n</html>\n' % (lang, lang, x(doc["title"]), "\n".join(body)))
    write_zip(doc["path"], [
        ("mimetype", b"application/epub+zip", True),
        ("META-INF/container.xml", container.encode("utf-8"), False),
        ("OEBPS/content.opf", opf.encode("utf-8"), False),
        ("OEBPS/nav.xhtml", nav.encode("utf-8"), False),
        ("OEBPS/chapter1.xhtml", chapter.encode("utf-8"), False),
    ])


# ---------------------------------------------------------------------------
# PDF 1.4, hand-written, Helvetica with WinAnsiEncoding (Latin-1 text only)
# ---------------------------------------------------------------------------

# Advance widths (1/1000 em) of Helvetica for ASCII 32..126, from the AFM.
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def text_width(s, size, bold=False):
    w = sum(_HELV[ord(c) - 32] if 32 <= ord(c) <= 126 else 556 for c in s)
    return w * size / 1000.0 * (1.06 if bold else 1.0)


def wrap(text, size, max_width, bold=False):
    lines, cur = [], ""
    for word in text.split():
        cand = word if not cur else cur + " " + word
        if text_width(cand, size, bold) <= max_width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def pdf_string(s):
    raw = s.encode("cp1252")  # WinAnsiEncoding; raises on non-Latin text
    out = bytearray(b"(")
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def make_pdf(doc):
    page_w, page_h, margin = 595, 842, 72  # A4
    max_w = page_w - 2 * margin
    # Build a list of (font, size, leading, text) lines, then split into pages.
    lines = []
    for ln in wrap(doc["title"], 16, max_w, bold=True):
        lines.append(("F2", 16, 20, ln))
    lines.append(None)  # blank gap
    for kind, text in blocks(doc["body"]):
        if kind == "h":
            lines.append(None)
            for ln in wrap(text, 12, max_w, bold=True):
                lines.append(("F2", 12, 16, ln))
        else:
            for ln in wrap(text, 11, max_w):
                lines.append(("F1", 11, 14.5, ln))
            lines.append(None)
    pages, cur, y = [], [], page_h - margin
    for item in lines:
        lead = 7 if item is None else item[2]
        if y - lead < margin and cur:
            pages.append(cur)
            cur, y = [], page_h - margin
        y -= lead
        if item is not None:
            cur.append((item[0], item[1], y, item[3]))
    if cur:
        pages.append(cur)

    objects = {}  # number -> bytes (without "n 0 obj" wrapper)
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R /Lang " + pdf_string(doc["lang"]) + b" >>"
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objects[5] = (b"<< /Title " + pdf_string(doc["title"]) + b" /Author " + pdf_string(doc["author"])
                  + b" /Creator " + pdf_string(GENERATOR) + b" /Producer " + pdf_string("seacorpus")
                  + b" /CreationDate " + pdf_string(PDF_DATE) + b" /ModDate " + pdf_string(PDF_DATE) + b" >>")
    kids = []
    num = 6
    for page in pages:
        ops = []
        for font, size, y, text in page:
            ops.append(b"BT /%s %d Tf %d %.1f Td %s Tj ET" % (font.encode(), size, margin, y, pdf_string(text)))
        stream = b"\n".join(ops) + b"\n"
        page_num, content_num = num, num + 1
        num += 2
        # /Length counts exactly the bytes between "stream\n" and "\nendstream".
        stream = stream.rstrip(b"\n")
        objects[content_num] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objects[page_num] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                             b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                             % (page_w, page_h, content_num))
        kids.append(b"%d 0 R" % page_num)
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref_pos = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_pos)
    with open(out_path(doc["path"]), "wb") as f:
        f.write(out)


# ---------------------------------------------------------------------------
# RTF
# ---------------------------------------------------------------------------

def rtf_escape(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif 32 <= cp < 127:
            out.append(ch)
        elif cp < 0x10000:
            out.append("\\u%d?" % (cp if cp < 0x8000 else cp - 0x10000))
        else:  # astral plane: UTF-16 surrogate pair
            v = cp - 0x10000
            for unit in (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)):
                out.append("\\u%d?" % (unit - 0x10000))
    return "".join(out)


def make_rtf(doc):
    parts = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n",
        "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\n",
        "{\\info{\\title %s}{\\author %s}{\\creatim\\yr2025\\mo1\\dy15\\hr8\\min0}}\n"
        % (rtf_escape(doc["title"]), rtf_escape(doc["author"])),
        "\\viewkind4\\pard\\sa160\\f0\\fs24\n",
        "{\\b\\fs32 %s}\\par\n" % rtf_escape(doc["title"]),
    ]
    for kind, text in blocks(doc["body"]):
        if kind == "h":
            parts.append("{\\b\\fs26 %s}\\par\n" % rtf_escape(text))
        else:
            parts.append("%s\\par\n" % rtf_escape(text))
    parts.append("}\n")
    data = "".join(parts)
    data.encode("ascii")  # all non-ASCII must have been escaped
    with open(out_path(doc["path"]), "w", encoding="ascii", newline="\n") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# Vietnamese hard cases
# ---------------------------------------------------------------------------

# Vietnamese tone marks: grave, acute, tilde, hook above, dot below.
VI_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258_form(text):
    """Split every letter into base letter + combining tone mark.

    The base keeps the vowel-quality marks that windows-1258 has precomposed
    (â ê ô ă ơ ư and their capitals); only the five tone marks are written as
    combining characters, which is how Vietnamese is normally stored in 1258.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in VI_TONES]
        if tones:
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in VI_TONES))
            out.append(base + "".join(tones))
        else:
            out.append(ch)
    return "".join(out)


def plain_text(doc):
    return doc["title"] + "\n\n" + doc["body"].strip() + "\n"


def make_cp1258(doc):
    text = plain_text(doc)
    data = to_cp1258_form(text).encode("cp1258")
    # Round trip: decoding and re-composing must give back the source text.
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == unicodedata.normalize("NFC", text)
    with open(out_path(doc["path"]), "wb") as f:
        f.write(data)


def make_nfd(doc):
    data = unicodedata.normalize("NFD", plain_text(doc)).encode("utf-8")
    with open(out_path(doc["path"]), "wb") as f:
        f.write(data)


MAKERS = {"docx": make_docx, "odt": make_odt, "epub": make_epub, "pdf": make_pdf, "rtf": make_rtf}


def check_sources():
    for doc in DOCS + [VI_CP1258, VI_NFD]:
        for key in ("title", "author", "body"):
            if key in doc and unicodedata.normalize("NFC", doc[key]) != doc[key]:
                raise SystemExit("source text of %s (%s) is not NFC" % (doc["path"], key))


def main():
    check_sources()
    written = []
    for doc in DOCS:
        MAKERS[doc["format"]](doc)
        written.append(doc["path"])
    make_cp1258(VI_CP1258)
    written.append(VI_CP1258["path"])
    make_nfd(VI_NFD)
    written.append(VI_NFD["path"])
    for p in written:
        print("wrote sample-data/%s (%d bytes)" % (p, os.path.getsize(os.path.join(ROOT, p))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
