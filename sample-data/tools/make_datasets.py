#!/usr/bin/env python3
"""Generate the dataset samples in sample-data/datasets/ (deterministic).

All sentences, paragraphs and question/answer pairs below were written for the
seacorpus project and are licensed CC BY 4.0.

Usage (from anywhere):
    python3 sample-data/tools/make_datasets.py

Writes:
    datasets/sentences.jsonl       63 records, UTF-8, one JSON object per line (LF)
    datasets/sentences.jsonl.gz    same bytes, gzip (mtime 0, no file name, level 9)
    datasets/sentences.jsonl.zst   same bytes, zstd level 19 (zstd CLI, or Python's
                                   compression.zstd where available)
    datasets/qa.csv                RFC 4180 CSV, header question,answer,topic,lang;
                                   fields with commas, quotes and newlines are quoted
    datasets/broken.jsonl          6 lines: 1, 2, 4 and 6 are good records; line 3
                                   is valid JSON with an empty "text"; line 5 is
                                   malformed JSON (unterminated string)

Needs only the standard library, plus the 'zstd' command line tool on Python
versions without compression.zstd (Debian: apt-get install zstd).
"""

import csv
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # sample-data/
OUT = os.path.join(ROOT, "datasets")

LICENSE = "Apache-2.0"
SOURCE = "seacorpus-sample/original"

SENTENCES = {
    "vi": [
        "Sáng nay trời mưa nhẹ, nhưng chợ quê vẫn đông người mua bán.",
        "Hợp tác xã vừa mua thêm hai máy gặt đập liên hợp để kịp thu hoạch trước mùa lũ.",
        "Em gái tôi đang học năm cuối ngành công nghệ thông tin ở Đà Nẵng.",
        "Muốn phở ngon, nước dùng phải được ninh từ xương bò ít nhất sáu tiếng.",
        "Bệnh viện huyện sẽ khám mắt miễn phí cho người cao tuổi vào cuối tháng này.",
        "Du khách có thể thuê xe đạp để dạo quanh phố cổ Hội An vào buổi tối.",
        "Những chiếc thuyền đánh cá trở về bến khi mặt trời vừa ló rạng. Khoang thuyền đầy cá thu, cá nục và mực. "
        "Các bà, các chị đã chờ sẵn trên bờ để phân loại cá rồi mang ra chợ.",
    ],
    "id": [
        "Kereta api pagi dari Bandung tiba di Jakarta tepat pukul sembilan.",
        "Ibu-ibu di kampung kami membentuk bank sampah untuk mengumpulkan botol plastik bekas.",
        "Harga bawang merah di pasar tradisional naik hampir dua kali lipat menjelang Lebaran.",
        "Mahasiswa itu sedang menyusun skripsi tentang pengenalan suara untuk bahasa daerah.",
        "Jangan lupa membawa payung karena sore ini diperkirakan turun hujan deras.",
        "Nelayan di pesisir utara Jawa mulai memasang rumpon untuk menarik kawanan ikan.",
        "Setiap Sabtu pagi, warga kompleks bergotong royong membersihkan selokan. Ketua RT membagikan teh manis "
        "dan gorengan kepada yang ikut bekerja. Sejak kegiatan itu rutin dilakukan, jalan di depan rumah kami "
        "tidak pernah lagi tergenang saat hujan.",
    ],
    "ms": [
        "Kerajaan negeri akan menyediakan bas percuma untuk pelajar sekolah di kawasan luar bandar.",
        "Kereta saya rosak di lebuh raya, jadi saya terpaksa menunggu kereta tunda selama sejam.",
        "Sila hantar borang permohonan ke pejabat daerah sebelum 15 Januari.",
        "Emak membeli ikan kembung dan sayur kangkung di pasar tani pagi tadi.",
        "Ramai pelancong asing datang ke Melaka untuk melihat bangunan bersejarah dan merasai masakan Nyonya.",
        "Klinik kesihatan itu dibuka sehingga pukul sepuluh malam pada hari bekerja.",
        "Wang simpanan anak-anak dimasukkan ke dalam akaun bank setiap hujung bulan. Ayah mahu mereka belajar "
        "berjimat sejak kecil. Apabila sudah cukup, wang itu akan digunakan untuk membeli basikal baharu.",
    ],
    "fil": [
        "Maagang gumising si Lola para magluto ng sinangag at tuyo para sa almusal.",
        "Sinuspinde ang klase sa ilang bayan dahil sa malakas na ulan at pagbaha.",
        "Nagtanim ang mga magsasaka ng palay na mas matibay sa tagtuyot ngayong taon.",
        "Pakibuksan mo nga ang bintana, ang init kasi rito sa loob.",
        "Libre ang bakuna kontra tigdas sa lahat ng health center sa lungsod.",
        "Sumakay kami ng dyip papuntang palengke at bumili ng sariwang isda.",
        "Gumagawa ang mga estudyante ng proyekto tungkol sa paggamit ng artificial intelligence sa pagsasalin. "
        "Nangongolekta sila ng mga pangungusap sa Tagalog, Bisaya at Ilokano. Ipapakita nila ang kanilang gawa "
        "sa science fair sa susunod na buwan.",
    ],
    "jv": [
        "Esuk iki simbah tindak menyang pasar nitih andhong.",
        "Bocah-bocah padha dolanan layangan ing sawah sawise panen.",
        "Aku arep sinau basa Inggris ing kursus sore saben dina Senin lan Kemis.",
        "Sugeng rawuh ing desa kula, mugi-mugi panjenengan remen wonten mriki.",
        "Pak tani lagi ngluku sawah nganggo traktor tangan.",
        "Yen awakmu lagi lara, aja lali ngombe obat lan ngaso sing cukup.",
        "Gudheg Yogya rasane legi amarga dimasak suwe nganggo gula jawa lan santen. Biasane gudheg dipangan "
        "karo krecek, endhog pindhang lan opor ayam. Akeh wisatawan sing tuku gudheg kendhil kanggo oleh-oleh.",
    ],
    "su": [
        "Isuk-isuk kénéh indung kuring geus ka pasar meuli sayuran.",
        "Barudak sakola diajarkeun cara ngumbah leungeun anu bener.",
        "Hawa di Lembang tiis pisan lamun wanci subuh.",
        "Patani di désa kami melak paré dua kali dina sataun.",
        "Punten, upami badé ka alun-alun kedah naék angkot nu mana?",
        "Sanggeus hujan, jalan ka kebon téh leueur pisan.",
        "Nini kuring resep ngadongéng ngeunaan sasakala Gunung Tangkuban Parahu. Unggal peuting saméméh saré, "
        "kuring jeung adi ngadéngékeun caritana. Najan geus sababaraha kali ngadéngé, kami tara bosen.",
    ],
    "ceb": [
        "Moadto mi sa merkado ugma sa buntag aron mopalit og isda ug utanon.",
        "Ang mga mag-uuma sa Bukidnon nag-ani na sa ilang mais.",
        "Palihug, asa man ang sakyanan paingon sa pantalan?",
        "Init kaayo karong adlawa, busa ayaw kalimti ang pag-inom og tubig.",
        "Ang akong igsoon nagtuon og nursing sa usa ka unibersidad sa Sugbo.",
        "Libre ang pagpasusi sa presyon sa dugo sa health center matag Miyerkoles.",
        "Daghang turista ang nangadto sa Moalboal aron makakita sa mga pawikan ug sardinas. Mosakay sila og "
        "bangka sa buntag ug molangoy duol sa baybayon. Gitambagan sila sa mga giya nga dili hikapon ang mga bahura.",
    ],
    "tet": [
        "Ohin dadeer ha'u-nia inan ba merkadu atu sosa modo no ikan.",
        "Agrikultór sira iha Maliana komesa kuda hare wainhira udan tun.",
        "Labarik sira tenke fase liman ho sabaun molok han.",
        "Turista barak gosta hatuur iha tasi-ibun Areia Branca iha lokraik.",
        "Ha'u-nia maun serbisu nu'udar enfermeiru iha sentru saúde Ermera.",
        "Deskulpa, bemo ba Becora hein iha ne'ebé?",
        "Ami hakarak aprende lian Inglés no Portugés atu hetan serbisu di'ak. Kada kalan ami estuda hamutuk "
        "iha salaun paróquia nian. Profesór voluntáriu ida hanorin ami ho pasiénsia tebes.",
    ],
    "en": [
        "The ferry to Bohol was delayed by an hour because of strong winds.",
        "Our village co-operative sells its coffee directly to a roaster in Singapore.",
        "Please bring your identity card when you register for the evening course.",
        "The night market in Luang Prabang sells handwoven scarves, grilled fish and sticky rice.",
        "Community health volunteers visited every household to check for mosquito breeding sites.",
        "Researchers are recording short stories told by elderly speakers to build a Khmer speech dataset.",
        "After the harvest, farmers in the Mekong Delta let brackish water into their fields to raise shrimp "
        "during the dry season. When the rains return, the salt is washed out and rice is planted again. "
        "The rotation has helped many families earn more from the same land.",
    ],
}

# (question, answer, topic, lang)
QA = [
    ("How long should I wash my hands?",
     "At least 20 seconds, with soap and running water. Scrub the backs of your hands, "
     "between your fingers and under your nails.",
     "health", "en"),
    ("What do I need to register for the evening course?",
     "Bring:\n- your identity card\n- two passport-size photos\n- the course fee, if you are not a resident\n"
     "At the counter, say \"evening class\" and you will be given a form.",
     "education", "en"),
    ("When should rice seedlings be transplanted?",
     "Usually 15 to 25 days after sowing, when the seedlings have four or five leaves.",
     "agriculture", "en"),
    ("What must a small fishing boat carry before going to sea?",
     "A valid licence, a list of the crew, and a life jacket for everyone on board.",
     "fisheries", "en"),
    ("Kapan waktu yang tepat untuk memupuk padi?",
     "Biasanya tiga kali: saat tanam, sekitar umur 21 hari, dan sekitar umur 40 hari setelah tanam.",
     "pertanian", "id"),
    ("Apa saja gejala demam berdarah?",
     "Demam tinggi mendadak, nyeri otot dan sendi, sakit kepala, serta bintik merah di kulit.\n"
     "Segera periksa ke puskesmas jika demam tidak turun setelah dua hari.",
     "kesehatan", "id"),
    ("Berapa lama perjalanan bus dari Jakarta ke Bandung?",
     "Sekitar tiga jam lewat jalan tol, tergantung kepadatan lalu lintas.",
     "transportasi", "id"),
    ("Di manakah saya boleh membuat pemeriksaan kesihatan percuma?",
     "Di klinik kesihatan kerajaan yang berdekatan. Bawa kad pengenalan, dan datang sebelum pukul 10 pagi.",
     "kesihatan", "ms"),
    ("Apakah bahan utama nasi lemak?",
     "Beras, santan, daun pandan dan sedikit garam.\n"
     "Lauknya biasanya sambal, ikan bilis, kacang, telur rebus dan timun.",
     "makanan", "ms"),
    ("Bilakah musim tengkujuh di pantai timur?",
     "Biasanya dari bulan November hingga Mac, apabila angin monsun timur laut membawa hujan lebat.",
     "cuaca", "ms"),
    ("Làm sao để giữ rau tươi lâu?",
     "Nhặt bỏ lá úa, không rửa trước khi cất, bọc rau bằng khăn giấy khô, rồi cho vào ngăn mát tủ lạnh.",
     "đời sống", "vi"),
    ("Ai được học lớp tin học miễn phí của phường?",
     "Người từ 55 tuổi trở lên, sống trong phường, có căn cước công dân.",
     "giáo dục", "vi"),
    ("Triệu chứng của sốt xuất huyết là gì?",
     "Sốt cao đột ngột, đau đầu, đau mỏi cơ,\nchảy máu cam hoặc nổi chấm đỏ dưới da.",
     "y tế", "vi"),
    ("Paano magsaing ng kanin sa kaldero?",
     "Hugasan ang bigas, lagyan ng tubig na isang guhit ng daliri ang taas mula sa bigas, at pakuluan. "
     "Hinaan ang apoy kapag natuyo na ang ibabaw.",
     "pagkain", "fil"),
    ("Saan maaaring magpabakuna ang mga bata?",
     "Sa pinakamalapit na health center o barangay health station, tuwing Miyerkoles.",
     "kalusugan", "fil"),
    ("Unsaon pagtipig og isda aron dili dayon madunot?",
     "Limpyohi, butangi og asin, ug ibutang sa yelo o sa freezer.\n"
     "Kung walay yelo, mahimo kining ibulad sa adlaw aron mahimong buwad.",
     "pangisda", "ceb"),
    ("Kanus-a ang maayong panahon sa pagtanom og mais?",
     "Sa sinugdanan sa ting-ulan, kung basa na ang yuta, apan dili pa kaayo lapokon.",
     "agrikultura", "ceb"),
    ("Oinsá atu prepara fini hare molok kuda?",
     "Hili fini ne'ebé di'ak, tau iha bee durante loron ida, no depois kuda iha viveiru molok muda ba natar.",
     "agrikultura", "tet"),
    ("Piye carane nyimpen beras supaya ora gampang apek?",
     "Beras dilebokake ing wadhah sing ditutup rapet, diwenehi godhong salam, "
     "lan disimpen ing panggonan sing garing.",
     "panganan", "jv"),
    ("Kumaha carana nyieun kopi tubruk?",
     "Asupkeun dua séndok kopi bubuk jeung gula kana gelas, tuluy seduh ku cai anu keur ngagolak. "
     "Antep heula sakeudeung nepi ka ampasna ka handap.",
     "kadaharan", "su"),
]

# broken.jsonl: lines as written, deliberately including one empty text and one malformed line.
BROKEN_LINES = [
    {"id": "broken-001", "text": "Selamat pagi, apa kabar hari ini?", "lang_hint": "id"},
    {"id": "broken-002", "text": "Saya hendak ke pejabat pos untuk menghantar bungkusan.", "lang_hint": "ms"},
    {"id": "broken-003", "text": "", "lang_hint": "vi"},
    {"id": "broken-004", "text": "Maayong buntag sa tanan!", "lang_hint": "ceb"},
    # line 5: malformed on purpose (unterminated string, missing closing brace)
    '{"id": "broken-005", "text": "Bondia, oinsá imi nia', 
    {"id": "broken-006", "text": "The bus leaves from platform four at nine fifteen.", "lang_hint": "en"},
]


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def zstd_compress(raw):
    try:
        from compression import zstd  # Python 3.14+
        return zstd.compress(raw, level=19)
    except ImportError:
        pass
    exe = shutil.which("zstd")
    if not exe:
        sys.exit("make_datasets.py: the 'zstd' tool is needed for sentences.jsonl.zst "
                 "(Debian/Ubuntu: apt-get install -y zstd)")
    # Reading stdin and writing stdout keeps file names and times out of the output.
    return subprocess.run([exe, "-19", "-q", "-c", "-"], input=raw, stdout=subprocess.PIPE,
                          check=True).stdout


def main():
    os.makedirs(OUT, exist_ok=True)

    # sentences.jsonl
    lines = []
    for lang, items in SENTENCES.items():
        for i, text in enumerate(items, 1):
            assert unicodedata.normalize("NFC", text) == text, text
            lines.append(dumps({"id": "%s-%03d" % (lang, i), "text": text, "lang_hint": lang,
                                "source": SOURCE, "license": LICENSE}))
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    write_bytes("sentences.jsonl", raw)

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    write_bytes("sentences.jsonl.gz", buf.getvalue())
    write_bytes("sentences.jsonl.zst", zstd_compress(raw))

    # qa.csv
    sio = io.StringIO(newline="")
    w = csv.writer(sio, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["question", "answer", "topic", "lang"])
    for row in QA:
        assert all(unicodedata.normalize("NFC", c) == c for c in row), row
        w.writerow(row)
    write_bytes("qa.csv", sio.getvalue().encode("utf-8"))

    # broken.jsonl
    out = []
    for item in BROKEN_LINES:
        if isinstance(item, str):
            out.append(item)
        else:
            rec = dict(item, source=SOURCE, license=LICENSE)
            out.append(dumps(rec))
    write_bytes("broken.jsonl", ("\n".join(out) + "\n").encode("utf-8"))

    for name in ("sentences.jsonl", "sentences.jsonl.gz", "sentences.jsonl.zst", "qa.csv", "broken.jsonl"):
        print("wrote sample-data/datasets/%s (%d bytes)" % (name, os.path.getsize(os.path.join(OUT, name))))
    print("%d sentence records, %d QA rows" % (len(lines), len(QA)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
