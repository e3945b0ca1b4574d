package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.normalize.RuleFiring;

/**
 * What {@code corpus normalize} does, apart from reading arguments and printing: normalise one line into exactly
 * one line (the line-preserving filter of DESIGN §5), or a whole input as one document, with the audit and the
 * before/after snippets of {@code --explain}. Thread-safe.
 */
public final class TextNormalizerService {
    private final ScriptAwareNormalizer normalizer;

    public TextNormalizerService(ScriptAwareNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * A service with the given options.
     *
     * @throws IllegalArgumentException if the options force a language that has no profile
     */
    public static TextNormalizerService create(LanguageProfiles profiles, NormalizerOptions options) {
        if (options.language() != null) {
            profiles.require(options.language());
        }
        return new TextNormalizerService(ScriptAwareNormalizer.create(profiles, options));
    }

    /**
     * Normalises one line. The result is one line too: line separators inside it (U+2028, NEL, a lone CR) become
     * spaces rather than new lines, so that output line n always belongs to input line n.
     */
    public ScriptAwareNormalizer.Explained line(String line) {
        ScriptAwareNormalizer.Explained explained = normalizer.explain(line);
        if (explained.text().indexOf('\n') < 0) {
            return explained;
        }
        String joined = explained.text().replaceAll("\n+", " ");
        return new ScriptAwareNormalizer.Explained(joined, explained.rules(), explained.firings());
    }

    /** Normalises a whole input as one document (paragraphs kept, line endings normalised). */
    public ScriptAwareNormalizer.Explained document(String text) {
        return normalizer.explain(text);
    }

    /**
     * A snippet with its invisible characters made visible, for explanations on a terminal: controls, zero-width
     * characters, the soft hyphen, odd spaces and the BOM are shown as {@code <U+200B>}; combining marks with no
     * letter before them are shown on a dotted circle.
     */
    public static String visible(String snippet) {
        StringBuilder out = new StringBuilder(snippet.length() + 8);
        int previous = -1;
        for (int i = 0; i < snippet.length(); ) {
            int cp = snippet.codePointAt(i);
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || cp == 0xAD
                    || (type == Character.SPACE_SEPARATOR && cp != ' ') || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (cp == '\n') {
                out.append("⏎");
            } else if (invisible) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                if (mark && (previous < 0 || previous == ' ' || previous == '\n')) {
                    out.append('\u25CC');
                }
                out.appendCodePoint(cp);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The firings of a result as {@code rule: before → after} lines, invisible characters made visible. */
    public static List<String> describe(ScriptAwareNormalizer.Explained result) {
        List<String> lines = new ArrayList<>(result.firings().size());
        for (RuleFiring firing : result.firings()) {
            lines.add(firing.rule() + ": " + visible(firing.before()) + " → " + visible(firing.after()));
        }
        return lines;
    }
}
