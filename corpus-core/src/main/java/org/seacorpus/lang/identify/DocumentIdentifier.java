package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.ScriptDetector;

/**
 * Cuts a text into the parts that are identified one by one: paragraphs (lines), and within a paragraph the runs
 * of each script that are long enough to stand alone. A run of another script shorter than
 * {@value #MIN_RUN_LETTERS} letters (a brand name in a Thai sentence, a Thai word in an English one) stays with
 * its neighbours; so do all the runs of a paragraph that is mostly kana (Japanese mixes Han and kana). A paragraph
 * that is mostly numbers, symbols or web addresses ({@link TextShape}) is {@code und} as a whole.
 *
 * <p>Latin paragraphs of one document are then read in the light of the whole document: each paragraph's
 * probabilities are multiplied by those of all the document's Latin text together and renormalised, so a short
 * paragraph that could be Indonesian or Malay follows the document while a clearly English paragraph stays English.
 * Thread-safe.
 */
final class DocumentIdentifier {
    static final int MIN_RUN_LETTERS = 12;
    static final double KANA_SHARE = 0.05;
    static final int MAX_PRIOR_CHARS = 20_000;
    static final int MAX_PARAGRAPHS = 2_000;
    /** Floor added to the document prior so that a paragraph can differ from its document. */
    static final double PRIOR_FLOOR = 0.01;

    /** One identified part: offsets in the text, its letters, and the answer. */
    record Part(int start, int end, int letters, Identification id) {
    }

    private final SegmentIdentifier identifier;
    private final ScriptDetector detector = new ScriptDetector();

    DocumentIdentifier(SegmentIdentifier identifier) {
        this.identifier = identifier;
    }

    /**
     * The parts of {@code text}: one paragraph per line when {@code byLine}, else the whole text as one. A document
     * of more than {@value #MAX_PARAGRAPHS} lines is read in blocks of consecutive lines instead, so the work per
     * document stays bounded (its spans are then as fine as the blocks).
     */
    List<Part> parts(String text, boolean byLine) {
        String blanked = TextShape.blankAddresses(text);
        List<Part> parts = new ArrayList<>();
        int linesPerBlock = byLine ? Math.max(1, (int) Math.ceil(countLines(text) / (double) MAX_PARAGRAPHS)) : 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            for (int i = 0; i < linesPerBlock && end >= 0; i++) {
                end = text.indexOf('\n', i == 0 ? start : end + 1);
            }
            end = !byLine || end < 0 ? text.length() : end;
            paragraph(text, blanked, start, end, parts);
            start = end + 1;
        }
        if (byLine) {
            applyLatinPrior(parts, blanked);
        }
        return parts;
    }

    private static int countLines(String text) {
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    private void paragraph(String text, String blanked, int from, int to, List<Part> out) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        ScriptDetector.Result scripts = detector.detect(blanked.substring(start, end));
        if (scripts.letters() == 0) {
            return;
        }
        if (TextShape.letterShare(text, blanked, start, end) < TextShape.MIN_LETTER_SHARE) {
            out.add(new Part(start, end, (int) scripts.letters(), Identification.undetermined(scripts.dominant())));
            return;
        }
        for (ScriptDetector.Run seg : segments(scripts, start)) {
            String piece = blanked.substring(seg.start(), seg.end());
            out.add(new Part(seg.start(), seg.end(), (int) seg.letters(), identifier.identify(piece, seg.script())));
        }
    }

    /** Script runs merged so that every segment is long enough to identify, offsets shifted by {@code base}. */
    private static List<ScriptDetector.Run> segments(ScriptDetector.Result scripts, int base) {
        long kana = scripts.counts().getOrDefault("Hira", 0L) + scripts.counts().getOrDefault("Kana", 0L);
        boolean japanese = kana >= KANA_SHARE * scripts.letters();
        Map<String, Long> significant = new HashMap<>();
        for (ScriptDetector.Run run : scripts.runs()) {
            String script = japanese ? japanese(run.script()) : run.script();
            if (!LatinIdentifier.LATIN.equals(script) || run.letters() >= MIN_RUN_LETTERS) {
                significant.merge(script, run.letters(), Long::sum);
            }
        }
        String dominant = significant.isEmpty()
                ? scripts.dominant()
                : significant.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<ScriptDetector.Run> out = new ArrayList<>();
        int pendingStart = -1;
        long pendingLetters = 0;
        for (ScriptDetector.Run run : scripts.runs()) {
            String script = japanese ? japanese(run.script()) : run.script();
            boolean standsAlone = script.equals(dominant) || run.letters() >= MIN_RUN_LETTERS;
            ScriptDetector.Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (!standsAlone && last == null) {
                pendingStart = pendingStart < 0 ? run.start() : pendingStart;
                pendingLetters += run.letters();
            } else if (!standsAlone || last != null && last.script().equals(script)) {
                out.set(out.size() - 1, new ScriptDetector.Run(last.start(), base + run.end(), last.script(),
                        last.letters() + run.letters()));
            } else {
                int start = pendingStart >= 0 ? pendingStart : run.start();
                out.add(new ScriptDetector.Run(base + start, base + run.end(), script, run.letters() + pendingLetters));
                pendingStart = -1;
                pendingLetters = 0;
            }
        }
        return out;
    }

    private static String japanese(String script) {
        return switch (script) {
            case "Hani", "Hira", "Kana" -> SegmentIdentifier.JAPANESE;
            default -> script;
        };
    }

    /** Reads each Latin part's probabilities in the light of all the document's Latin text (see class doc). */
    private void applyLatinPrior(List<Part> parts, String blanked) {
        List<Integer> latin = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (LatinIdentifier.LATIN.equals(p.id().script()) && p.id().candidates().size() > 1) {
                latin.add(i);
                if (all.length() < MAX_PRIOR_CHARS) {
                    all.append(blanked, p.start(), Math.min(p.end(), p.start() + MAX_PRIOR_CHARS)).append('\n');
                }
            }
        }
        if (latin.size() < 2) {
            return;
        }
        Map<String, Double> prior = new HashMap<>();
        for (Identification.Candidate c : identifier.identify(all.toString(), LatinIdentifier.LATIN).candidates()) {
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
            parts.set(i, new Part(p.start(), p.end(), p.letters(),
                    identifier.decide(LatinIdentifier.LATIN, combined)));
        }
    }

    /** Letters per language over the parts, for the "language of most letters" rule. */
    static Map<String, Long> lettersByLanguage(List<Part> parts) {
        Map<String, Long> out = new HashMap<>();
        for (Part p : parts) {
            out.merge(p.id().lang(), (long) p.letters(), Long::sum);
        }
        return out;
    }

    /** The language with most letters; ties go to a real language before und, then alphabetically. */
    static String winner(Map<String, Long> letters) {
        return letters.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(e -> !e.getKey().equals(LanguageInfo.UNDETERMINED))
                        .thenComparing(Map.Entry::getKey, (a, b) -> b.compareTo(a)))
                .map(Map.Entry::getKey)
                .orElse(LanguageInfo.UNDETERMINED);
    }
}
