package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.document.LanguageInfo;

import com.ibm.icu.lang.UScript;

/**
 * Cuts a text into the parts that are identified one by one: paragraphs (lines), and within a paragraph the runs
 * of each script that are long enough to stand alone. A paragraph that is mostly numbers, symbols or web addresses
 * ({@link TextShape}) is {@code und} as a whole.
 *
 * <p><b>Mixed scripts.</b> A paragraph's main script is the one with most letters <em>weighted by script</em>
 * ({@link ScriptWeights}: a Han character says about as much as three Latin letters). Latin text inside a
 * paragraph of another script counts only when it reads as a sentence, i.e. has function words of a Latin-script
 * language; names, brands and terms (<i>ผมใช้ Microsoft Office 365 และ Google Workspace ทุกวัน</i>, <i>Starbucks</i>,
 * <i>caramel macchiato</i>) are embedded in the line and weigh nothing in its language, though they keep a part
 * (and a span) of their own when they have at least {@value #MIN_RUN_LETTERS} letters. A shorter run of another
 * script (a brand name in a Thai sentence, a Thai word in an English one) stays with its neighbours, and so do all
 * the runs of a paragraph that is mostly kana (Japanese mixes Han and kana).
 *
 * <p><b>Documents.</b> Latin paragraphs of one document are read in the light of the whole document: each
 * paragraph's probabilities are multiplied by those of all the document's Latin text together and renormalised, so
 * a short paragraph that could be Indonesian or Malay follows the document while a clearly English paragraph stays
 * English. A short Latin paragraph (a heading such as <i>Pasal 1</i>, fewer than {@value #SHORT_LETTERS} letters)
 * that is still {@code und} then takes the language of the document's other Latin paragraphs, and says so
 * ({@link Part#inherited()}). Thread-safe.
 */
final class DocumentIdentifier {
    static final int MIN_RUN_LETTERS = 12;
    static final double KANA_SHARE = 0.05;
    static final int MAX_PRIOR_CHARS = 20_000;
    static final int MAX_PARAGRAPHS = 2_000;
    /** Floor added to the document prior so that a paragraph can differ from its document. */
    static final double PRIOR_FLOOR = 0.01;
    /** A Latin paragraph with fewer letters than this is short: a heading, a numbered item, a caption. */
    static final int SHORT_LETTERS = 20;
    private static final int LATIN = UScript.LATIN;

    /**
     * One identified part: offsets in the text, its letters, what it weighs in the language of its paragraph or
     * document (letters times the script's weight; 0 for names embedded in a line of another script), the answer,
     * whether it is text at all (letters are at least half of what is visible), and whether its language was
     * inherited from the document rather than found in the part.
     */
    record Part(int start, int end, int letters, double weight, Identification id, boolean text, boolean inherited) {
        Part withId(Identification replacement, boolean inheritedLanguage) {
            return new Part(start, end, letters, weight, replacement, text, inheritedLanguage);
        }
    }

    /** Script runs cut for identification, and whether the paragraph's Latin text is embedded names and terms. */
    private record Segments(List<ScriptScan.Run> runs, int dominant, boolean latinEmbedded) {
    }

    private final SegmentIdentifier identifier;
    /** Whether the whole-document pass adds the parts' model evidence instead of scanning their text again. */
    private final boolean reuseEvidence;

    DocumentIdentifier(SegmentIdentifier identifier) {
        this(identifier, true);
    }

    /** @param reuseEvidence false to scan the document's Latin text again in {@code applyLatinPrior} (for tests) */
    DocumentIdentifier(SegmentIdentifier identifier, boolean reuseEvidence) {
        this.identifier = identifier;
        this.reuseEvidence = reuseEvidence;
    }

    /**
     * The parts of {@code text}: one paragraph per line when {@code byLine}, else the whole text as one. A document
     * of more than {@value #MAX_PARAGRAPHS} lines is read in blocks of consecutive lines instead, so the work per
     * document stays bounded (its spans are then as fine as the blocks).
     */
    List<Part> parts(String text, boolean byLine) {
        String blanked = TextShape.blankAddresses(text);
        TextBuffer buffer = TextBuffer.take(text, blanked);
        try {
            return parts(text, blanked, buffer, byLine);
        } finally {
            buffer.release();
        }
    }

    /**
     * {@link #parts(String, boolean)} with the blanked text ({@link TextShape#blankAddresses}) and both read into
     * {@code buffer} ({@link TextBuffer#take}) by the caller; {@code buffer}'s tallies then hold what the scans of
     * the paragraphs saw. Every character not in a scanned paragraph is a line break or white space trimmed off a
     * paragraph, never visible, so when no address was blanked the tallies give the whole text's
     * {@link TextShape#letterShare} ({@link #letterShare(TextBuffer)}).
     */
    List<Part> parts(String text, String blanked, TextBuffer buffer, boolean byLine) {
        List<Part> parts = new ArrayList<>();
        // the model's evidence for each part (null where none), for the whole-document pass
        List<ModelEvidence> evidence = byLine && reuseEvidence ? new ArrayList<>() : null;
        int linesPerBlock = byLine ? Math.max(1, (int) Math.ceil(countLines(text) / (double) MAX_PARAGRAPHS)) : 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            for (int i = 0; i < linesPerBlock && end >= 0; i++) {
                end = text.indexOf('\n', i == 0 ? start : end + 1);
            }
            end = !byLine || end < 0 ? text.length() : end;
            paragraph(buffer, blanked, start, end, parts, evidence);
            start = end + 1;
        }
        if (byLine) {
            applyLatinPrior(parts, blanked, evidence);
            inheritShortParagraphs(parts);
        }
        return parts;
    }

    /**
     * The whole text's share of letters among visible characters, {@link TextShape#letterShare} of {@code [0,
     * length)}: from the tallies of {@link #parts(String, String, TextBuffer, boolean)} when no address was blanked
     * (the scan counts the same characters the same way there), else read again.
     */
    static double letterShare(TextBuffer buffer) {
        if (buffer.unblanked()) {
            return buffer.visible == 0 ? 0.0 : buffer.wordChars / (double) buffer.visible;
        }
        return TextShape.letterShare(buffer.text, buffer.blanked, buffer.length, 0, buffer.length);
    }

    private static int countLines(String text) {
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    private void paragraph(TextBuffer buffer, String blanked, int from, int to, List<Part> out,
                           List<ModelEvidence> evidence) {
        char[] text = buffer.text;
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (start == end) {
            return;
        }
        ScriptScan.Result scan = ScriptScan.scan(text, buffer.blanked, buffer.length, start, end, buffer.counts);
        buffer.wordChars += scan.wordChars();
        buffer.visible += scan.visible();
        if (scan.letters() == 0) {
            return;
        }
        if (scan.letterShare() < TextShape.MIN_LETTER_SHARE) {
            int dominant = scan.dominant();
            out.add(new Part(start, end, scan.letters(), scan.letters() * ScriptWeights.of(dominant),
                    Identification.undetermined(ScriptScan.name(dominant)), false, false));
            if (evidence != null) {
                evidence.add(null);
            }
            return;
        }
        Segments segments = segments(blanked, scan);
        for (ScriptScan.Run seg : segments.runs()) {
            String piece = blanked.substring(seg.start(), seg.end());
            boolean embedded = segments.latinEmbedded() && seg.script() == LATIN;
            double weight = embedded ? 0.0 : seg.letters() * ScriptWeights.of(seg.script());
            ModelEvidence kept = evidence != null && seg.script() == LATIN ? new ModelEvidence() : null;
            out.add(new Part(seg.start(), seg.end(), seg.letters(), weight,
                    identifier.identify(piece, seg.name(), null, kept), true, false));
            if (evidence != null) {
                evidence.add(kept);
            }
        }
    }

    /** Script runs merged so that every segment is long enough to identify. */
    private Segments segments(String blanked, ScriptScan.Result scan) {
        int kana = scan.count(UScript.HIRAGANA) + scan.count(UScript.KATAKANA);
        boolean japanese = kana >= KANA_SHARE * scan.letters();
        List<ScriptScan.Run> runs = scan.runs();
        boolean mixed = false;
        for (ScriptScan.Run run : runs) {
            mixed |= japanese(run.script(), japanese) != japanese(runs.get(0).script(), japanese);
        }
        if (!mixed) {
            ScriptScan.Run first = runs.get(0);
            ScriptScan.Run last = runs.get(runs.size() - 1);
            int script = japanese(first.script(), japanese);
            return new Segments(List.of(new ScriptScan.Run(first.start(), last.end(), script, scan.letters())),
                    script, false);
        }
        boolean latinEmbedded = false;
        if (scan.count(LATIN) > 0) {
            StringBuilder latin = new StringBuilder();
            for (ScriptScan.Run run : runs) {
                if (run.script() == LATIN) {
                    latin.append(blanked, run.start(), run.end()).append(' ');
                }
            }
            latinEmbedded = !identifier.readsAsSentence(latin);
        }
        // the weight of each script's significant runs, scripts in the order first met (a paragraph has a few)
        int[] scripts = new int[runs.size()];
        double[] weights = new double[runs.size()];
        int distinct = 0;
        for (ScriptScan.Run run : runs) {
            int script = japanese(run.script(), japanese);
            if (script != LATIN || run.letters() >= MIN_RUN_LETTERS) {
                double weight = script == LATIN && latinEmbedded ? 0.0 : run.letters() * ScriptWeights.of(script);
                int k = 0;
                while (k < distinct && scripts[k] != script) {
                    k++;
                }
                if (k == distinct) {
                    scripts[distinct++] = script;
                }
                weights[k] += weight;
            }
        }
        int best = -1;   // the first script met of the greatest weight
        for (int k = 0; k < distinct; k++) {
            if (best < 0 || weights[k] > weights[best]) {
                best = k;
            }
        }
        int dominant = best < 0 || weights[best] <= 0 ? japanese(scan.dominant(), japanese) : scripts[best];
        List<ScriptScan.Run> out = new ArrayList<>();
        int pendingStart = -1;
        int pendingLetters = 0;
        for (ScriptScan.Run run : runs) {
            int script = japanese(run.script(), japanese);
            boolean standsAlone = script == dominant || run.letters() >= MIN_RUN_LETTERS;
            ScriptScan.Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (!standsAlone && last == null) {
                pendingStart = pendingStart < 0 ? run.start() : pendingStart;
                pendingLetters += run.letters();
            } else if (!standsAlone || last != null && last.script() == script) {
                out.set(out.size() - 1, new ScriptScan.Run(last.start(), run.end(), last.script(),
                        last.letters() + run.letters()));
            } else {
                int start = pendingStart >= 0 ? pendingStart : run.start();
                out.add(new ScriptScan.Run(start, run.end(), script, run.letters() + pendingLetters));
                pendingStart = -1;
                pendingLetters = 0;
            }
        }
        return new Segments(out, dominant, latinEmbedded && dominant != LATIN);
    }

    private static int japanese(int script, boolean japanese) {
        if (!japanese) {
            return script;
        }
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                ? UScript.JAPANESE : script;
    }

    /**
     * Reads each Latin part's probabilities in the light of all the document's Latin text (see class doc).
     *
     * <p>The Latin text is the parts joined by line breaks, and the n-gram model cuts its features within words, so
     * the model's evidence for it is the parts' evidence added up, feature for feature. When the parts' evidence was
     * kept ({@code evidence}, null otherwise), every part went in whole (none cut at {@value #MAX_PRIOR_CHARS}
     * characters) and the sums are exact ({@link NgramModel#isExact}: then the order of the additions does not
     * matter), the parts' sums are used and the joined text is not scanned again by the model; the answer is the
     * same to the last bit. The rest of the whole-text pass (language modules, pair models) reads the text.
     */
    private void applyLatinPrior(List<Part> parts, String blanked, List<ModelEvidence> evidence) {
        List<Integer> latin = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        ModelEvidence summed = evidence != null ? new ModelEvidence() : null;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (LatinIdentifier.LATIN.equals(p.id().script()) && p.id().candidates().size() > 1) {
                latin.add(i);
                if (all.length() < MAX_PRIOR_CHARS) {
                    all.append(blanked, p.start(), Math.min(p.end(), p.start() + MAX_PRIOR_CHARS)).append('\n');
                    ModelEvidence kept = summed != null ? evidence.get(i) : null;
                    if (kept == null || !kept.isSet() || p.end() > p.start() + MAX_PRIOR_CHARS) {
                        summed = null;
                    } else {
                        summed.add(kept);
                    }
                }
            }
        }
        if (latin.size() < 2) {
            return;
        }
        if (summed != null && (!summed.isSet() || !identifier.latin().model().isExact(summed.sums))) {
            summed = null;
        }
        Map<String, Double> prior = new HashMap<>();
        for (Identification.Candidate c : identifier.identify(all.toString(), LatinIdentifier.LATIN, summed, null)
                .candidates()) {
            prior.put(c.lang(), c.score());
        }
        for (int i : latin) {
            Part p = parts.get(i);
            List<Identification.Candidate> combined = new ArrayList<>();
            double sum = 0;
            for (Identification.Candidate c : p.id().candidates()) {
                double v = c.score() * (prior.getOrDefault(c.lang(), 0.0) + PRIOR_FLOOR);
                combined.add(new Identification.Candidate(c.lang(), v));
                sum += v;
            }
            if (sum <= 0) {
                continue;
            }
            double total = sum;
            combined.replaceAll(c -> new Identification.Candidate(c.lang(), c.score() / total));
            combined.sort((a, b) -> Double.compare(b.score(), a.score()));
            parts.set(i, p.withId(identifier.decide(LatinIdentifier.LATIN, combined), false));
        }
    }

    /**
     * Gives each short Latin paragraph that is still {@code und} (a heading such as <i>Pasal 1</i> or
     * <i>Artikulo 1</i>, too short to tell on its own) the language of the document's other Latin paragraphs,
     * with their mean score, and marks it as inherited.
     */
    private static void inheritShortParagraphs(List<Part> parts) {
        Map<String, double[]> latin = new HashMap<>();
        for (Part p : parts) {
            if (isLatin(p) && p.letters() >= SHORT_LETTERS && !p.id().isUndetermined()) {
                double[] sums = latin.computeIfAbsent(p.id().lang(), k -> new double[2]);
                sums[0] += p.letters();
                sums[1] += p.letters() * p.id().score();
            }
        }
        if (latin.isEmpty()) {
            return;
        }
        Map.Entry<String, double[]> best = null;
        for (Map.Entry<String, double[]> e : latin.entrySet()) {
            if (best == null || e.getValue()[0] > best.getValue()[0]
                    || e.getValue()[0] == best.getValue()[0] && e.getKey().compareTo(best.getKey()) < 0) {
                best = e;
            }
        }
        String lang = best.getKey();
        double score = best.getValue()[1] / best.getValue()[0];
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (isLatin(p) && p.text() && p.letters() < SHORT_LETTERS && p.id().isUndetermined()) {
                parts.set(i, p.withId(new Identification(lang, p.id().script(), score, p.id().candidates()), true));
            }
        }
    }

    private static boolean isLatin(Part p) {
        return LatinIdentifier.LATIN.equals(p.id().script());
    }

    /**
     * What each language weighs over the parts (letters times script weight), for the "language of most letters"
     * rule; when every part weighs nothing (a line of names only), their letters.
     */
    static Map<String, Double> weightByLanguage(List<Part> parts) {
        Map<String, Double> out = new HashMap<>();
        double total = 0;
        for (Part p : parts) {
            out.merge(p.id().lang(), p.weight(), Double::sum);
            total += p.weight();
        }
        if (total <= 0) {
            out.clear();
            for (Part p : parts) {
                out.merge(p.id().lang(), (double) p.letters(), Double::sum);
            }
        }
        return out;
    }

    /** The language that weighs most; ties go to a real language before und, then alphabetically. */
    static String winner(Map<String, Double> weights) {
        // a loop giving what Stream.max gave: the first entry met that no later one beats (the order is total)
        Map.Entry<String, Double> best = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (best == null || beats(e, best)) {
                best = e;
            }
        }
        return best == null ? LanguageInfo.UNDETERMINED : best.getKey();
    }

    /** Whether {@code a} weighs more than {@code b}; at equal weight a real language before und, then alphabetically. */
    private static boolean beats(Map.Entry<String, Double> a, Map.Entry<String, Double> b) {
        int byWeight = a.getValue().compareTo(b.getValue());
        if (byWeight != 0) {
            return byWeight > 0;
        }
        boolean aReal = !a.getKey().equals(LanguageInfo.UNDETERMINED);
        boolean bReal = !b.getKey().equals(LanguageInfo.UNDETERMINED);
        if (aReal != bReal) {
            return aReal;
        }
        return b.getKey().compareTo(a.getKey()) > 0;
    }

    /** The sum of the weights as {@code values().stream().mapToDouble(..).sum()} gave it, bit for bit. */
    static double total(Map<String, Double> weights) {
        StreamSum sum = new StreamSum();
        for (Double w : weights.values()) {
            sum.add(w);
        }
        return sum.sum();
    }

    /** The parts' weights summed as {@code parts.stream().mapToDouble(Part::weight).sum()} gave it, bit for bit. */
    static double totalWeight(List<Part> parts) {
        StreamSum sum = new StreamSum();
        for (Part p : parts) {
            sum.add(p.weight());
        }
        return sum.sum();
    }
}
