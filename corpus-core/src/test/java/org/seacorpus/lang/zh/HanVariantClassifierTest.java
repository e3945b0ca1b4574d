package org.seacorpus.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanVariantClassifierTest {
    private final HanVariantClassifier classifier = new HanVariantClassifier();

    @Test
    void simplifiedText() {
        var v = classifier.classify("中国人民银行发布了新的货币政策，经济学家认为这对出口有利。");
        assertThat(v.script()).isEqualTo("Hans");
        assertThat(v.traditionalOnly()).isZero();
        assertThat(v.confidence()).isEqualTo(1.0);
    }

    @Test
    void traditionalTextDespiteSimplifiedFormsThatAreAlsoTraditional() {
        // 發布 uses 布, which Hans-Hant would turn into 佈: a traditional text still shows a few such characters
        var v = classifier.classify("中國人民銀行發布了新的貨幣政策，經濟學家認為這對出口有利。");
        assertThat(v.script()).isEqualTo("Hant");
        assertThat(v.traditionalOnly()).isGreaterThan(v.simplifiedForm());
    }

    @Test
    void textOfSharedCharactersIsUndecided() {
        assertThat(classifier.classify("我是日本人").script()).isEqualTo("Hani");
        assertThat(classifier.classify("").script()).isEqualTo("Hani");
        assertThat(classifier.classify("").confidence()).isZero();
    }
}
