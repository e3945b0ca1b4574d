package org.seacorpus.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Independent gold word boundaries from the shared training material ({@code /work/shared/training}, or the
 * directory named by the system property or environment variable {@code SEACORPUS_TRAINING}): the train splits of
 * UD_Thai-TUD and UD_Vietnamese-VTB, the TALPCo token files (Thai, Burmese) and the word-segmented Khmer prompts
 * of google/language-resources. They are read at test time to measure the segmenters, never copied into the
 * project (several are share-alike). Each reader gives the sentence as text and its words as spans; tokens made
 * only of punctuation are not scored, as in {@link GoldSet}. A sentence whose tokens do not spell its text is
 * skipped.
 */
final class TrainingGold {
    private TrainingGold() {
    }

    /** The training directory, if it is there. */
    static Optional<Path> root() {
        String named = System.getProperty("SEACORPUS_TRAINING", System.getenv("SEACORPUS_TRAINING"));
        Path dir = Path.of(named != null ? named : "/work/shared/training");
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The independent sets by name ({@code th-tud}, {@code th-talpco}, {@code my-talpco}, {@code km-prompts}, {@code vi-vtb}). */
    static Map<String, GoldSet> all(Path root) {
        Map<String, GoldSet> out = new java.util.LinkedHashMap<>();
        out.put("th-tud", conllu("th", root.resolve("tha/UD_Thai-TUD/th_tud-ud-train.conllu")));
        out.put("th-talpco", talpco("th", root.resolve("tha/TALPCo/tha/data_tha.txt"),
                root.resolve("tha/TALPCo/tha/data_tha-token.txt")));
        out.put("km-prompts", spaced("km", root.resolve("khm/google-language-resources/km/data/prompts.tsv")));
        out.put("my-talpco", talpco("my", root.resolve("mya/TALPCo/myn/data_myn.txt"),
                root.resolve("mya/TALPCo/myn/data_myn-token.txt")));
        out.put("vi-vtb", conllu("vi", root.resolve("vie/UD_Vietnamese-VTB/vi_vtb-ud-train.conllu")));
        return out;
    }

    /** CoNLL-U: the {@code # text} line and the FORM of each word (multiword ranges as their surface token). */
    static GoldSet conllu(String lang, Path file) {
        List<GoldSet.Sentence> out = new ArrayList<>();
        String text = null;
        List<String> forms = new ArrayList<>();
        int skipUntil = 0;
        for (String line : lines(file)) {
            if (line.startsWith("# text")) {
                text = line.substring(line.indexOf('=') + 1).strip();
            } else if (line.isBlank()) {
                if (text != null && !forms.isEmpty()) {
                    align(text, forms).ifPresent(out::add);
                }
                text = null;
                forms = new ArrayList<>();
                skipUntil = 0;
            } else if (!line.startsWith("#")) {
                String[] cols = line.split("\t");
                String id = cols[0];
                if (id.contains("-")) {
                    forms.add(cols[1]);
                    skipUntil = Integer.parseInt(id.substring(id.indexOf('-') + 1));
                } else if (!id.contains(".") && Integer.parseInt(id) > skipUntil) {
                    forms.add(cols[1]);
                }
            }
        }
        if (text != null && !forms.isEmpty()) {
            align(text, forms).ifPresent(out::add);
        }
        return new GoldSet(lang, out);
    }

    /** TALPCo: {@code id TAB sentence} lines, and a token file of an id line, one token a line, then {@code <EOS>}. */
    static GoldSet talpco(String lang, Path raw, Path tokens) {
        Map<String, String> texts = new HashMap<>();
        for (String line : lines(raw)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                texts.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        List<GoldSet.Sentence> out = new ArrayList<>();
        String id = null;
        List<String> forms = new ArrayList<>();
        for (String line : lines(tokens)) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (id == null) {
                id = t;
            } else if (t.equals("<EOS>")) {
                String text = texts.get(id);
                if (text != null) {
                    align(text, forms).ifPresent(out::add);
                }
                id = null;
                forms = new ArrayList<>();
            } else {
                forms.add(t);
            }
        }
        return new GoldSet(lang, out);
    }

    /** {@code id TAB w1 w2 …}: words separated by spaces in a language written without them; text is their concatenation. */
    static GoldSet spaced(String lang, Path file) {
        List<GoldSet.Sentence> out = new ArrayList<>();
        for (String line : lines(file)) {
            int tab = line.indexOf('\t');
            if (tab < 0 || line.startsWith("#")) {
                continue;
            }
            List<String> forms = List.of(line.substring(tab + 1).strip().split("\\s+"));
            align(String.join("", forms), forms).ifPresent(out::add);
        }
        return new GoldSet(lang, out);
    }

    /** The spans of {@code forms} in {@code text}, in order, skipping whitespace between them; empty if they do not spell it. */
    static Optional<GoldSet.Sentence> align(String text, List<String> forms) {
        Set<GoldSet.Span> words = new HashSet<>();
        int pos = 0;
        for (String form : forms) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (!text.startsWith(form, pos)) {
                return Optional.empty();
            }
            int s = pos;
            int e = pos + form.length();
            while (s < e && GoldSet.isPunctuation(text.charAt(s))) {
                s++;
            }
            while (e > s && GoldSet.isPunctuation(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                words.add(new GoldSet.Span(s, e));
            }
            pos += form.length();
        }
        return Optional.of(new GoldSet.Sentence(text, words));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read independent gold " + file, e);
        }
    }
}
