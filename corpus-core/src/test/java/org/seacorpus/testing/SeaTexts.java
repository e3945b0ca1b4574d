package org.seacorpus.testing;

/** Short texts in the languages of the region, written for these tests. */
public final class SeaTexts {
    private SeaTexts() {
    }

    public static final String THAI_RICE = "ชาวนาในภาคอีสานปลูกข้าวหอมมะลิ ข้าวหอมมะลิมีกลิ่นหอมและราคาดี "
            + "ปีนี้ฝนตกน้อย ชาวนาจึงกังวลเรื่องน้ำ";
    public static final String THAI_MARKET = "แม่ค้าขายข้าวเหนียวมะม่วงที่ตลาดเช้า นักท่องเที่ยวชอบกินข้าวเหนียวมะม่วงมาก";
    public static final String THAI_PRICE = "รัฐบาลประกาศราคาข้าวใหม่ ชาวนาหลายคนพอใจ แต่บางคนยังกังวลเรื่องหนี้สิน";

    public static final String BURMESE_PADDY = "လယ်သမားများသည် မိုးရာသီတွင် စပါးစိုက်ကြသည်။ "
            + "ဒီနှစ် မိုးနည်းသောကြောင့် စပါးအထွက်နည်းသည်။";
    public static final String BURMESE_MARKET = "ရန်ကုန်မြို့ရှိ ဈေးတွင် ဆန်ဈေးတက်နေသည်။ "
            + "အိမ်ထောင်စုများသည် ဆန်ကို ပိုဝယ်ကြသည်။";

    public static final String KHMER_FARMERS = "កសិករនៅខេត្តបាត់ដំបងដាំស្រូវច្រើនជាងមុន។ "
            + "ឆ្នាំនេះភ្លៀងធ្លាក់ល្អ ហើយកសិករសប្បាយចិត្ត។";
    public static final String KHMER_MARKET = "តម្លៃអង្ករនៅផ្សារថ្ងៃនេះឡើងខ្ពស់ ប្រជាជនទិញអង្ករតិចជាងមុន។";

    public static final String LAO_STICKY_RICE = "ຊາວນາໃນແຂວງສະຫວັນນະເຂດປູກເຂົ້າໜຽວ "
            + "ເຂົ້າໜຽວແມ່ນອາຫານຫຼັກຂອງຄົນລາວ";

    public static final String VIETNAMESE_RICE = "Nông dân ở đồng bằng sông Cửu Long trồng lúa quanh năm. "
            + "Giá lúa năm nay tăng nên nông dân rất vui.";

    public static final String INDONESIAN_RICE = "Petani di Jawa Tengah mulai menanam padi setelah hujan turun. "
            + "Harga padi naik, jadi petani senang.";
}
