package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class LanguageIdentifierTest {
    private final LanguageIdentifier langid = LanguageIdentifier.builtIn();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "th  | Thai | แม่ของฉันไปตลาดทุกเช้าเพื่อซื้อผักสด",
        "lo  | Laoo | ແມ່ຂອງຂ້ອຍໄປຕະຫຼາດທຸກເຊົ້າ",
        "km  | Khmr | ម្តាយខ្ញុំទៅផ្សាររាល់ព្រឹក",
        "my  | Mymr | အမေ နေ့တိုင်း ဈေးသွားတယ်။",
        "shn | Mymr | မႄႈၵဝ် ၵႂႃႇၵၢတ်ႇ ၵူႈဝၼ်း။",
        "ta  | Taml | என் அம்மா தினமும் சந்தைக்குப் போகிறார்.",
        "zh  | Hans | 我妈妈每天早上去市场买菜。",
        "zh  | Hant | 我媽媽每天早上去市場買菜。",
        "vi  | Latn | Mẹ tôi đi chợ mỗi sáng để mua rau.",
        "id  | Latn | Ibu saya pergi ke pasar setiap pagi karena mau beli sayur.",
        "ms  | Latn | Emak saya pergi ke pasar setiap pagi kerana nak beli sayur.",
        "fil | Latn | Pumupunta ang nanay ko sa palengke tuwing umaga para bumili ng gulay.",
        "ceb | Latn | Moadto ang akong inahan sa merkado matag buntag aron mopalit og utanon.",
        "jv  | Latn | Ibuku saben esuk lunga menyang pasar kanggo tuku sayuran.",
        "su  | Latn | Indung kuring unggal isuk indit ka pasar rék meuli sayuran.",
        "tet | Latn | Ha'u-nia inan bá merkadu dadeer-dadeer atu sosa modo.",
        "en  | Latn | My mother goes to the market every morning to buy vegetables."})
    void eachLanguageInScope(String lang, String script, String text) {
        Identification id = langid.identify(text);
        assertThat(id.lang()).isEqualTo(lang);
        assertThat(id.script()).isEqualTo(script);
        assertThat(id.score()).isBetween(0.5, 1.0);
        assertThat(langid.identifyDocument(text).lang()).isEqualTo(lang);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | Zyyy", "'   ' | Zyyy", "12345 67890 | Zyyy", "https://example.com/a/b?c=1 | Latn",
        "2021: 45.2 / 33.1 / 12.0 / 7.7 | Zyyy", "明日の朝、会社に行きます。 | Jpan", "내일 아침에 회사에 갑니다. | Hang",
        "Завтра утром я пойду на работу. | Cyrl", "Ok | Latn",
        "Nous partirons en vacances à la montagne au mois de juillet. | Latn"})
    void noLanguageInScopeIsUnd(String text, String script) {
        Identification id = langid.identify(text);
        assertThat(id.lang()).isEqualTo("und");
        assertThat(id.script()).isEqualTo(script);
        assertThat(langid.identifyDocument(text).lang()).isEqualTo("und");
    }

    @Test
    void shortForeignRunsStayWithTheirSentence() {
        assertThat(langid.identify("ราคา iPhone 15 Pro ในไทย").lang()).isEqualTo("th");
        assertThat(langid.identify("The Thai word for rice is ข้าว, and it is eaten with every meal.").lang())
                .isEqualTo("en");
    }

    @Test
    void aThaiArticleWithAnEnglishParagraphHasSpans() {
        String thai = "กรมอุตุนิยมวิทยาประกาศเตือนพายุฝนฟ้าคะนองในภาคเหนือและภาคอีสานตลอดสัปดาห์นี้\n"
                + "ประชาชนควรหลีกเลี่ยงการเดินทางในพื้นที่เสี่ยงน้ำท่วมฉับพลันและดินถล่ม\n";
        String english = "The department warned of thunderstorms in the north and northeast throughout the week.\n";
        String text = thai + "\n" + english + "\nเจ้าหน้าที่ได้เตรียมศูนย์อพยพไว้แล้วในหลายจังหวัด";
        LanguageInfo info = langid.identifyDocument(text);
        assertThat(info.lang()).isEqualTo("th");
        assertThat(info.script()).isEqualTo("Thai");
        assertThat(info.spans()).extracting(LangSpan::lang).containsExactly("th", "en", "th");
        LangSpan en = info.spans().get(1);
        assertThat(text.substring(en.start(), en.end())).isEqualTo(english.strip());
        assertThat(info.score()).isBetween(0.5, 0.9);
    }

    @Test
    void paragraphsFollowTheirDocumentOnTheIndonesianMalayPair() {
        String malay = "Kerajaan negeri akan membina sebuah hospital baharu di daerah ini tahun hadapan.\n"
                + "Menteri Besar berkata projek itu dijangka siap dalam tempoh tiga tahun.\n"
                + "Saya tidak suka makanan yang terlalu manis.\n"
                + "Penduduk kampung menyambut baik berita itu kerana hospital terdekat terletak jauh.";
        LanguageInfo info = langid.identifyDocument(malay);
        assertThat(info.lang()).isEqualTo("ms");
        assertThat(info.spans()).extracting(LangSpan::lang).containsOnly("ms");
    }

    @Test
    void aVeryLongDocumentIsReadInBlocksOfLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * DocumentIdentifier.MAX_PARAGRAPHS; i++) {
            text.append(i % 2 == 0 ? "Ang mga bata ay naglalaro sa ilalim ng puno.\n" : "Masaya silang kumakanta.\n");
        }
        text.append("แม่ไปตลาดทุกเช้า\n");
        LanguageInfo info = langid.identifyDocument(text.toString());
        assertThat(info.lang()).isEqualTo("fil");
        assertThat(info.spans()).extracting(LangSpan::lang).containsExactly("fil", "th");
        assertThat(info.spans().get(1).end()).isEqualTo(text.length() - 1);
    }

    @Test
    void documentsThatAreMostlyNumbersOrAddressesAreUnd() {
        String table = "Harga beras 2024\n| 1 | 12.500 | 13.000 | 13.200 |\n| 2 | 12.700 | 13.100 | 13.400 |\n"
                + "| 3 | 12.900 | 13.300 | 13.600 |\n| 4 | 13.000 | 13.500 | 13.900 |";
        assertThat(langid.identifyDocument(table).lang()).isEqualTo("und");
        String links = "https://example.com/a\nhttps://example.com/b\nhttps://example.org/c\nwww.example.net/d";
        assertThat(langid.identifyDocument(links).lang()).isEqualTo("und");
    }

    @Test
    void candidatesAreRankedAndTheBestGuessSurvivesUnd() {
        Identification id = langid.identify("Nous partirons en vacances à la montagne au mois de juillet.");
        assertThat(id.isUndetermined()).isTrue();
        assertThat(id.candidates()).isNotEmpty();
        List<Identification.Candidate> top = langid.identify("Saya tidak tahu di mana dia sekarang.").top(2);
        assertThat(top).extracting(Identification.Candidate::lang).containsExactlyInAnyOrder("id", "ms");
        assertThat(top.get(0).score()).isGreaterThanOrEqualTo(top.get(1).score());
    }

    @Test
    void datasetCodesAreFineWebStyle() {
        assertThat(langid.datasetCode("ms", "Latn")).isEqualTo("zsm_Latn");
        assertThat(langid.datasetCode("zh", "Hant")).isEqualTo("zho_Hant");
        assertThat(langid.datasetCode("shn", "Mymr")).isEqualTo("shn_Mymr");
        assertThat(langid.datasetCode("min", "Latn")).isEqualTo("min_Latn");
    }

    @Property(tries = 200)
    void spansAreOrderedDisjointAndInsideTheText(@ForAll @StringLength(max = 300) String text) {
        LanguageInfo info = langid.identifyDocument(text);
        assertThat(info.score()).isBetween(0.0, 1.0);
        int end = 0;
        for (LangSpan span : info.spans()) {
            assertThat(span.start()).isGreaterThanOrEqualTo(end);
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            assertThat(span.score()).isBetween(0.0, 1.0);
            end = span.end();
        }
    }
}
