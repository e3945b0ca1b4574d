#!/usr/bin/env python3
"""Regenerate the seacorpus hard-case, bad-input and archive samples.

Usage (from the repository root or anywhere):

    python3 sample-data/tools/make_hard_cases.py

Only the Python 3 standard library is used.  Every output is derived from
the UTF-8 source strings kept in this file, so running the script twice
produces byte-identical files (fixed random seeds, fixed archive
timestamps, no gzip file name or time stamp).

All texts below were written for seacorpus and are released with the
project under the Apache License 2.0.

Outputs (relative to sample-data/):

  hard-cases/thai-windows-874.txt            Thai in windows-874 (cp874)
  hard-cases/thai-windows-874.expected.txt   the same text in UTF-8
  hard-cases/thai-misordered-marks.txt       Thai with typing errors (UTF-8)
  hard-cases/thai-misordered-marks.expected.txt  correctly typed text
  hard-cases/khmer-zwsp.txt                  Khmer, U+200B between words
  hard-cases/burmese-unicode.txt             Burmese, Unicode encoding
  hard-cases/burmese-zawgyi.txt              same text, Zawgyi encoding
  hard-cases/shan-unicode.txt                Shan, Unicode (not Zawgyi!)
  hard-cases/boilerplate-{1,2,3}.html        Thai news pages, shared chrome
  hard-cases/dup-exact-{a,b}.txt             identical Lao article
  hard-cases/dup-near-{a,b}.txt              Khmer article + near copy
  bad/empty.txt, bad/corrupt.pdf, bad/junk.txt, bad/zip-slip.zip
  archives/bundle.zip, archives/bundle.tar.gz
"""

import gzip
import io
import os
import random
import re
import tarfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # sample-data/
HARD = os.path.join(ROOT, "hard-cases")
BAD = os.path.join(ROOT, "bad")
ARCH = os.path.join(ROOT, "archives")

# 2025-01-01 00:00:00 UTC, used for every archive member.
FIXED_EPOCH = 1735689600
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_utf8(path, text):
    assert unicodedata.is_normalized("NFC", text), path
    write_bytes(path, text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 1. Thai in windows-874
# ---------------------------------------------------------------------------

THAI_CP874 = """\
ประกาศจากสหกรณ์ข้าวอินทรีย์บ้านหนองบัว

เรียน สมาชิกและลูกค้าทุกท่าน

ขณะนี้ข้าวหอมมะลิอินทรีย์ฤดูกาลใหม่พร้อมจำหน่ายแล้ว ทางสหกรณ์ขอแจ้งรายละเอียดดังนี้
• ข้าวหอมมะลิอินทรีย์ ถุงละ 1 กิโลกรัม ราคา 85 บาท
• ข้าวกล้องหอมมะลิ ถุงละ 1 กิโลกรัม ราคา 95 บาท
• ลูกค้าต่างประเทศสั่งซื้อขั้นต่ำ 20 กิโลกรัม ราคากิโลกรัมละ 3 € (ไม่รวมค่าขนส่ง)

ผู้ใหญ่บ้านกล่าวว่า “ปีนี้ฝนมาตรงเวลา ข้าวจึงเต็มเมล็ดและหอมกว่าทุกปี” ส่วนป้าสมใจ สมาชิกที่อายุมากที่สุด เล่าว่า ‘ป้าปลูกข้าวมาตั้งแต่อายุสิบขวบ’ และทุกวันนี้ก็ยังลงนาทุกเช้า…

สั่งซื้อได้ที่ที่ทำการสหกรณ์ ทุกวันจันทร์–ศุกร์ เวลา 08.30–16.30 น. — หากสินค้าหมด ทางสหกรณ์จะแจ้งให้ทราบล่วงหน้า

ขอบคุณที่อุดหนุนเกษตรกรไทย
"""


def make_thai_cp874():
    data = THAI_CP874.encode("cp874")
    high = sorted({b for b in data if 0x80 <= b <= 0x9F})
    # … “ ” ‘ ’ • – — € all live in 0x80-0x9F, which TIS-620 does not define.
    assert {0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97} <= set(high), high
    try:
        THAI_CP874.encode("tis_620")
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("text must not be representable in TIS-620")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("cp874 bytes must not be valid UTF-8")
    write_bytes(os.path.join(HARD, "thai-windows-874.txt"), data)
    write_utf8(os.path.join(HARD, "thai-windows-874.expected.txt"), THAI_CP874)


# ---------------------------------------------------------------------------
# 2. Thai typing errors
# ---------------------------------------------------------------------------

THAI_CORRECT = """\
วันเสาร์นี้แม่พาน้องไปตลาดแต่เช้า
แม่ซื้อข้าวสารหนึ่งกระสอบกับผักอีกหลายอย่าง
น้องถามแม่ค้าว่าไข่ไก่ราคากี่บาท แม่ค้าตอบว่าแผงละหนึ่งร้อยสิบบาท
ขากลับฝนตกหนักมาก เราจึงแวะกินก๋วยเตี๋ยวน้ำใสที่ร้านริมทาง
พ่อโทรมาบอกว่าเกษตรกรในหมู่บ้านจะเริ่มดำนาสัปดาห์หน้า
ทุกคนในครอบครัวจะช่วยกันทำงานตั้งแต่เช้าจนค่ำ
แม่บอกว่าปีนี้น้ำดี ข้าวน่าจะงามกว่าปีที่แล้ว
คืนนี้ทุกคนเข้านอนเร็ว เพราะพรุ่งนี้ต้องตื่นตีห้า
"""

MAI_EK, MAI_THO = "\u0e48", "\u0e49"
SARA_I, SARA_II, SARA_UEE = "\u0e34", "\u0e35", "\u0e37"
NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
SARA_E, SARA_AE = "\u0e40", "\u0e41"

# (line index, correct text, damaged text, kind of error)
THAI_ERRORS = [
    (0, "แม่", SARA_E * 2 + "ม่", "two sara e instead of sara ae"),
    (0, "แต่", SARA_E * 2 + "ต่", "two sara e instead of sara ae"),
    (1, "ซื้อ", "ซ" + SARA_UEE + MAI_THO + MAI_THO + "อ", "doubled tone mark"),
    (2, "ไข่ไก่", "ไข" + MAI_EK + MAI_EK + "ไก่", "doubled tone mark"),
    (2, "กี่", "ก" + MAI_EK + SARA_II, "tone mark typed before the above vowel"),
    (3, "น้ำใส", "น" + MAI_THO + NIKHAHIT + SARA_AA + "ใส", "nikhahit + sara aa instead of sara am"),
    (4, "เริ่ม", "เร" + SARA_I + SARA_I + MAI_EK + "ม", "doubled vowel"),
    (4, "ดำนา", "ด" + NIKHAHIT + SARA_AA + "นา", "nikhahit + sara aa instead of sara am"),
    (5, "ตั้ง", "ตั" + MAI_THO + MAI_THO + "ง", "doubled tone mark"),
    (5, "ค่ำ", "ค" + MAI_EK + NIKHAHIT + SARA_AA, "nikhahit + sara aa instead of sara am"),
    (6, "แม่", SARA_E * 2 + "ม่", "two sara e instead of sara ae"),
    (6, "แล้ว", SARA_E * 2 + "ล้ว", "two sara e instead of sara ae"),
    (7, "ตื่น", "ต" + MAI_EK + SARA_UEE + "น", "tone mark typed before the above vowel"),
    (7, "พรุ่งนี้", "พรุ่งน" + SARA_II + SARA_II + MAI_THO, "doubled vowel"),
]


def make_thai_misordered():
    lines = THAI_CORRECT.splitlines()
    damaged = list(lines)
    for idx, good, bad, _kind in THAI_ERRORS:
        assert good in damaged[idx], (idx, good)
        damaged[idx] = damaged[idx].replace(good, bad, 1)
    assert len(damaged) == len(lines)
    for a, b in zip(lines, damaged):
        assert a != b
    write_utf8(os.path.join(HARD, "thai-misordered-marks.expected.txt"), "\n".join(lines) + "\n")
    write_utf8(os.path.join(HARD, "thai-misordered-marks.txt"), "\n".join(damaged) + "\n")


# ---------------------------------------------------------------------------
# 3. Khmer with ZERO WIDTH SPACE between words
#    '|' marks a word boundary (becomes U+200B); ' ' is a phrase space.
# ---------------------------------------------------------------------------

KHMER_ZWSP_SRC = """\
បណ្ណាល័យ|ភូមិ|ទទួល|បាន|សៀវភៅ|ថ្មី

ព្រឹក|នេះ បណ្ណាល័យ|សហគមន៍|នៅ|ភូមិ|ត្រពាំង|ស្វាយ បាន|ទទួល|សៀវភៅ|ថ្មី|ចំនួន|ពីរ|រយ|ក្បាល ពី|ក្រុម|និស្សិត|ស្ម័គ្រចិត្ត។ \
សៀវភៅ|ទាំង|នេះ រួម|មាន|រឿង|និទាន|សម្រាប់|កុមារ សៀវភៅ|វិទ្យាសាស្ត្រ និង|សៀវភៅ|ណែនាំ|អំពី|ការ|ដាំ|ស្រូវ|សម្រាប់|កសិករ។ \
លោក|គ្រូ សុខ ហេង ដែល|ជា|អ្នក|ថែរក្សា|បណ្ណាល័យ បាន|និយាយ|ថា៖ «ក្មេងៗ|ចូលចិត្ត|មក|អាន|សៀវភៅ|នៅ|ពេល|ល្ងាច ក្រោយ|ពេល|ចេញ|ពី|សាលា។ \
ឥឡូវ|នេះ ពួក|គេ|មាន|រឿង|ថ្មីៗ|ជា|ច្រើន|ទៀត|សម្រាប់|អាន»។

បណ្ណាល័យ|បើក|ចាប់|ពី|ម៉ោង|ពីរ|រសៀល|ដល់|ម៉ោង|ប្រាំ|ល្ងាច រៀងរាល់|ថ្ងៃ|ចន្ទ|ដល់|ថ្ងៃ|សៅរ៍។ \
អ្នក|ភូមិ|អាច|ខ្ចី|សៀវភៅ|យក|ទៅ|ផ្ទះ|បាន|រយៈពេល|មួយ|សប្ដាហ៍ ដោយ|មិន|គិត|ថ្លៃ។ \
ក្រុម|និស្សិត|ក៏|បាន|សន្យា|ថា នឹង|ត្រឡប់|មក|វិញ|នៅ|ខែ|ក្រោយ ដើម្បី|បង្រៀន|ក្មេងៗ|ឱ្យ|ចេះ|ប្រើ|កុំព្យូទ័រ|ផង|ដែរ។
"""


def make_khmer_zwsp():
    text = KHMER_ZWSP_SRC.replace("|", "\u200b")
    assert text.count("\u200b") > 80
    write_utf8(os.path.join(HARD, "khmer-zwsp.txt"), text)


# ---------------------------------------------------------------------------
# 4. Burmese: Unicode source and Zawgyi conversion
# ---------------------------------------------------------------------------

BURMESE_UNICODE = """\
ကျေးရွာ စာကြည့်တိုက်သစ်

မန္တလေးတိုင်းဒေသကြီး၊ ကျောက်ဆည်ခရိုင်ရှိ ရွာငယ်လေးတစ်ရွာတွင် ယခုလအတွင်း စာကြည့်တိုက်သစ်တစ်ခု ဖွင့်လှစ်ခဲ့သည်။ \
ရွာသူရွာသားများသည် စပါးရိတ်သိမ်းပြီးချိန်တွင် ငွေကြေးနှင့် လုပ်အားများကို စုပေါင်းလှူဒါန်းကာ အဆောက်အအုံကို ဆောက်လုပ်ခဲ့ကြသည်။ \
စာကြည့်တိုက်တွင် ကလေးပုံပြင်စာအုပ်များ၊ သိပ္ပံစာအုပ်များ၊ ကျန်းမာရေးဆိုင်ရာ လက်ကမ်းစာစောင်များနှင့် အင်္ဂလိပ်စာ လေ့ကျင့်ခန်းစာအုပ်များ ထားရှိသည်။ \
စာအုပ်စင်များနှင့် စားပွဲခုံ ပစ္စည်းများကိုမူ မြို့ပေါ်ရှိ စာပေချစ်သူများက ပေးပို့လှူဒါန်းခဲ့ကြသည်။

"ကျွန်တော်တို့ ငယ်ငယ်တုန်းက စာအုပ်ဖတ်ချင်ရင် မြို့အထိ သွားရတယ်။ အခု ကလေးတွေ ရွာထဲမှာတင် ဖတ်နိုင်ပြီ" ဟု လယ်သမား ကိုအောင်ကျော်က ဝမ်းမြောက်စွာ ပြောသည်။

စာကြည့်တိုက်ကို နေ့စဉ် ညနေ လေးနာရီမှ ရှစ်နာရီအထိ ဖွင့်ထားမည်ဖြစ်ပြီး ဗုဒ္ဓဘာသာ ဥပုသ်နေ့များတွင် ပိတ်မည်ဖြစ်သည်။ \
နောင်တွင် ကွန်ပျူတာနှစ်လုံးနှင့် ဆိုလာပြားများ တပ်ဆင်ရန် စီစဉ်ထားကြောင်း ကော်မတီဝင်များက ဆိုသည်။
"""

# Unicode consonant -> Zawgyi subscript (stacked) form.
ZG_STACKED = {
    "\u1000": "\u1060", "\u1001": "\u1061", "\u1002": "\u1062", "\u1003": "\u1063",
    "\u1005": "\u1065", "\u1006": "\u1066", "\u1007": "\u1068", "\u1008": "\u1069",
    "\u100b": "\u106c", "\u100c": "\u106d", "\u100f": "\u1070",
    "\u1010": "\u1071", "\u1011": "\u1073", "\u1012": "\u1075", "\u1013": "\u1076",
    "\u1014": "\u1077", "\u1015": "\u1078", "\u1016": "\u1079", "\u1017": "\u107a",
    "\u1018": "\u107b", "\u1019": "\u107c", "\u101c": "\u1085",
}

# One Unicode syllable cluster, in Unicode storage order.
UNI_CLUSTER = re.compile(
    "(?P<kinzi>\u1004\u103a\u1039)?"
    "(?P<base>[\u1000-\u102a\u103f\u104e])"
    "(?:\u1039(?P<stack>[\u1000-\u1021]))?"
    "(?P<ya>\u103b)?(?P<ra>\u103c)?(?P<wa>\u103d)?(?P<ha>\u103e)?"
    "(?P<e>\u1031)?"
    "(?P<upper>[\u102d\u102e\u1032]?)"
    "(?P<lower>[\u102f\u1030]?)"
    "(?P<aa>[\u102b\u102c]?)"
    "(?P<anusvara>\u1036)?"
    "(?P<dot>\u1037)?"
    "(?P<asat>\u103a)?"
    "(?P<visarga>\u1038)?"
)


def unicode_to_zawgyi(text):
    out = []
    i = 0
    while i < len(text):
        m = UNI_CLUSTER.match(text, i)
        if not m or m.end() == i:
            ch = text[i]
            assert not ("\u102b" <= ch <= "\u103e"), "stray mark %r at %d" % (ch, i)
            out.append(ch)
            i += 1
            continue
        g = m.groupdict()
        zg = []
        if g["e"]:
            zg.append("\u1031")            # vowel sign E is stored first
        if g["ra"]:
            zg.append("\u103b")            # Zawgyi medial RA, also before the consonant
        zg.append(g["base"])
        upper = g["upper"]
        lower = g["lower"]
        anusvara = g["anusvara"]
        if g["kinzi"]:
            if upper == "\u102d":
                zg.append("\u108b"); upper = ""
            elif upper == "\u102e":
                zg.append("\u108c"); upper = ""
            elif anusvara:
                zg.append("\u108d"); anusvara = None
            else:
                zg.append("\u1064")
        if g["stack"]:
            zg.append(ZG_STACKED[g["stack"]])
        if g["ya"]:
            zg.append("\u103a")            # Zawgyi medial YA
        if g["wa"] and g["ha"]:
            zg.append("\u108a")            # Zawgyi WA+HA ligature
        elif g["wa"]:
            zg.append("\u103c")            # Zawgyi medial WA
        elif g["ha"]:
            if lower == "\u102f":
                zg.append("\u1088"); lower = ""   # HA + U
            elif lower == "\u1030":
                zg.append("\u1089"); lower = ""   # HA + UU
            else:
                zg.append("\u103d")        # Zawgyi medial HA
        zg.append(upper)
        zg.append(lower)
        zg.append(g["aa"])
        if anusvara:
            zg.append(anusvara)
        if g["dot"]:
            zg.append("\u1037")
        if g["asat"]:
            zg.append("\u1039")            # Zawgyi asat
        if g["visarga"]:
            zg.append("\u1038")
        out.append("".join(zg))
        i = m.end()
    return "".join(out)


def make_burmese():
    assert unicodedata.is_normalized("NFC", BURMESE_UNICODE)
    zg = unicode_to_zawgyi(BURMESE_UNICODE)
    assert zg != BURMESE_UNICODE
    write_utf8(os.path.join(HARD, "burmese-unicode.txt"), BURMESE_UNICODE)
    # Zawgyi is a font hack on top of Myanmar code points; the file is still
    # UTF-8, but it is not meaningful (or canonical) Unicode text.
    write_bytes(os.path.join(HARD, "burmese-zawgyi.txt"), zg.encode("utf-8"))


# ---------------------------------------------------------------------------
# 5. Shan (Unicode).  Uses U+1075-U+108A, which Zawgyi reuses for stacked
#    consonants: a naive detector may take it for Zawgyi.
# ---------------------------------------------------------------------------

SHAN_UNICODE = """\
ၾူၼ်တူၵ်းမႃးယဝ်ႉ

ပီၼႆႉ ၾူၼ်တူၵ်းမႃး ဝႆးလိူဝ်ပီၵၢႆ။ ၼမ်ႉ ၼႂ်းႁူၺ်ႈ ၵေႃႈ တဵမ်။ ၵူၼ်းႁဵတ်းၼႃး ၼႂ်းဝၢၼ်ႈႁဝ်း တႄႇႁဵတ်းၵၢၼ်ၼႃး ၸွမ်းၵၼ်။ \
ၵူၼ်းၸၢႆး ထႆၼႃး၊ ၵူၼ်းယိင်း ပူၵ်းၶဝ်ႈ။ လုၵ်ႈဢွၼ်ႇ ၸိူဝ်းဢမ်ႇလႆႈၵႂႃႇ ႁူင်းႁဵၼ်း ၵေႃႈ ၸွႆႈ ပေႃႈမႄႈ ၼႂ်းၼႃး။

ယႃႈ ၵေႃႈ ႁႂ်ႈ ၶဝ်ႈ လႄႈ ၼမ်ႉ ပၼ် ၵူၼ်းႁဵတ်းၼႃး ၵူႈၵေႃႉ။ ၵၢင်ဝၼ်း ႁဝ်း ၵိၼ်ၶဝ်ႈ ၸွမ်းၵၼ် တီႈ ႁိူၼ်းၼႃး။ \
ၵိၼ်ယဝ်ႉ ၵေႃႈ ႁဵတ်းၵၢၼ် ထႅင်ႈ တေႃႇထိုင် ၶမ်ႈ။

ပေႃႈ လၢတ်ႈဝႃႈ “ပေႃး ၾူၼ်တူၵ်း ထုၵ်ႇ ၶၢဝ်းယၢမ်း ၸိူင်ႉၼႆ ပီၼႆႉ ႁဝ်း တေလႆႈၶဝ်ႈ ၼမ်” ၼႆ။ ႁဝ်းၶႃႈ ၵူႈၵေႃႉ ယိၼ်းလီၼႃႇ။
"""


def make_shan():
    assert re.search("[\u1075-\u1081]", SHAN_UNICODE)
    write_utf8(os.path.join(HARD, "shan-unicode.txt"), SHAN_UNICODE)


# ---------------------------------------------------------------------------
# 6. Boilerplate: three Thai news pages with identical header/footer lines
# ---------------------------------------------------------------------------

BP_HEAD = """\
<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{title} | ข่าวท้องถิ่นวันนี้</title>
</head>
<body>
<header>
<div class="logo">ข่าวท้องถิ่นวันนี้</div>
<nav><a href="/">หน้าแรก</a> | <a href="/region/">ข่าวภูมิภาค</a> | <a href="/agri/">เกษตร</a> | <a href="/travel/">ท่องเที่ยว</a> | <a href="/health/">สุขภาพ</a> | <a href="/tech/">เทคโนโลยี</a></nav>
<div class="ticker">อัปเดตล่าสุด: ติดตามข่าวสารจากทุกภูมิภาคได้ตลอด 24 ชั่วโมง</div>
</header>
<main>
<article>
<h1>{title}</h1>
"""

BP_FOOT = """\
</article>
<aside>
<h2>ข่าวยอดนิยม</h2>
<ul><li><a href="/popular/1">ราคาข้าวเปลือกสัปดาห์นี้</a></li><li><a href="/popular/2">พยากรณ์อากาศ 7 วันล่วงหน้า</a></li><li><a href="/popular/3">เทศกาลประจำเดือนทั่วไทย</a></li></ul>
</aside>
</main>
<footer>
<p class="subscribe">สมัครรับจดหมายข่าว รับสรุปข่าวเด่นทุกเช้าทางอีเมล ฟรี</p>
<p class="links"><a href="/about/">เกี่ยวกับเรา</a> | <a href="/ads/">ติดต่อโฆษณา</a> | <a href="/privacy/">นโยบายความเป็นส่วนตัว</a> | <a href="/jobs/">ร่วมงานกับเรา</a></p>
<p class="copyright">© 2025 ข่าวท้องถิ่นวันนี้ สงวนลิขสิทธิ์ ห้ามคัดลอกเนื้อหาโดยไม่ได้รับอนุญาต</p>
</footer>
</body>
</html>
"""

BP_ARTICLES = [
    ("โรงเรียนบนดอยเปิดห้องเรียนคอมพิวเตอร์แห่งแรก", [
        "เชียงราย – โรงเรียนบ้านห้วยทรายซึ่งเป็นโรงเรียนขนาดเล็กบนดอย เปิดห้องเรียนคอมพิวเตอร์แห่งแรกเมื่อวันจันทร์ที่ผ่านมา หลังได้รับบริจาคเครื่องคอมพิวเตอร์มือสองจำนวนยี่สิบเครื่องจากบริษัทเอกชนในจังหวัด",
        "ครูใหญ่เล่าว่า นักเรียนส่วนใหญ่เป็นลูกหลานเกษตรกรที่ไม่เคยใช้คอมพิวเตอร์มาก่อน แต่เรียนรู้ได้เร็วมาก ภายในสัปดาห์แรกเด็ก ๆ ก็สามารถเขียนโปรแกรมสั่งให้ตัวการ์ตูนเดินไปมาบนจอได้แล้ว",
        "ทางโรงเรียนยังวางแผนเปิดสอนผู้ปกครองในวันเสาร์ เพื่อให้ใช้โทรศัพท์ตรวจราคาพืชผลและสภาพอากาศได้ด้วยตนเอง อย่างไรก็ตาม ปัญหาสำคัญคือสัญญาณอินเทอร์เน็ตที่ยังไม่เสถียร โดยเฉพาะในฤดูฝน ซึ่งองค์การบริหารส่วนตำบลรับปากว่าจะเร่งแก้ไขภายในปีนี้",
    ]),
    ("ตลาดน้ำริมคลองคึกคักช่วงวันหยุดยาว", [
        "สมุทรสงคราม – ช่วงวันหยุดยาวที่ผ่านมา ตลาดน้ำริมคลองในอำเภออัมพวามีนักท่องเที่ยวทั้งชาวไทยและชาวต่างชาติมาเที่ยวอย่างคับคั่ง แม่ค้าพายเรือขายก๋วยเตี๋ยวเรือ ขนมไทย และผลไม้ตามฤดูกาล บางร้านขายหมดตั้งแต่หัวค่ำ",
        "ผู้ประกอบการเรือนำเที่ยวชมหิ่งห้อยเผยว่า ยอดจองเรือเพิ่มขึ้นเกือบเท่าตัวเมื่อเทียบกับปีก่อน ขณะที่เทศบาลจัดเจ้าหน้าที่ดูแลความปลอดภัย และขอความร่วมมือนักท่องเที่ยวไม่ทิ้งขยะลงคลอง รวมทั้งลดการใช้ถุงพลาสติก",
        "ชาวบ้านหลายคนหวังว่ารายได้จากการท่องเที่ยวจะช่วยให้คนรุ่นใหม่กลับมาทำงานที่บ้านเกิดมากขึ้น แทนที่จะต้องไปหางานทำในกรุงเทพฯ",
    ]),
    ("อสม. เดินหน้ารณรงค์ป้องกันไข้เลือดออก", [
        "ขอนแก่น – อาสาสมัครสาธารณสุขประจำหมู่บ้าน หรือ อสม. ในตำบลบ้านค้อ ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบล ออกเดินรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายทุกวันศุกร์ตลอดเดือนนี้",
        "เจ้าหน้าที่จะตรวจภาชนะใส่น้ำรอบบ้าน ใส่ทรายกำจัดลูกน้ำในโอ่ง และแนะนำให้ชาวบ้านคว่ำกะลาหรือเก็บยางรถยนต์เก่าที่อาจมีน้ำขัง",
        "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลกล่าวว่า ปีนี้พบผู้ป่วยเด็กเร็วกว่าปกติ จึงขอให้ผู้ปกครองสังเกตอาการไข้สูงลอยเกินสองวัน และรีบพามาพบแพทย์ทันที ไม่ควรซื้อยาแก้ปวดกลุ่มแอสไพรินมากินเอง เพราะอาจทำให้เลือดออกง่ายขึ้น",
    ]),
]


def make_boilerplate():
    for n, (title, paras) in enumerate(BP_ARTICLES, start=1):
        body = "".join("<p>%s</p>\n" % p for p in paras)
        html = BP_HEAD.format(title=title) + body + BP_FOOT
        write_utf8(os.path.join(HARD, "boilerplate-%d.html" % n), html)


# ---------------------------------------------------------------------------
# 7. Duplicates
# ---------------------------------------------------------------------------

LAO_DUP = """\
ນັກຮຽນບ້ານນາຊາຍ ປູກຜັກເພື່ອອາຫານທ່ຽງ

ນັກຮຽນໂຮງຮຽນປະຖົມບ້ານນາຊາຍ ເມືອງໄຊທານີ ນະຄອນຫຼວງວຽງຈັນ ໄດ້ຮ່ວມກັນປູກຜັກຢູ່ສວນຫຼັງໂຮງຮຽນ ເພື່ອນຳມາປຸງແຕ່ງເປັນອາຫານທ່ຽງໃຫ້ນັກຮຽນທຸກຄົນ. \
ໃນສວນມີທັງຜັກກາດ, ຜັກບົ້ງ, ໝາກເລັ່ນ ແລະ ໝາກຖົ່ວ ເຊິ່ງນັກຮຽນແຕ່ລະຫ້ອງຜັດປ່ຽນກັນມາຫົດນ້ຳໃນຕອນເຊົ້າ ແລະ ຕອນແລງ.

ຄູອາຈານກ່າວວ່າ ໂຄງການນີ້ຊ່ວຍໃຫ້ເດັກນ້ອຍໄດ້ກິນອາຫານທີ່ມີຄຸນຄ່າ ແລະ ໄດ້ຮຽນຮູ້ວິທີເຮັດສວນຈາກການປະຕິບັດຕົວຈິງ. \
ພໍ່ແມ່ຂອງນັກຮຽນຫຼາຍຄົນເປັນກະສິກອນ, ພວກເຂົາຈຶ່ງມາຊ່ວຍສອນວິທີເຮັດຝຸ່ນບົ່ມຈາກໃບໄມ້ ແລະ ເສດອາຫານ ແທນການໃຊ້ຝຸ່ນເຄມີ.

ນອກຈາກນັ້ນ, ຜັກທີ່ເຫຼືອຈາກການເຮັດອາຫານທ່ຽງ ຍັງຖືກນຳໄປຂາຍຢູ່ຕະຫຼາດບ້ານ ແລະ ເງິນທີ່ໄດ້ມາ ໂຮງຮຽນຈະນຳໄປຊື້ປຶ້ມ ແລະ ອຸປະກອນການຮຽນ. \
ປີໜ້າ, ໂຮງຮຽນມີແຜນຈະລ້ຽງໄກ່ ແລະ ຂຸດໜອງລ້ຽງປາຕື່ມອີກ.
"""

KHMER_NEAR_TITLE = "កសិករដាំម្រេចនៅខេត្តកំពតរំពឹងថានឹងបានផលល្អ"
KHMER_NEAR_SENTENCES = [
    "កសិករដាំម្រេចនៅស្រុកទឹកឈូ ខេត្តកំពត កំពុងរវល់បេះផ្លែម្រេចទុំ ដែលជាផលដំបូងនៃរដូវប្រមូលផលឆ្នាំនេះ។",
    "បើតាមសហគមន៍ម្រេចកំពត ទិន្នផលឆ្នាំនេះរំពឹងថានឹងកើនឡើងប្រមាណ ១៥ ភាគរយ ដោយសារភ្លៀងធ្លាក់ទៀងទាត់ពេញមួយរដូវវស្សា។",
    "ម្រេចកំពតត្រូវបានគេស្គាល់ទូទាំងពិភពលោក ដោយសាររសជាតិហឹរស្រាល និងក្លិនក្រអូបពិសេស។",
    "កសិករម្នាក់ឈ្មោះ ម៉ៅ សុភ័ក្ត្រ បាននិយាយថា គ្រួសាររបស់គាត់ដាំម្រេចតាំងពីជំនាន់ជីតា ហើយនៅតែប្រើជីធម្មជាតិ ដូចជាលាមកគោ និងសំណល់ដំណាំ។",
    "គាត់បន្ថែមថា ម្រេចក្រហមមានតម្លៃខ្ពស់ជាងម្រេចខ្មៅ ប៉ុន្តែត្រូវការកម្លាំងពលកម្មច្រើន ព្រោះត្រូវបេះតែផ្លែដែលទុំល្អប៉ុណ្ណោះ។",
    "ក្រៅពីលក់ក្នុងស្រុក ម្រេចមួយចំណែកធំត្រូវបាននាំចេញទៅកាន់ទីផ្សារអឺរ៉ុប និងជប៉ុន។",
    "សហគមន៍គ្រោងបើកហាងលក់ម្រេច និងកន្លែងស្វាគមន៍ភ្ញៀវទេសចរនៅចំការ ដើម្បីឱ្យភ្ញៀវអាចមើលដំណើរការដាំ និងសម្ងួតម្រេចដោយផ្ទាល់។",
]
# Near copy: sentence 2 (index 1) is reworded, sentence 6 (index 5) is dropped.
KHMER_NEAR_CHANGED = (1, "បើតាមសហគមន៍ម្រេចកំពត ទិន្នផលឆ្នាំនេះរំពឹងថានឹងកើនឡើងប្រមាណ ១០ ភាគរយ ទោះបីជាមានរាំងស្ងួតខ្លីមួយនៅដើមរដូវក៏ដោយ។")
KHMER_NEAR_DROPPED = 5


def khmer_article(sentences):
    return KHMER_NEAR_TITLE + "\n\n" + " ".join(sentences[:3]) + "\n\n" + " ".join(sentences[3:]) + "\n"


def make_duplicates():
    a = LAO_DUP.encode("utf-8")
    write_utf8(os.path.join(HARD, "dup-exact-a.txt"), LAO_DUP)
    write_utf8(os.path.join(HARD, "dup-exact-b.txt"), LAO_DUP)
    with open(os.path.join(HARD, "dup-exact-b.txt"), "rb") as f:
        assert f.read() == a

    near_a = khmer_article(KHMER_NEAR_SENTENCES)
    b_sents = list(KHMER_NEAR_SENTENCES)
    idx, new = KHMER_NEAR_CHANGED
    b_sents[idx] = new
    del b_sents[KHMER_NEAR_DROPPED]
    near_b = khmer_article(b_sents)
    assert near_a != near_b
    write_utf8(os.path.join(HARD, "dup-near-a.txt"), near_a)
    write_utf8(os.path.join(HARD, "dup-near-b.txt"), near_b)


# ---------------------------------------------------------------------------
# 8. Bad inputs
# ---------------------------------------------------------------------------

def make_bad():
    write_bytes(os.path.join(BAD, "empty.txt"), b"")

    rng = random.Random(874)
    head = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length 2048 /Filter /FlateDecode >>\nstream\n")
    # Garbage instead of a deflate stream, then the file simply stops:
    # no endstream, no xref table, no trailer, no %%EOF.
    write_bytes(os.path.join(BAD, "corrupt.pdf"), head + rng.randbytes(600))

    rng = random.Random(20250101)
    junk = bytearray(rng.randbytes(4096))
    for i in range(0, len(junk), 61):
        junk[i] = 0
    junk = bytes(junk)
    try:
        junk.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("junk must not be valid UTF-8")
    write_bytes(os.path.join(BAD, "junk.txt"), junk)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("../../escaped.txt", date_time=FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, "If you can read this outside the import directory, the archive reader is vulnerable to zip slip.\n")
    write_bytes(os.path.join(BAD, "zip-slip.zip"), buf.getvalue())
    with zipfile.ZipFile(os.path.join(BAD, "zip-slip.zip")) as z:
        assert z.namelist() == ["../../escaped.txt"], z.namelist()


# ---------------------------------------------------------------------------
# 9. Good archives
# ---------------------------------------------------------------------------

ARCH_TH_TXT = """\
ธนาคารข้าวชุมชนบ้านดอนแก้ว

ธนาคารข้าวของชุมชนบ้านดอนแก้วเปิดให้สมาชิกยืมข้าวเปลือกไปใช้ในช่วงที่ขาดแคลน โดยไม่ต้องเสียดอกเบี้ยเป็นเงิน แต่ให้นำข้าวมาคืนพร้อมส่วนเพิ่มเล็กน้อยหลังฤดูเก็บเกี่ยว ปีนี้มีสมาชิกหกสิบสองครัวเรือน

คณะกรรมการประชุมกันทุกเดือนเพื่อตรวจสอบปริมาณข้าวในยุ้งฉาง และบันทึกการยืมคืนลงสมุดอย่างโปร่งใส ผู้เฒ่าผู้แก่ในหมู่บ้านเล่าว่า ธนาคารข้าวช่วยให้ไม่มีครอบครัวใดต้องอดอยาก แม้ในปีที่ฝนแล้งและเกษตรกรเก็บเกี่ยวได้น้อย
"""

ARCH_TA_MD = """\
# கோலம் போடுவது எப்படி?

அதிகாலையில் வீட்டு வாசலைக் கூட்டிச் சுத்தம் செய்து, தண்ணீர் தெளித்த பிறகு கோலம் போடுவது தமிழர் வழக்கம்.

## தேவையானவை

- அரிசி மாவு அல்லது கோலப் பொடி
- வண்ணப் பொடிகள் (விருப்பப்பட்டால்)

## படிகள்

1. தரையில் சம இடைவெளியில் புள்ளிகளை வைக்கவும்; தொடக்கத்தில் ஐந்துக்கு ஐந்து புள்ளிகள் போதும்.
2. கட்டைவிரலுக்கும் ஆள்காட்டி விரலுக்கும் இடையில் மாவைப் பிடித்து, மெல்லிய கோடாக விழுமாறு விடவும்.
3. புள்ளிகளைச் சுற்றி வளைவான கோடுகளை இழுத்து வடிவத்தை முடிக்கவும்.
4. விரும்பினால் இடைவெளிகளில் வண்ணப் பொடிகளைத் தூவவும்.

அரிசி மாவில் போடப்படும் கோலம் எறும்புகளுக்கும் சிறு பறவைகளுக்கும் உணவாகிறது என்பது பெரியவர்களின் நம்பிக்கை.
"""

ARCH_ZH_HTML = """\
<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>社區圖書館週末開放時間調整公告</title>
</head>
<body>
<nav><a href="/">首頁</a> | <a href="/news/">最新消息</a> | <a href="/services/">服務項目</a></nav>
<h1>社區圖書館週末開放時間調整公告</h1>
<p>本館自下個月起調整週末開放時間：星期六上午九點至下午六點，星期日上午十點至下午五點。每月第一個星期日下午另有親子說故事活動，歡迎家長帶孩子一同參加。</p>
<p>因應讀者需求，二樓自修室將增設二十個座位及充電插座。借閱期限維持三週，每人最多可借十本書。</p>
<p>如有任何問題，請洽一樓服務台。感謝您的支持與配合。</p>
<footer><p>© 2025 社區圖書館</p></footer>
</body>
</html>
"""

ARCH_LO_TXT = """\
ຕະຫຼາດເຊົ້າວັນອາທິດ

ທຸກໆເຊົ້າວັນອາທິດ, ຊາວບ້ານຈາກບ້ານໃກ້ຄຽງຈະນຳເອົາຜັກ, ໝາກໄມ້ ແລະ ປາສົດ ມາຂາຍຢູ່ລານວັດກາງບ້ານ. \
ຕະຫຼາດເລີ່ມແຕ່ຫົກໂມງເຊົ້າ ແລະ ເລີກປະມານສິບໂມງ. ແມ່ຄ້າສ່ວນຫຼາຍແມ່ນກະສິກອນທີ່ປູກຜັກເອງ ຈຶ່ງຂາຍໃນລາຄາບໍ່ແພງ.

ນອກຈາກນີ້ ຍັງມີເຂົ້າຈີ່, ເຂົ້າປຽກເສັ້ນ ແລະ ກາເຟລາວຮ້ອນໆ ໃຫ້ຜູ້ມາຈ່າຍຕະຫຼາດໄດ້ກິນເປັນອາຫານເຊົ້າ. \
ເດັກນ້ອຍຫຼາຍຄົນມາຊ່ວຍພໍ່ແມ່ຂາຍເຄື່ອງ ແລະ ຮຽນຮູ້ການນັບເງິນທອນໄປນຳ.
"""

ARCH_MY_TXT = """\
မုန့်ဟင်းခါး

မုန့်ဟင်းခါးသည် မြန်မာလူမျိုးများ နံနက်စာအဖြစ် အကြိုက်ဆုံး စားလေ့ရှိသော အစားအစာ ဖြစ်သည်။ \
ငါးကို ငှက်ပျောအူ၊ ကြက်သွန်နီ၊ ချင်း၊ စပါးလင်တို့နှင့်အတူ ပြုတ်ပြီး ဆန်မှုန့်လှော်ဖြင့် ဟင်းရည်ကို ပျစ်အောင် ပြုလုပ်သည်။

မုန့်ဖတ်ကို ပန်းကန်ထဲထည့်ကာ ဟင်းရည်ပူပူ လောင်းပြီး ပဲကြော်၊ ဘဲဥပြုတ်၊ နံနံပင်နှင့် သံပုရာသီးညှစ်၍ စားကြသည်။ \
ရန်ကုန်မြို့ရှိ လမ်းဘေးဆိုင်များတွင် မနက်ခြောက်နာရီကတည်းက ဝယ်သူများ တန်းစီနေတတ်သည်။
"""


def make_archives():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [
            ("th/rice-bank.txt", ARCH_TH_TXT),
            ("ta/howto-kolam.md", ARCH_TA_MD),
            ("zh/library-notice-traditional.html", ARCH_ZH_HTML),
        ]:
            assert unicodedata.is_normalized("NFC", text)
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.flag_bits |= 0x800  # names are UTF-8 (they are ASCII anyway)
            z.writestr(info, text.encode("utf-8"))
    write_bytes(os.path.join(ARCH, "bundle.zip"), buf.getvalue())

    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, text in [
            ("lo/morning-market.txt", ARCH_LO_TXT),
            ("my/mohinga.txt", ARCH_MY_TXT),
        ]:
            assert unicodedata.is_normalized("NFC", text)
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = FIXED_EPOCH
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            t.addfile(info, io.BytesIO(data))
    gz = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=gz, compresslevel=9, mtime=0) as g:
        g.write(tbuf.getvalue())
    write_bytes(os.path.join(ARCH, "bundle.tar.gz"), gz.getvalue())


def main():
    make_thai_cp874()
    make_thai_misordered()
    make_khmer_zwsp()
    make_burmese()
    make_shan()
    make_boilerplate()
    make_duplicates()
    make_bad()
    make_archives()
    print("sample-data hard cases, bad inputs and archives regenerated under", ROOT)


if __name__ == "__main__":
    main()
