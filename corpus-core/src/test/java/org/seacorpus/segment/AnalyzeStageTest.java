package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Origin;
import org.seacorpus.document.TextCounts;
import org.seacorpus.lang.LanguageProfiles;

class AnalyzeStageTest {
    private final AnalyzeStage stage = new AnalyzeStage(new Segmenters(LanguageProfiles.builtIn()));

    private static Document doc(String lang, String text) {
        return Document.extracted(Origin.of("test.txt", ""), text)
                .withLanguage(new LanguageInfo(lang, "Zyyy", 1.0, List.of(), false));
    }

    @Test
    void emptyDocumentCountsNothing() {
        assertThat(stage.apply(doc("th", "")).counts()).isEqualTo(new TextCounts(0, 0, 0));
    }

    @Test
    void thaiWordsAreCountedBySegmentationNotBySpaces() {
        // two space-separated chunks, eight words (แม่|ซื้อ|ข้าว|ที่|ตลาด พ่อ|ไป|ทำงาน), two sentences (Thai ends a sentence with a space)
        TextCounts counts = stage.apply(doc("th", "แม่ซื้อข้าวที่ตลาด พ่อไปทำงาน")).counts();
        assertThat(counts.chars()).isEqualTo(29);
        assertThat(counts.words()).isEqualTo(8);
        assertThat(counts.sentences()).isEqualTo(2);
    }

    @Test
    void burmeseCommaDoesNotEndASentence() {
        TextCounts counts = stage.apply(doc("my", "ကျောင်းသားများ စာသင်နေကြသည်၊ ဆရာက ပြောသည်။")).counts();
        assertThat(counts.sentences()).isEqualTo(1);
        assertThat(counts.words()).isGreaterThan(5);
    }

    @Test
    void vietnameseCountsWordsNotSyllables() {
        TextCounts counts = stage.apply(doc("vi", "Tôi là sinh viên đại học.")).counts();
        assertThat(counts.words()).isEqualTo(4);
    }

    @Test
    void charactersAreCodePoints() {
        assertThat(stage.apply(doc("en", "a\uD83D\uDE00b")).counts().chars()).isEqualTo(3);
    }
}
