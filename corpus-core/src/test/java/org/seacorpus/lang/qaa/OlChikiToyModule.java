package org.seacorpus.lang.qaa;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageGuess;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.normalize.RewriteRule;

/**
 * A toy language, {@code qaa} (ISO 639's range for local use), written in the Ol Chiki block (U+1C50–U+1C7F),
 * which no language of the project uses: the proof that a language is one profile plus one package. Its words are
 * made up from Ol Chiki letters; it is not Santali. Everything the toolkit learns about it is here, in
 * {@code profiles/qaa.yaml} and in {@code org/seacorpus/lang/qaa/stopwords.txt}; the module is registered by the
 * test services file {@code toy-language/META-INF/services/org.seacorpus.lang.LanguageModule}, which only the
 * {@code toy-language} test run puts on the class path (so the other tests see the built-in languages only).
 *
 * <ul>
 *   <li>normalisation: {@code qaa-mucaad}, a vertical bar typed after an Ol Chiki letter for the full stop
 *       MUCAAD (U+1C7E ᱾), on lines holding Ol Chiki characters;</li>
 *   <li>segmentation: the script is declared as one written without spaces, so the segmenter cuts digits from
 *       its letters ({@code ᱞᱟᱢᱟ12:30} → {@code ᱞᱟᱢᱟ}, {@code 12:30}) and then joins the numbers;</li>
 *   <li>identification: Ol Chiki text is {@code qaa} when it holds one of the marker words; without one the
 *       module leaves it, and the profile does not own the script, so it is {@code und}.</li>
 * </ul>
 */
public final class OlChikiToyModule implements LanguageModule {
    static final String CODE = "qaa";
    static final char MUCAAD = '\u1C7E';
    /** Made-up marker words: ᱞᱟᱢᱟ, ᱯᱩᱨᱤ, ᱥᱚᱱᱟ. */
    static final Set<String> MARKERS = Set.of("\u1C5E\u1C5F\u1C62\u1C5F", "\u1C6F\u1C69\u1C68\u1C64",
            "\u1C65\u1C5A\u1C71\u1C5F");

    /** {@code qaa-mucaad}: | after an Ol Chiki letter (U+1C5A–U+1C7D) becomes ᱾. */
    static final NormalizationRule MUCAAD_RULE = new RewriteRule("qaa-mucaad") {
        @Override
        protected boolean mayChange(String text) {
            return text.indexOf('|') > 0;
        }

        @Override
        protected int rewrite(String text, StringBuilder out) {
            int changes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '|' && i > 0 && isLetter(text.charAt(i - 1))) {
                    out.append(MUCAAD);
                    changes++;
                } else {
                    out.append(c);
                }
            }
            return changes;
        }
    };

    /** Used by {@link java.util.ServiceLoader}. */
    public OlChikiToyModule() {
    }

    static boolean isLetter(char c) {
        return c >= '\u1C5A' && c <= '\u1C7D';
    }

    @Override
    public List<String> languages() {
        return List.of(CODE);
    }

    @Override
    public List<CodeRange> scriptRanges() {
        return List.of(CodeRange.of(0x1C50, 0x1C7F));
    }

    /**
     * The toy is declared as written without spaces between words (its test text has spaces all the same): digits
     * run into its letters are cut from them, in every language's segmenter, as from Thai letters.
     */
    @Override
    public List<CodeRange> unspacedScript() {
        return scriptRanges();
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return List.of(MUCAAD_RULE);
    }

    @Override
    public Optional<LanguageGuess> identify(CharSequence text, String script) {
        if (!"Olck".equals(script)) {
            return Optional.empty();
        }
        for (String word : text.toString().split("[^\u1C5A-\u1C7D]+")) {
            if (MARKERS.contains(word)) {
                return Optional.of(new LanguageGuess(CODE, script, 1.0));
            }
        }
        return Optional.empty();
    }
}
