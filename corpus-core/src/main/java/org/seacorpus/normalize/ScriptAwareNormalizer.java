package org.seacorpus.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

/**
 * The normaliser of the import pipeline and of {@code corpus normalize}: generic rules for every text, and each
 * language's own rules where its text is. With a forced language, that language's profile names the rules for the
 * whole text. Otherwise each line gets the rules of the scripts it holds: Thai, Lao, Khmer and Myanmar lines the
 * rules of the language that owns the script (the Burmese rules themselves leave Shan, Mon and Karen lines alone),
 * and Latin lines that read as Vietnamese the Vietnamese rules.
 *
 * <p>Order: {@link GenericRules#beforeScripts()} on the whole text (encoding repairs, clean-up, NFC), then the
 * script rules line by line, NFC again if they changed anything, then {@link GenericRules#afterScripts()}. Each
 * group runs until it changes nothing more (at most three rounds), and the whole pass runs again when the script
 * rules changed something, so that normalising twice gives what normalising once gave.
 * Immutable and thread-safe.
 */
public final class ScriptAwareNormalizer implements TextNormalizer {
    private static final int MAX_ROUNDS = 3;
    private static final Normalizer NFC_AGAIN = new Normalizer(List.of(GenericRules.NFC));

    /** A normalised text with the audit and, for {@code --explain}, every rule application that changed it. */
    public record Explained(String text, Map<String, Integer> rules, List<RuleFiring> firings) {
        public boolean changed() {
            return !rules.isEmpty();
        }
    }

    private final Normalizer before = new Normalizer(GenericRules.beforeScripts());
    private final Normalizer after = new Normalizer(GenericRules.afterScripts());
    private final Normalizer forced;
    private final Normalizer thai;
    private final Normalizer lao;
    private final Normalizer khmer;
    private final Normalizer myanmar;
    private final Normalizer vietnamese;
    private final NormalizerOptions options;

    private ScriptAwareNormalizer(LanguageProfiles profiles, RuleCatalog catalog, NormalizerOptions options) {
        this.options = options;
        this.forced = options.language() == null ? null : rulesOf(profiles.get(options.language()), catalog);
        this.thai = rulesOfScript(profiles, catalog, "Thai");
        this.lao = rulesOfScript(profiles, catalog, "Laoo");
        this.khmer = rulesOfScript(profiles, catalog, "Khmr");
        this.myanmar = rulesOfScript(profiles, catalog, "Mymr");
        this.vietnamese = profiles.find("vi").map(p -> rulesOf(p, catalog)).orElse(new Normalizer(List.of()));
    }

    /**
     * A normaliser set up by {@code options}.
     *
     * @throws IllegalArgumentException if a profile names a rule that does not exist
     */
    public static ScriptAwareNormalizer create(LanguageProfiles profiles, NormalizerOptions options) {
        return new ScriptAwareNormalizer(profiles, RuleCatalog.load(options), options);
    }

    /** A normaliser with the built-in profiles, the default options and {@code forcedLanguage} (may be null). */
    public static ScriptAwareNormalizer forLanguage(String forcedLanguage) {
        return create(LanguageProfiles.builtIn(), NormalizerOptions.defaults().withLanguage(forcedLanguage));
    }

    public NormalizerOptions options() {
        return options;
    }

    @Override
    public Normalizer.Result normalize(String text) {
        RuleCounts counts = new RuleCounts();
        String out = run(text, counts, RuleTrace.NONE);
        return new Normalizer.Result(out.equals(text) ? text : out, counts.asMap());
    }

    /** Like {@link #normalize} and also records each rule that fired with a before/after snippet. */
    public Explained explain(String text) {
        RuleCounts counts = new RuleCounts();
        List<RuleFiring> firings = new ArrayList<>();
        String out = run(text, counts, (rule, was, now) -> firings.add(RuleFiring.of(rule, was, now)));
        return new Explained(out, counts.asMap(), List.copyOf(firings));
    }

    /**
     * One pass, repeated when the script rules changed something: a script repair can bring characters together
     * that an earlier generic rule would treat differently (a dropped stray mark between two halves of mojibake),
     * so the pass is run again until nothing changes. Text the script rules leave alone takes one pass.
     */
    private String run(String text, RuleCounts counts, RuleTrace trace) {
        boolean[] scriptsChanged = new boolean[1];
        String out = pass(text, counts, trace, scriptsChanged);
        for (int round = 1; round < MAX_ROUNDS && scriptsChanged[0]; round++) {
            scriptsChanged[0] = false;
            String next = pass(out, counts, trace, scriptsChanged);
            if (next.equals(out)) {
                break;
            }
            out = next;
        }
        return out;
    }

    private String pass(String text, RuleCounts counts, RuleTrace trace, boolean[] scriptsChanged) {
        String cleaned = converge(before, text, counts, trace);
        String scripted = forced != null ? converge(forced, cleaned, counts, trace) : byLine(cleaned, counts, trace);
        if (!scripted.equals(cleaned)) {
            scriptsChanged[0] = true;
            scripted = NFC_AGAIN.apply(scripted, counts, trace);
        }
        return after.apply(scripted, counts, trace);
    }

    private String byLine(String text, RuleCounts counts, RuleTrace trace) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int scripts = scriptsOf(text, start, end);
            String fixed = null;
            if (scripts != 0) {
                String line = text.substring(start, end);
                fixed = byScript(line, scripts, counts, trace);
                fixed = fixed == line ? null : fixed;
            }
            if (fixed != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, start);
            }
            if (out != null) {
                if (fixed != null) {
                    out.append(fixed);
                } else {
                    out.append(text, start, end);
                }
                if (end < text.length()) {
                    out.append('\n');
                }
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    private String byScript(String line, int scripts, RuleCounts counts, RuleTrace trace) {
        String out = line;
        if ((scripts & THAI) != 0) {
            out = converge(thai, out, counts, trace);
        }
        if ((scripts & LAO) != 0) {
            out = converge(lao, out, counts, trace);
        }
        if ((scripts & KHMER) != 0) {
            out = converge(khmer, out, counts, trace);
        }
        if ((scripts & MYANMAR) != 0) {
            out = converge(myanmar, out, counts, trace);
        }
        if ((scripts & LATIN_MARKED) != 0 && !vietnamese.isEmpty() && VietnameseSyllables.looksVietnamese(out)) {
            out = converge(vietnamese, out, counts, trace);
        }
        return out;
    }

    /** Runs the rules until they change nothing (at most {@link #MAX_ROUNDS} rounds). */
    private static String converge(Normalizer rules, String text, RuleCounts counts, RuleTrace trace) {
        String current = text;
        for (int round = 0; round < MAX_ROUNDS && !rules.isEmpty(); round++) {
            String next = rules.apply(current, counts, trace);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static final int THAI = 1;
    private static final int LAO = 2;
    private static final int KHMER = 4;
    private static final int MYANMAR = 8;
    private static final int LATIN_MARKED = 16;

    /** Which of the scripts with rules text[from, to) holds (Latin only counts when it carries diacritics). */
    static int scriptsOf(String text, int from, int to) {
        int found = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0xC0) {
                continue;
            }
            if (c >= 0x0E00 && c <= 0x0E7F) {
                found |= THAI;
            } else if (c >= 0x0E80 && c <= 0x0EFF) {
                found |= LAO;
            } else if ((c >= 0x1780 && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF)) {
                found |= KHMER;
            } else if ((c >= 0x1000 && c <= 0x109F) || (c >= 0xA9E0 && c <= 0xA9FF) || (c >= 0xAA60 && c <= 0xAA7F)) {
                found |= MYANMAR;
            } else if (c <= 0x024F || (c >= 0x0300 && c <= 0x036F) || (c >= 0x1E00 && c <= 0x1EFF)) {
                found |= LATIN_MARKED;
            }
        }
        return found;
    }

    private static Normalizer rulesOfScript(LanguageProfiles profiles, RuleCatalog catalog, String script) {
        Optional<LanguageProfile> owner = profiles.ownerOfScript(script);
        return owner.map(p -> rulesOf(p, catalog)).orElse(new Normalizer(List.of()));
    }

    private static Normalizer rulesOf(LanguageProfile profile, RuleCatalog catalog) {
        return new Normalizer(catalog.rules(profile.normalizers(), "language profile " + profile.code() + ".yaml"));
    }
}
