package org.seacorpus.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer.Form;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

class GenericRulesTest {
    private final Normalizer normalizer = new Normalizer(GenericRules.all());

    @Test
    void emptyTextStaysEmptyAndNothingFires() {
        Normalizer.Result result = normalizer.normalize("");
        assertThat(result.text()).isEmpty();
        assertThat(result.rules()).isEmpty();
    }

    @Test
    void canonicalThaiTextIsReturnedUntouched() {
        String thai = "เกษตรกรใช้ปัญญาประดิษฐ์วางแผนเก็บเกี่ยวข้าว\n\nน้ำท่วมทำให้ผลผลิตลดลง";
        Normalizer.Result result = normalizer.normalize(thai);
        assertThat(result.text()).isSameAs(thai);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void byteOrderMarkAndControlsAreRemovedAndCounted() {
        Normalizer.Result result = normalizer.normalize("\uFEFFສະບາຍດີ\u0007 ລາວ\u0085");
        assertThat(result.text()).isEqualTo("ສະບາຍດີ ລາວ");
        assertThat(result.rules()).containsEntry("bom", 1).containsEntry("controls", 1)
                .containsEntry("line-endings", 1);
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        String text = "Dòng một\r\nDòng hai\rDòng ba";
        assertThat(normalizer.normalize(text).text()).isEqualTo("Dòng một\nDòng hai\nDòng ba");
    }

    @Test
    void decomposedVietnameseIsComposed() {
        String nfd = java.text.Normalizer.normalize("Nông dân trồng lúa ở đồng bằng sông Cửu Long", Form.NFD);
        Normalizer.Result result = normalizer.normalize(nfd);
        assertThat(result.text()).isEqualTo("Nông dân trồng lúa ở đồng bằng sông Cửu Long");
        assertThat(result.rules()).containsKey("nfc");
    }

    @Test
    void thaiSaraAmSurvivesBecauseOnlyNfcIsApplied() {
        // NFKC would turn ำ (U+0E33) into ํ + า; NFC must not
        assertThat(normalizer.normalize("น้ำ ทำนา").text()).isEqualTo("น้ำ ทำนา").contains("\u0E33");
        assertThat(normalizer.normalize("ນ້ຳ ໜອງ ໝາກ").text()).contains("\u0EB3", "\u0EDC", "\u0EDD");
    }

    @Test
    void whitespaceRunsCollapseButParagraphsStay() {
        String text = "  Magandang   umaga\t po.  \n\n\n\nSalamat  po.  ";
        assertThat(normalizer.normalize(text).text()).isEqualTo("Magandang umaga po.\n\nSalamat po.");
    }

    @Property(tries = 300)
    void normalisingTwiceEqualsOnce(@ForAll @StringLength(max = 200) String text) {
        String once = normalizer.normalize(text).text();
        assertThat(normalizer.normalize(once).text()).isEqualTo(once);
    }

    @Property(tries = 300)
    void noLetterIsLost(@ForAll @StringLength(max = 200) String text) {
        // the encoding repairs (mojibake, Vietnamese legacy fonts) rewrite letters on purpose; see their own tests
        String out = new Normalizer(GenericRules.cleanup(LanguageProfiles.builtIn().scriptLetters())).normalize(text).text();
        // compare decomposed: removing a control between a letter and its mark may let NFC compose them
        assertThat(letters(java.text.Normalizer.normalize(out, Form.NFD)))
                .isEqualTo(letters(java.text.Normalizer.normalize(text, Form.NFD)));
    }

    private static List<Integer> letters(String s) {
        return s.codePoints().filter(Character::isLetter).boxed().toList();
    }

    /** Lines whose spaces and tabs sit alike between stretches of other characters are tidied alike. */
    @Test
    void sameBlankShapeComparesSpacesAndTabsBetweenStretches() {
        assertThat(GenericRules.sameBlankShape("Chị Thuỷ hoà giải", "Chị Thủy hòa giải")).isTrue();
        assertThat(GenericRules.sameBlankShape("ကျွန် တော်", "ကျွန်တော်")).isFalse();
        assertThat(GenericRules.sameBlankShape("hòa  nhã", "hòa nhã")).isFalse();
        assertThat(GenericRules.sameBlankShape("hòa\tnhã", "hòa nhã")).isFalse();
        assertThat(GenericRules.sameBlankShape(" hòa", "hòa")).isFalse();
        assertThat(GenericRules.sameBlankShape("", "")).isTrue();
        assertThat(GenericRules.sameBlankShape("", "hòa")).isFalse();
    }
}
