package org.seacorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;
import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.LanguageModules;

/**
 * No central class names a character of a language module's own script in its code (comments aside): not as a
 * {@code \\uXXXX} escape, a {@code 0xXXXX} number or the character itself, nor the script by ICU's constant
 * ({@code UScript.THAI}). The scripts are the built-in modules'
 * {@link LanguageModule#scriptRanges()} that are not Latin (Latin letters with marks are every Latin language's).
 * None does: the characters of a language's script reach the central classes through the modules and profiles
 * (docs/adding-a-language.md, "Central code and the scripts"); a new one fails here.
 */
class CentralCodePointsTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "seacorpus");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final Pattern SCRIPT_CONSTANT = Pattern.compile("\\bUScript\\.([A-Z_][A-Z0-9_]*)\\b");
    private static final Pattern HEX = Pattern.compile("\\b0[xX]([0-9A-Fa-f]{3,6})\\b");

    @Test
    void noCentralClassNamesALanguagesCharacter() throws IOException {
        List<CodeRange> owned = new ArrayList<>();
        for (LanguageModule module : LanguageModules.builtIn().all()) {
            for (CodeRange range : module.scriptRanges()) {
                int script = UScript.INVALID_CODE;
                for (int cp = range.first(); cp <= range.last() && script == UScript.INVALID_CODE; cp++) {
                    int s = UScript.getScript(cp);
                    script = s == UScript.UNKNOWN || s == UScript.COMMON ? UScript.INVALID_CODE : s;
                }
                if (script != UScript.LATIN && script != UScript.INHERITED) {
                    owned.add(range);
                }
            }
        }
        assertThat(owned).contains(CodeRange.of(0x0E00, 0x0E7F), CodeRange.of(0x1780, 0x17FF));
        Map<String, List<String>> found = new TreeMap<>();
        for (Map.Entry<String, String> source : centralSources().entrySet()) {
            List<String> named = named(source.getValue(), owned);
            if (!named.isEmpty()) {
                found.put(source.getKey(), named);
            }
        }
        // none left since session 13 (MojibakeRule, LineSignals and WholeTokens were the last)
        assertThat(found).as("central classes naming a language's characters").isEmpty();
        // nor one of their scripts by ICU's constant (UScript.THAI…): ZeroWidthRule, NgramFingerprints and
        // ScriptWeights did until session 13
        Set<String> constants = scriptConstants(owned);
        assertThat(constants).contains("THAI", "LAO", "KHMER", "MYANMAR").doesNotContain("LATIN", "HAN");
        Map<String, List<String>> byConstant = new TreeMap<>();
        for (Map.Entry<String, String> source : centralSources().entrySet()) {
            List<String> named = namedScripts(source.getValue(), constants);
            if (!named.isEmpty()) {
                byConstant.put(source.getKey(), named);
            }
        }
        assertThat(byConstant).as("central classes naming a language module's script").isEmpty();
        assertThat(namedScripts("return script == UScript.THAI || s == UScript.LATIN || UScript.KHMER_X;",
                constants)).containsExactly("THAI");
        // what the segmenter's digit cut named until session 12 is caught
        assertThat(named("return (c >= '\\u0E00' && c <= '\\u0EFF') || (c >= 0x1780 && c <= 0x17FF) || c == 'ๆ';",
                owned)).containsExactly("U+0E00", "U+0EFF", "U+1780", "U+17FF", "U+0E46");
    }

    /** Every central main source file (outside a language's own package), comments removed, by its path. */
    private static Map<String, String> centralSources() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("lang/") && name.indexOf('/', 5) > 0 && !name.startsWith("lang/identify/")) {
                    continue;   // a language's own package
                }
                out.put(name, withoutComments(Files.readString(file)));
            }
        }
        return out;
    }

    /** The names of ICU's script constants whose script has a character in {@code owned}. */
    static Set<String> scriptConstants(List<CodeRange> owned) {
        Set<Integer> scripts = new TreeSet<>();
        for (CodeRange range : owned) {
            for (int cp = range.first(); cp <= range.last(); cp++) {
                int s = UScript.getScript(cp);
                if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.UNKNOWN) {
                    scripts.add(s);
                }
            }
        }
        Set<String> out = new TreeSet<>();
        for (Field field : UScript.class.getFields()) {
            try {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class
                        && scripts.contains(field.getInt(null))) {
                    out.add(field.getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The constants of {@code constants} that {@code code} names as {@code UScript.NAME}. */
    static List<String> namedScripts(String code, Set<String> constants) {
        List<String> out = new ArrayList<>();
        for (Matcher m = SCRIPT_CONSTANT.matcher(code); m.find(); ) {
            if (constants.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The owned code points {@code code} names, as escapes, hex numbers or characters. */
    static List<String> named(String code, List<CodeRange> owned) {
        List<Integer> cps = new ArrayList<>();
        for (Matcher m = ESCAPE.matcher(code); m.find(); ) {
            cps.add(Integer.parseInt(m.group(1), 16));
        }
        for (Matcher m = HEX.matcher(code); m.find(); ) {
            cps.add(Integer.parseInt(m.group(1), 16));
        }
        code.codePoints().forEach(cps::add);
        List<String> out = new ArrayList<>();
        for (int cp : cps) {
            if (owned.stream().anyMatch(r -> r.contains(cp))) {
                out.add(String.format("U+%04X", cp));
            }
        }
        return out;
    }

    /** The source without its comments; string and char literals kept whole (a URL's // is no comment). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(j + 1, source.length()));
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void commentsGoStringsStay() {
        assertThat(withoutComments("int a = 1; // ๆ\nString u = \"https://x\"; /* ៗ */ char c = '\\'';"))
                .isEqualTo("int a = 1; \nString u = \"https://x\";  char c = '\\'';");
        assertThat(withoutComments("")).isEmpty();
    }
}
