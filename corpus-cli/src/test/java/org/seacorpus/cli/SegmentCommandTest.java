package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorpusCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void emptyInputGivesNoOutput() throws Exception {
        Run run = run("segment", file("empty.txt", "").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void eachLineGivesOneLineOfWordsDecidedByScript() throws Exception {
        Path in = file("mixed.txt", "แม่ซื้อข้าว\n\nខ្ញុំចង់ទៅលេង\nanak-anak bermain\n");
        Run run = run("segment", in.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("แม่|ซื้อ|ข้าว", "", run.out().lines().toList().get(2),
                "anak-anak|bermain");
        assertThat(run.out().lines().toList().get(2)).startsWith("ខ្ញុំ|").doesNotContain(" ");
    }

    @Test
    void vietnameseWordsKeepTheirInnerSpaceAndTheSeparatorIsChosen() throws Exception {
        Run run = run("segment", "--lang", "vi", "--sep", " / ", file("vi.txt", "Tôi là sinh viên.").toString());
        assertThat(run.out().strip()).isEqualTo("Tôi / là / sinh viên / .");
    }

    @Test
    void punctuationAndSymbolsAreKeptSoTheOutputAlignsWithTheInput() throws Exception {
        Path in = file("th.txt", "ราคา 1,250 บาท!!! (ลด 10%) 👍🏽\n\n«ខ្ញុំ»។\n");
        List<String> lines = run("segment", in.toString()).out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("ราคา|1,250|บาท|!!!|(|ลด|10|%|)|👍🏽");
        assertThat(lines.get(1)).isEmpty();
        assertThat(lines.get(2)).startsWith("«|ខ្ញុំ|»|។");
        assertThat(lines.get(2).replace("|", "")).isEqualTo("«ខ្ញុំ»។");
    }

    @Test
    void wordsOnlyDropsPunctuationAndSymbols() throws Exception {
        Path in = file("th.txt", "ราคา 1,250 บาท!!! (ลด 10%) 👍🏽");
        assertThat(run("segment", "--words-only", in.toString()).out().strip())
                .isEqualTo("ราคา|1,250|บาท|ลด|10");
        assertThat(run("--json", "segment", "--words-only", in.toString()).out())
                .contains("\"tokens\":[\"ราคา\",\"1,250\",\"บาท\",\"ลด\",\"10\"]");
    }

    @Test
    void zawgyiAndNonCanonicalBurmeseAreNormalisedFirstUnlessRaw() throws Exception {
        String zawgyi = "ျမန္မာႏိုင္ငံသည္ အာရွတိုက္တြင္ ရွိသည္။";
        String noncanonical = "သူ\u1014\u103E\u1004\u103A\u1037 ကျွန်တော်";   // asat before the dot below
        Path in = file("my.txt", zawgyi + "\n" + noncanonical + "\n");
        List<String> lines = run("segment", in.toString()).out().lines().toList();
        assertThat(lines).hasSize(2);
        // အာရှတိုက် (the Asian continent) is one word of the lexicon
        assertThat(lines.get(0).split("\\|")).contains("သည်", "အာရှတိုက်", "ရှိ", "။");
        assertThat(lines.get(0).replace("|", "")).isEqualTo("မြန်မာနိုင်ငံသည်အာရှတိုက်တွင်ရှိသည်။");
        assertThat(lines.get(1).split("\\|")).contains("နှင့်");
        List<String> raw = run("segment", "--raw", in.toString()).out().lines().toList();
        assertThat(raw).hasSize(2);
        assertThat(raw.get(0).replace("|", "")).isEqualTo(zawgyi.replace(" ", ""));
        assertThat(raw.get(1).split("\\|")).doesNotContain("နှင့်");
    }

    @Test
    void sentencesOfALineAreJoinedAndWithDocOnePerLine() throws Exception {
        Path in = file("th.txt", "ฝนตก ฉันอยู่บ้าน\nเด็กๆ เล่นฟุตบอล\n");
        assertThat(run("segment", "--sentences", "--sep", " || ", in.toString()).out().lines().toList())
                .containsExactly("ฝนตก || ฉันอยู่บ้าน", "เด็กๆ เล่นฟุตบอล");
        assertThat(run("segment", "--doc", "--sentences", in.toString()).out().lines().toList())
                .containsExactly("ฝนตก", "ฉันอยู่บ้าน", "เด็กๆ เล่นฟุตบอล");
    }

    @Test
    void aUserDictionaryMergesAndSplits() throws Exception {
        Path dict = file("dict.txt", "ไข้เลือดออก\nโรง|พยาบาล\n");
        Path in = file("th.txt", "ผู้ป่วยไข้เลือดออกอยู่ในโรงพยาบาล");
        String out = run("segment", "--lang", "th", "--dict", dict.toString(), in.toString()).out().strip();
        assertThat(out.split("\\|")).contains("ไข้เลือดออก", "โรง", "พยาบาล").doesNotContain("โรงพยาบาล");
    }

    @Test
    void burmeseSyllablesOnRequest() throws Exception {
        Run run = run("segment", "--lang", "my", "--syllables", file("my.txt", "မြန်မာနိုင်ငံ").toString());
        assertThat(run.out().strip()).isEqualTo("မြန်|မာ|နိုင်|ငံ");
    }

    @Test
    void jsonGivesLanguageAndTokensPerLine() throws Exception {
        Run run = run("--json", "segment", file("th.txt", "แม่ซื้อข้าว").toString());
        assertThat(run.out().strip()).isEqualTo("{\"lang\":\"th\",\"tokens\":[\"แม่\",\"ซื้อ\",\"ข้าว\"]}");
    }

    @Test
    void anUnknownLanguageOrMissingFileIsAUsageError() throws Exception {
        Run unknown = run("segment", "--lang", "xx", file("a.txt", "a").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown language 'xx'");
        Run missing = run("segment", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }
}
