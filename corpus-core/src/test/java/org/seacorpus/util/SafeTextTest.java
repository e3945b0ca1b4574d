package org.seacorpus.util;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Text from inputs, made safe for terminals and Markdown: hostile sequences escaped, every script left alone. */
@Tag("reliability")
class SafeTextTest {

    @Test
    void newlinesInAFileNameCannotForgeAReportLine() {
        String name = "notes.txt\nfailed: /etc/shadow: forged";
        assertThat(SafeText.oneLine(name)).isEqualTo("notes.txt\\nfailed: /etc/shadow: forged").doesNotContain("\n");
    }

    @Test
    void escapeSequencesNeverReachTheTerminal() {
        String clear = "\u001B[2Jreport.txt";
        String title = "\u001B]0;owned\u0007x.txt";
        String link = "\u001B]8;;https://example.invalid\u001B\\click\u001B]8;;\u001B\\";
        String csi8bit = "\u009B31m red";
        assertThat(SafeText.oneLine(clear)).isEqualTo("\\e[2Jreport.txt");
        assertThat(SafeText.oneLine(title)).isEqualTo("\\e]0;owned\\x07x.txt");
        assertThat(SafeText.oneLine(link)).doesNotContain("\u001B");
        assertThat(SafeText.oneLine(csi8bit)).isEqualTo("\\x9b31m red");
        assertThat(SafeText.lines("a\rb")).isEqualTo("a\\rb"); // a bare CR would overwrite the line on screen
        assertThat(SafeText.oneLine("\u202Etxt.exe")).isEqualTo("\\u202etxt.exe"); // right-to-left override
    }

    @Test
    void linesKeepsLineBreaksAndTabsButNothingElse() {
        assertThat(SafeText.lines("one\ttwo\r\nthree\n\u001B[31m")).isEqualTo("one\ttwo\nthree\n\\e[31m");
        assertThat(SafeText.oneLine("one\ttwo")).isEqualTo("one\\ttwo");
    }

    @Test
    void textOfEveryScriptIsLeftAsItIs() {
        String[] texts = {
            "ภาษาไทยเป็นภาษาที่สวยงาม", "ພາສາລາວ", "ភាសាខ្មែរ", "မြန်မာဘာသာ", "Tiếng Việt có dấu",
            "中文的文本", "தமிழ் மொழி", "👩\u200D🌾 farmer", "a\u200Bb", "naïve café"};
        for (String text : texts) {
            assertThat(SafeText.oneLine(text)).isSameAs(text);
            assertThat(SafeText.lines(text)).isSameAs(text);
        }
        assertThat(SafeText.oneLine("")).isEmpty();
        assertThat(SafeText.oneLine(null)).isEmpty();
    }

    @Test
    void cutToALengthWithoutSplittingASurrogatePair() {
        assertThat(SafeText.oneLine("x".repeat(300), 200)).hasSize(200).endsWith("…");
        String emoji = "a" + "😀".repeat(10);
        assertThat(SafeText.oneLine(emoji, 4)).isEqualTo("a😀…");
    }

    @Test
    void markdownShowsUserTextAsWrittenAndKeepsItOnItsLine() {
        assertThat(SafeText.markdown("# corpus <script>alert(1)</script> [x](http://evil)\n## injected"))
                .isEqualTo("\\# corpus \\<script\\>alert(1)\\</script\\> \\[x\\](http://evil)\\\\n\\#\\# injected");
        assertThat(SafeText.markdown("ข่าว | ตาราง")).isEqualTo("ข่าว \\| ตาราง");
        assertThat(SafeText.markdownCode("lang:th AND text:ข้าว")).isEqualTo("`lang:th AND text:ข้าว`");
        assertThat(SafeText.markdownCode("a `tick` b")).isEqualTo("``a `tick` b``");
        assertThat(SafeText.markdownCode("`x`")).isEqualTo("`` `x` ``");
        assertThat(SafeText.markdownCode("two\n\nparagraphs")).isEqualTo("`two\\n\\nparagraphs`");
    }

    @Property
    void oneLineLeavesNoUnsafeCharacterAndLosesNoSafeOne(@ForAll("hostile") String text) {
        String safe = SafeText.oneLine(text);
        assertThat(safe.codePoints().noneMatch(SafeText::isUnsafe)).isTrue();
        String kept = text.codePoints().filter(cp -> !SafeText.isUnsafe(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        // every safe character is still there, in order (escapes only add backslash forms between them)
        assertThat(isSubsequence(kept, safe)).isTrue();
        assertThat(SafeText.lines(text).chars().filter(c -> c != '\n' && c != '\t')
                .noneMatch(SafeText::isUnsafe)).isTrue();
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars("ก่าข\u17D2ក\u1039မ\u001B\u0007\u009B\n\r\t\u202E\u2028[]0;\\`#|")
                .ofMaxLength(40);
    }

    private static boolean isSubsequence(String small, String big) {
        int i = 0;
        for (int j = 0; j < big.length() && i < small.length(); j++) {
            if (big.charAt(j) == small.charAt(i)) {
                i++;
            }
        }
        return i == small.length();
    }
}
