package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** n-grams for decontamination: spaced words, unspaced characters, folding, and benchmark files. */
class NgramFingerprintsTest {
    private final NgramFingerprints grams = new NgramFingerprints(13, 50);

    private Set<Long> of(String text) {
        Set<Long> out = new HashSet<>();
        grams.forEach(text, out::add);
        return out;
    }

    @Test
    void emptyAndShortTextsHaveNoNgrams() {
        assertThat(of("")).isEmpty();
        assertThat(of("Chợ quê vẫn đông người mua bán.")).isEmpty(); // 7 words
        assertThat(of("ข้าวเหนียว")).isEmpty(); // 10 characters
    }

    @Test
    void thirteenWordsGiveOneNgramWhateverTheCaseAndPunctuation() {
        String words = "Hợp tác xã vừa mua thêm hai máy gặt đập liên hợp để kịp thu hoạch";
        assertThat(of(words)).hasSize(4); // 16 words
        assertThat(of(words.toUpperCase() + "!!")).isEqualTo(of(words));
        assertThat(of("«" + words.replace(" ", ",  ") + "»")).isEqualTo(of(words));
        assertThat(of(words.replace("gặt", "cắt"))).doesNotContainAnyElementsOf(of(words));
    }

    @Test
    void unspacedScriptsUseCharactersAndIgnoreSpaces() {
        String thai = "เกษตรกรกว่าสามร้อยครัวเรือนในอำเภอสองพี่น้องเริ่มใช้แอปพลิเคชันบนโทรศัพท์มือถือ";
        Set<Long> a = of(thai);
        assertThat(a).isNotEmpty();
        assertThat(of(thai.substring(0, 30) + " " + thai.substring(30))).isEqualTo(a);
        String khmer = "កសិករខេត្តបាត់ដំបងប្រមូលផលស្រូវបានច្រើនជាងមុនក្រោយមានប្រឡាយទឹកថ្មី";
        assertThat(of(khmer)).doesNotContainAnyElementsOf(a);
    }

    @Test
    void benchmarkFilesGiveTheirNgramsAndFindMatches(@TempDir Path tmp) throws Exception {
        Path txt = tmp.resolve("test.txt");
        Files.writeString(txt, "Hợp tác xã vừa mua thêm hai máy gặt đập liên hợp để kịp thu hoạch\n\nngắn\n",
                StandardCharsets.UTF_8);
        Path jsonl = tmp.resolve("qa.jsonl");
        Files.writeString(jsonl, "{\"q\": \"เกษตรกรกว่าสามร้อยครัวเรือนในอำเภอสองพี่น้องเริ่มใช้แอปพลิเคชัน\", "
                + "\"choices\": [\"ก\", \"ข\"]}\n", StandardCharsets.UTF_8);
        Decontaminator d = Decontaminator.load(List.of(txt, jsonl), 13, 50);
        assertThat(d.benchmarks()).extracting(Decontaminator.Benchmark::texts).containsExactly(2L, 3L);
        assertThat(d.benchmarks().get(0).sha256()).hasSize(64);
        assertThat(d.matches("Tin tức: hợp tác xã vừa mua thêm hai máy gặt đập liên hợp để kịp thu hoạch lúa."))
                .containsExactly("test.txt");
        assertThat(d.matches("สุพรรณบุรี – เกษตรกรกว่าสามร้อยครัวเรือนในอำเภอสองพี่น้องเริ่มใช้แอปพลิเคชันบนโทรศัพท์"))
                .containsExactly("qa.jsonl");
        assertThat(d.matches("Một câu hoàn toàn khác.")).isEmpty();
        assertThat(d.matches("")).isEmpty();
    }

    @Test
    void aMalformedJsonLineIsReportedWithItsNumber(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"q\": \"ok\"}\n{not json\n");
        List<String> messages = new ArrayList<>();
        try {
            Decontaminator.load(List.of(bad), 13, 50);
        } catch (ExportException e) {
            messages.add(e.getMessage());
        }
        assertThat(messages).singleElement().asString().contains("bad.jsonl line 2");
    }
}
