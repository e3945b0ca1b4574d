package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * Finds the scripts of a text with ICU's {@link UScript}: counts letters and marks per script, ignoring the
 * Common and Inherited scripts (digits, punctuation, spaces, combining marks shared by scripts), and cuts the
 * text into runs of one script. Characters of no script of their own join the run they are in.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScriptDetector {

    /** Letters counted per ISO 15924 script code, most frequent first, plus the runs. */
    public record Result(String dominant, double share, long letters, Map<String, Long> counts, List<Run> runs) {
        public static final String NONE = "Zyyy";
    }

    /** A run of text in one script, in UTF-16 offsets; {@code letters} counts only its own-script letters. */
    public record Run(int start, int end, String script, long letters) {
    }

    public Result detect(CharSequence text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Run> runs = new ArrayList<>();
        int runStart = 0;
        String runScript = null;
        long runLetters = 0;
        long letters = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            String script = scriptOf(cp);
            if (script != null) {
                letters++;
                counts.merge(script, 1L, Long::sum);
                if (runScript == null) {
                    runScript = script;
                } else if (!runScript.equals(script)) {
                    int cut = runBoundary(text, runStart, i);
                    runs.add(new Run(runStart, cut, runScript, runLetters));
                    runStart = cut;
                    runScript = script;
                    runLetters = 0;
                }
                runLetters++;
            }
            i += Character.charCount(cp);
        }
        if (runScript != null) {
            runs.add(new Run(runStart, text.length(), runScript, runLetters));
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        if (letters == 0) {
            return new Result(Result.NONE, 0.0, 0, sorted, runs);
        }
        Map.Entry<String, Long> top = sorted.entrySet().iterator().next();
        return new Result(top.getKey(), top.getValue() / (double) letters, letters, sorted, runs);
    }

    /**
     * The ISO 15924 code of a letter or mark of a real script, or null for Common/Inherited/Unknown characters
     * and for anything that is not a letter or mark (digits, symbols).
     */
    static String scriptOf(int cp) {
        int type = UCharacter.getType(cp);
        boolean letterOrMark = type == UCharacter.UPPERCASE_LETTER || type == UCharacter.LOWERCASE_LETTER
                || type == UCharacter.TITLECASE_LETTER || type == UCharacter.MODIFIER_LETTER
                || type == UCharacter.OTHER_LETTER || type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
        if (!letterOrMark) {
            return null;
        }
        int script = UScript.getScript(cp);
        if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN) {
            return null;
        }
        return UScript.getShortName(script);
    }

    /** Moves a cut back over the spaces and punctuation that end the previous run, so runs start on a letter. */
    private static int runBoundary(CharSequence text, int runStart, int nextLetter) {
        int cut = nextLetter;
        while (cut > runStart && !Character.isLetterOrDigit(Character.codePointBefore(text, cut))
                && scriptOf(Character.codePointBefore(text, cut)) == null) {
            char before = text.charAt(cut - 1);
            if (Character.isWhitespace(before)) {
                break;
            }
            cut -= Character.charCount(Character.codePointBefore(text, cut));
        }
        return cut;
    }
}
