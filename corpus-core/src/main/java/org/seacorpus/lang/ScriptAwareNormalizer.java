package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import com.ibm.icu.text.Normalizer2;
import org.seacorpus.normalize.CleanTextScan;
import org.seacorpus.normalize.GenericRules;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.normalize.RuleCatalog;
import org.seacorpus.normalize.RuleCounts;
import org.seacorpus.normalize.RuleFiring;
import org.seacorpus.normalize.RuleTrace;
import org.seacorpus.util.TableFill;
import org.seacorpus.normalize.TextNormalizer;

/**
 * The normaliser of the import pipeline and of {@code corpus normalize}: generic rules for every text, and each
 * language's own rules where its text is. With a forced language, that language's profile names the rules for the
 * whole text. Otherwise each line gets the rules of the language modules whose characters it holds
 * ({@link LanguageModule#scriptRanges()}) and which claim it ({@link LanguageModule#claimsLine}), in module
 * order: the rules the module's main language's profile names. So Thai, Lao, Khmer and Myanmar lines get the
 * rules of the language that owns the script (the Burmese rules themselves leave Shan, Mon and Karen lines
 * alone), and Latin lines that read as Vietnamese the Vietnamese rules.
 *
 * <p>Order: {@link GenericRules#beforeScripts(List, org.seacorpus.normalize.ScriptLetters)} on the whole text (encoding
 * repairs, the modules' among them, clean-up, NFC), then the script rules line by line, NFC again if they changed
 * anything, then {@link GenericRules#afterScripts()}. Each group runs until it changes nothing more (at most three
 * rounds), and the whole pass runs again when the script rules changed something, so that normalising twice gives what
 * normalising once gave.
 *
 * <p>Fast path: most text needs nothing but, at most, its whitespace tidied (clean Unicode in its standard
 * spelling). Before running anything, each rule is asked whether it would leave the text alone
 * ({@link NormalizationRule#leavesAlone}, a cheap look that builds nothing): the generic rules before the script
 * rules on the whole text, each script's rules on the lines that hold that script. When all say yes, only
 * {@link GenericRules#afterScripts()} runs, which is what the full path would end up doing, since every other rule
 * would hand the text back unchanged. Where a line's looks say no, its rules are run on it once, and the look
 * keeps what they made of it ({@link LinePlan}): a text that only some lines' script rules change takes the full
 * path for those lines alone.
 * Immutable and thread-safe.
 */
public final class ScriptAwareNormalizer implements TextNormalizer {
    private static final int MAX_ROUNDS = 3;
    private static final Normalizer NFC_AGAIN = new Normalizer(List.of(GenericRules.NFC));
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer EMPTY = new Normalizer(List.<NormalizationRule>of());
    private static final CleanTextScan.Lines ALL_UNTOUCHED = (text, from, to, modules) -> true;

    /** A normalised text with the audit and, for {@code --explain}, every rule application that changed it. */
    public record Explained(String text, Map<String, Integer> rules, List<RuleFiring> firings) {
        public boolean changed() {
            return !rules.isEmpty();
        }
    }

    private final Normalizer before;
    /** The language modules' encoding repairs, which run among {@link #before}. */
    private final Normalizer repairs;
    private final Normalizer after = new Normalizer(GenericRules.afterScripts());
    private final Normalizer forced;
    private final LanguageModules modules;
    /** Per module (same index as {@link LanguageModules#all()}): its main language's rules. */
    private final List<Normalizer> byModule;
    private final NormalizerOptions options;
    /** Per BMP code unit, its scripts and whether an encoding repair may act on text holding it, for the look. */
    private final CleanTextScan.Units units;

    private ScriptAwareNormalizer(LanguageProfiles profiles, RuleCatalog catalog, NormalizerOptions options) {
        this.options = options;
        this.modules = profiles.modules();
        this.before = new Normalizer(GenericRules.beforeScripts(modules.encodingRepairs(), profiles.scriptLetters()));
        this.repairs = new Normalizer(modules.encodingRepairs());
        this.forced = options.language() == null ? null : rulesOf(profiles.get(options.language()), catalog);
        List<Normalizer> rules = new ArrayList<>();
        for (LanguageModule module : modules.all()) {
            rules.add(module.scriptRanges().isEmpty() ? EMPTY
                    : rulesOf(profiles.get(module.languages().get(0)), catalog));
        }
        this.byModule = List.copyOf(rules);
        // may an encoding repair act on text holding the unit ({@link NormalizationRule#triggers})?
        boolean[] repairTriggers = new boolean[0x10000];
        for (NormalizationRule repair : repairs.rules()) {
            IntPredicate triggers = repair.triggers();
            // compiled after a few blocks (TableFill)
            TableFill.inBlocks(repairTriggers.length, (from, to) -> {
                for (int c = from; c < to; c++) {
                    repairTriggers[c] |= triggers == null || triggers.test(c);
                }
            });
        }
        this.units = CleanTextScan.units(modules.scripts(), repairTriggers);
    }

    /**
     * A normaliser set up by {@code options}.
     *
     * @throws IllegalArgumentException if a profile names a rule that does not exist, or a module rejects one of
     *                                  the settings
     */
    public static ScriptAwareNormalizer create(LanguageProfiles profiles, NormalizerOptions options) {
        return new ScriptAwareNormalizer(profiles, profiles.modules().ruleCatalog(options, profiles.scriptLetters()),
                options);
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
        String out = run(text, counts, RuleTrace.NONE, true);
        return new Normalizer.Result(out.equals(text) ? text : out, counts.asMap());
    }

    /**
     * The full path, without the fast path's look first: every rule runs. Gives what {@link #normalize} gives (the
     * fast path's property test compares the two); for that test and the benchmark beside the fast path.
     */
    public Normalizer.Result normalizeFully(String text) {
        RuleCounts counts = new RuleCounts();
        String out = run(text, counts, RuleTrace.NONE, false);
        return new Normalizer.Result(out.equals(text) ? text : out, counts.asMap());
    }

    /**
     * True when every rule before the final tidying leaves the text alone: the generic rules on the whole text,
     * and on each line the rules of every module whose characters it holds and which claims it
     * ({@link #lineUntouched}). Then the full path would only tidy whitespace, and that is all the fast path does.
     */
    boolean onlyTidyingLeft(String text) {
        return (look(text, new LinePlan(this)) & CleanTextScan.FULL) == 0;
    }

    /**
     * The fast path's look, one pass over the text ({@link CleanTextScan#scan}): {@link CleanTextScan#FULL} when
     * some rule before the tidying may change it, else {@link CleanTextScan#UNTIDY} when the tidying will, else 0.
     * The encoding repairs are asked only when the text holds a character they may act on, and a forced
     * language's rules see the whole text, as on the full path.
     */
    private int look(String text, LinePlan plan) {
        CleanTextScan.Lines lines = forced != null ? ALL_UNTOUCHED : plan.of(text);
        int look = CleanTextScan.scan(text, units, lines);
        plan.answer = look;
        if ((look & CleanTextScan.FULL) != 0 && (look & CleanTextScan.LINES_ONLY) == 0
                || (look & CleanTextScan.ASK_REPAIRS) != 0 && !repairsLeaveAlone(text)) {
            return CleanTextScan.FULL;
        }
        if ((look & CleanTextScan.FULL) != 0 || forced != null && !forced.leavesAlone(text)) {
            return CleanTextScan.FULL | CleanTextScan.LINES_ONLY;   // the generic rules leave it alone
        }
        return look & (CleanTextScan.UNTIDY | CleanTextScan.EDGES_ONLY);
    }

    /**
     * True when the encoding repairs hand back the text that the one-pass look found clean of everything the
     * other generic rules act on: their cheap look first, and when it cannot tell (Sundanese or Tetum, dense in
     * é, á, ó, reads like a legacy font at first sight), the repairs themselves. On such text the rules before
     * them (byte-order mark, mojibake) change nothing, so the repairs see exactly what the full path would give
     * them, and a text they hand back unchanged is one the full path would leave alone too: deciding it costs the
     * repairs' own scoring instead of the whole full path.
     */
    private boolean repairsLeaveAlone(String text) {
        return repairs.leavesAlone(text) || repairs.apply(text, new RuleCounts(), RuleTrace.NONE).equals(text);
    }

    /** True when no generic rule before the script rules would change the text (one pass, no line looks). */
    private boolean genericLeavesAlone(String text) {
        int look = CleanTextScan.scan(text, units, ALL_UNTOUCHED);
        return (look & CleanTextScan.FULL) == 0
                && ((look & CleanTextScan.ASK_REPAIRS) == 0 || repairsLeaveAlone(text));
    }

    /** Like {@link #normalize} and also records each rule that fired with a before/after snippet. */
    public Explained explain(String text) {
        RuleCounts counts = new RuleCounts();
        List<RuleFiring> firings = new ArrayList<>();
        String out = run(text, counts, (rule, was, now) -> firings.add(RuleFiring.of(rule, was, now)), true);
        return new Explained(out, counts.asMap(), List.copyOf(firings));
    }

    /**
     * One pass, repeated when the script rules changed something: a script repair can bring characters together
     * that an earlier generic rule would treat differently (a dropped stray mark between two halves of mojibake),
     * so the pass is run again until nothing changes. Text the script rules leave alone takes one pass.
     */
    private String run(String text, RuleCounts counts, RuleTrace trace, boolean fastPath) {
        LinePlan plan = fastPath ? new LinePlan(this) : null;
        int look = fastPath ? look(text, plan) : CleanTextScan.FULL;
        if (look == 0) {
            return text;
        }
        if (look == (CleanTextScan.UNTIDY | CleanTextScan.EDGES_ONLY)) {
            String stripped = GenericRules.withoutBlankEdges(text, counts);
            trace.fired(GenericRules.WHITESPACE.name(), text, stripped);
            return stripped;
        }
        if (look == CleanTextScan.UNTIDY) {
            // the look found untidiness inside the text: the whitespace rule's rebuild, without its own looks
            String tidied = GenericRules.tidied(text, counts);
            if (tidied != text) {
                trace.fired(GenericRules.WHITESPACE.name(), text, tidied);
            }
            return tidied;
        }
        boolean[] scriptsChanged = new boolean[1];
        String out = pass(text, counts, trace, scriptsChanged, fastPath, look, plan);
        if (scriptsChanged[0] && plan != null && plan.rewroteOnlyLines && lookAgainPasses(out, plan)) {
            return out;   // what the loop below finds at its first look, found from the rewritten lines alone
        }
        for (int round = 1; round < MAX_ROUNDS && scriptsChanged[0]; round++) {
            scriptsChanged[0] = false;
            LinePlan again = fastPath ? new LinePlan(this) : null;
            int lookAgain = fastPath ? look(out, again) : CleanTextScan.FULL;
            if (lookAgain == 0) {
                break;   // the look says a pass would hand the text back unchanged
            }
            String next = pass(out, counts, trace, scriptsChanged, fastPath, lookAgain, again);
            if (next.equals(out)) {
                break;
            }
            out = next;
        }
        return out;
    }

    /**
     * One pass of the full path. With {@code lookFirst}, the generic rules before the script rules are skipped
     * when the one-pass look ({@code look}, its answer for this text) says they would all hand the text back (text
     * whose only fault is in one script's lines, such as a Vietnamese tone placed on the other vowel, does not pay
     * for ten generic scans twice, nor for a second look). Then the look's answers line by line ({@code plan})
     * also say which lines the script rules change: only those are rewritten ({@link #byPlan}).
     */
    private String pass(String text, RuleCounts counts, RuleTrace trace, boolean[] scriptsChanged,
                        boolean lookFirst, int look, LinePlan plan) {
        boolean linesOnly = lookFirst && look == (CleanTextScan.FULL | CleanTextScan.LINES_ONLY);
        if (linesOnly && forced == null && plan != null && plan.text == text) {
            return planned(text, plan, counts, trace, scriptsChanged);
        }
        boolean genericClean = linesOnly || lookFirst && look != CleanTextScan.FULL && genericLeavesAlone(text);
        String cleaned = genericClean ? text : converge(before, text, counts, trace);
        String scripted = forced != null ? converge(forced, cleaned, counts, trace) : byLine(cleaned, counts, trace);
        if (!scripted.equals(cleaned)) {
            scriptsChanged[0] = true;
            scripted = NFC_AGAIN.apply(scripted, counts, trace);
        }
        return after.apply(scripted, counts, trace);
    }

    /**
     * The pass over text the look cleared of everything but some lines' script rules: those lines are rewritten
     * ({@link #byPlan}), the rest copied. When every rewritten line is in NFC and has the blank shape of the line
     * it replaces ({@link GenericRules#sameBlankShape}), the text is in NFC (lines are joined by line feeds, which
     * never compose) and the whitespace rule finds what the look found in the text, so NFC is not checked again
     * and the tidying the look chose is applied directly; otherwise both run as on the full path.
     */
    private String planned(String text, LinePlan plan, RuleCounts counts, RuleTrace trace, boolean[] scriptsChanged) {
        String scripted = byPlan(text, plan, counts, trace);
        boolean settled = plan.fixedInNfc && plan.sameShape;
        if (!scripted.equals(text)) {
            scriptsChanged[0] = true;
            if (!settled) {
                scripted = NFC_AGAIN.apply(scripted, counts, trace);
            }
        }
        if (!settled) {
            return after.apply(scripted, counts, trace);
        }
        int tidying = plan.answer & (CleanTextScan.UNTIDY | CleanTextScan.EDGES_ONLY);
        plan.rewroteOnlyLines = tidying == 0;
        String tidied = tidying == 0 ? scripted
                : tidying == CleanTextScan.UNTIDY ? GenericRules.tidied(scripted, counts)
                : GenericRules.withoutBlankEdges(scripted, counts);
        if (tidied != scripted && !tidied.equals(scripted)) {
            trace.fired(GenericRules.WHITESPACE.name(), scripted, tidied);
        }
        return tidied;
    }

    /**
     * The second look of {@link #run} ({@link #look} at {@code out} returns 0) made from the lines the pass
     * rewrote alone, when {@code out} is the text of {@code plan} with only those lines replaced, each in NFC and
     * of the blank shape of the line it replaced, and no tidying done ({@link LinePlan#rewroteOnlyLines}). The
     * lines left as they were get the answers they got, since a line's answers depend on the line alone, and so
     * does the one-pass look's state at a line's start (after a line feed, which neither composes nor continues
     * misread UTF-8); the whitespace answers are those of the text looked at (same blank shapes). What is left to
     * ask: each rewritten line's generic and script looks, and the encoding repairs on the whole new text when
     * it holds a character they may act on. False (ask the whole text) when any of them says no.
     */
    private boolean lookAgainPasses(String out, LinePlan plan) {
        int repairs = plan.answer & CleanTextScan.ASK_REPAIRS;
        for (int k = 0; k < plan.count; k++) {
            String fixed = plan.after[k];
            if (fixed == plan.before[k]) {
                continue;
            }
            if (fixed.indexOf('\n') >= 0) {
                return false;
            }
            int answer = plan.afterLooks[k];   // the look at the rewritten line, made by byPlan
            if ((answer & CleanTextScan.FULL) != 0) {
                return false;
            }
            repairs |= answer & CleanTextScan.ASK_REPAIRS;
        }
        return repairs == 0 || repairsLeaveAlone(out);
    }

    /**
     * What {@link #byLine} gives for text whose lines the look asked about ({@code plan}): the lines it found
     * untouched are lines {@link #byScript} hands back, and the others were already run by the look (without a
     * trace: with one, for {@code --explain}, they are run again here so that each firing is recorded).
     */
    private String byPlan(String text, LinePlan plan, RuleCounts counts, RuleTrace trace) {
        StringBuilder out = null;
        CleanTextScan.Lines looksOnly = null;
        int copied = 0;
        for (int k = 0; k < plan.count; k++) {
            int from = plan.lines[2 * k];
            int to = plan.lines[2 * k + 1];
            String line = plan.before[k];
            String fixed;
            if (trace == RuleTrace.NONE) {
                fixed = plan.after[k];
                counts.addAll(plan.counts[k]);
            } else {
                fixed = byScript(line, modules.modulesIn(text, from, to), counts, trace, false);
            }
            plan.after[k] = fixed;
            if (fixed == line) {
                continue;
            }
            // the one-pass look at the rewritten line, its line looks included (lookAgainPasses keeps its answer):
            // when it finds nothing a generic rule would change, the line is in NFC by the quick check, and ICU
            // need not check it again
            if (looksOnly == null) {
                LinePlan lineLooks = new LinePlan(this);
                looksOnly = (lineText, lineFrom, lineTo, scripts) -> {
                    lineLooks.copy = null;
                    return looksPass(lineText, lineFrom, lineTo, scripts, lineLooks);
                };
            }
            int look = CleanTextScan.scan(fixed, units, looksOnly);
            plan.afterLooks[k] = look;
            plan.fixedInNfc &= (look & CleanTextScan.FULL) == 0 || NFC.isNormalized(fixed);
            plan.sameShape &= GenericRules.sameBlankShape(line, fixed);
            out = out == null ? new StringBuilder(text.length() + 16) : out;
            out.append(text, copied, from).append(fixed);
            copied = to;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * True when, for each module whose characters {@code text[from, to)} holds, its rules' cheap looks leave the
     * line alone: on the range where all its rules can look at one, else on a copy of the line, made once and
     * left in {@code plan.copy} for the caller.
     */
    boolean looksPass(String text, int from, int to, long scripts, LinePlan plan) {
        for (int i = 0; i < byModule.size() && i < Long.SIZE; i++) {
            Normalizer rules = byModule.get(i);
            if ((scripts & (1L << i)) == 0 || rules.isEmpty()) {
                continue;
            }
            boolean alone;
            if (rules.looksAtRanges()) {
                alone = rules.leavesAlone(text, from, to);
            } else {
                if (plan.copy == null) {
                    plan.copy = from == 0 && to == text.length() ? text : text.substring(from, to);
                }
                alone = rules.leavesAlone(plan.copy);
            }
            if (!alone) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the full path's script rules make of a line ({@link #byScript}), its counts in {@code changes}, each
     * rule skipped where its own look says it has nothing to do: the look's run of a line ({@link LinePlan}).
     */
    String runLine(String line, long scripts, RuleCounts changes) {
        return byScript(line, scripts, changes, RuleTrace.NONE, true);
    }

    private String byLine(String text, RuleCounts counts, RuleTrace trace) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            long scripts = modules.modulesIn(text, start, end);
            String fixed = null;
            if (scripts != 0) {
                String line = text.substring(start, end);
                fixed = byScript(line, scripts, counts, trace, false);
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

    /**
     * The rules of each module whose characters the line holds and which claims it, in module order. With
     * {@code looking}, each rule whose cheap look says it leaves the current text alone is not run (it would hand
     * the text back as it is, by its contract): the same answer, at the cost of the looks where nothing changes.
     */
    private String byScript(String line, long scripts, RuleCounts counts, RuleTrace trace, boolean looking) {
        String out = line;
        for (int i = 0; i < byModule.size() && i < Long.SIZE; i++) {
            Normalizer rules = byModule.get(i);
            if ((scripts & (1L << i)) != 0 && !rules.isEmpty() && modules.all().get(i).claimsLine(out)) {
                out = converge(rules, out, counts, trace, looking);
            }
        }
        return out;
    }

    /** Runs the rules until they change nothing (at most {@link #MAX_ROUNDS} rounds). */
    private static String converge(Normalizer rules, String text, RuleCounts counts, RuleTrace trace) {
        return converge(rules, text, counts, trace, false);
    }

    private static String converge(Normalizer rules, String text, RuleCounts counts, RuleTrace trace,
                                   boolean looking) {
        String current = text;
        for (int round = 0; round < MAX_ROUNDS && !rules.isEmpty(); round++) {
            String next = looking ? rules.applyLooking(current, counts, trace) : rules.apply(current, counts, trace);
            if (next.equals(current)) {
                break;
            }
            current = next;
            if (rules.leavesAlone(current)) {
                break;   // another round would change nothing
            }
        }
        return current;
    }

    private static Normalizer rulesOf(LanguageProfile profile, RuleCatalog catalog) {
        return new Normalizer(catalog.rules(profile.normalizers(), "language profile " + profile.code() + ".yaml"));
    }
}
