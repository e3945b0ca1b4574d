package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The openly licensed text of the machine's shared training folder ({@code /work/shared/training}, or the folder
 * named by {@code -Dseacorpus.training}), read for the language identifier: every source is cut, by a hash of each
 * sentence (or of its sentence id, for the parallel TALPCo corpus, so that the translations of one sentence fall
 * together), into a training part, a development part and a final part that is kept untouched for the final
 * figure. Nothing of it is copied into the project: the shipped model holds counts computed from the training part
 * of the sources marked {@code shipped} (permissive licences only), and the evaluations read the other parts from
 * the folder when it is there.
 *
 * <p>Each source gives at most {@value #HELD_OUT} sentences to each held-out part (and never more than a tenth).
 */
final class SharedTrainingText {
    static final Path ROOT = Path.of(System.getProperty("seacorpus.training", "/work/shared/training"));
    static final int HELD_OUT = 300;

    enum Split { TRAIN, DEV, FINAL }

    enum Format {
        /** one text per line */
        LINES,
        /** {@code id<TAB>text} (TALPCo, google prompts); TALPCo ids group translations */
        ID_TAB,
        /** {@code id<TAB>text} where the id is not shared across languages */
        PROMPT_TAB
    }

    /**
     * One source file.
     *
     * @param label   our language code
     * @param path    below the training folder
     * @param format  how lines hold text
     * @param licence the licence, as its PROVENANCE.md gives it
     * @param shipped true when the shipped model may be trained from it (permissive licence)
     * @param name    short name for the docs
     */
    record Source(String label, String path, Format format, String licence, boolean shipped, String name) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("id", "ind/TALPCo/ind/data_ind.txt", Format.ID_TAB, "CC BY 4.0", true, "TALPCo"),
            new Source("id", "ind/LASER-Tatoeba-v1/data/tatoeba/v1/tatoeba.ind-eng.ind", Format.LINES,
                    "CC BY 2.0 FR", true, "Tatoeba"),
            new Source("id", "ind/IndoNLU-posp-nergrit-facqa/nergrit_detok.txt", Format.LINES, "MIT", true,
                    "IndoNLU NERGrit"),
            new Source("id", "ind/IndoNLU-posp-nergrit-facqa/facqa_passages_detok.txt", Format.LINES, "MIT", true,
                    "IndoNLU FacQA"),
            new Source("id", "ind/IndoNLU-posp-nergrit-facqa/posp_detok.txt", Format.LINES, "MIT", true,
                    "IndoNLU POSP"),
            new Source("ms", "zsm/TALPCo/zsm/data_zsm.txt", Format.ID_TAB, "CC BY 4.0", true, "TALPCo"),
            new Source("jv", "jav/TALPCo/jav/data_jav.txt", Format.ID_TAB, "CC BY 4.0", true, "TALPCo"),
            new Source("jv", "jav/LASER-Tatoeba-v1/data/tatoeba/v1/tatoeba.jav-eng.jav", Format.LINES,
                    "CC BY 2.0 FR", true, "Tatoeba"),
            new Source("jv", "jav/NusaWrites/nusaparagraph_jav.txt", Format.LINES, "Apache-2.0", true,
                    "NusaWrites paragraphs"),
            new Source("jv", "jav/NusaWrites/nusatranslation_jav.txt", Format.LINES, "Apache-2.0", true,
                    "NusaWrites translations"),
            new Source("jv", "jav/google-language-resources/jv/data/jvf_prompts.tsv", Format.PROMPT_TAB,
                    "CC BY 4.0", true, "Google jv prompts"),
            new Source("jv", "jav/google-language-resources/jv/data/jvm_prompts.tsv", Format.PROMPT_TAB,
                    "CC BY 4.0", true, "Google jv prompts"),
            new Source("su", "sun/NusaWrites/nusaparagraph_sun.txt", Format.LINES, "Apache-2.0", true,
                    "NusaWrites paragraphs"),
            new Source("su", "sun/NusaWrites/nusatranslation_sun.txt", Format.LINES, "Apache-2.0", true,
                    "NusaWrites translations"),
            new Source("su", "sun/google-language-resources/su/data/suf_prompts.tsv", Format.PROMPT_TAB,
                    "Apache-2.0", true, "Google su prompts"),
            new Source("su", "sun/google-language-resources/su/data/sum_prompts.tsv", Format.PROMPT_TAB,
                    "Apache-2.0", true, "Google su prompts"),
            new Source("fil", "tgl/LASER-Tatoeba-v1/data/tatoeba/v1/tatoeba.tgl-eng.tgl", Format.LINES,
                    "CC BY 2.0 FR", true, "Tatoeba"),
            new Source("fil", "tgl/global-asp-storybooks/tl_storybook_sentences.txt", Format.LINES, "CC BY 4.0",
                    true, "Global Storybooks"),
            new Source("ceb", "ceb/LASER-Tatoeba-v1/data/tatoeba/v1/tatoeba.ceb-eng.ceb", Format.LINES,
                    "CC BY 2.0 FR", true, "Tatoeba"),
            new Source("tet", "tet/global-asp-storybooks/tet_storybook_sentences.txt", Format.LINES, "CC BY 4.0",
                    true, "Global Storybooks"),
            new Source("vi", "vie/TALPCo/vie/data_vie.txt", Format.ID_TAB, "CC BY 4.0", true, "TALPCo"),
            new Source("th", "tha/TALPCo/tha/data_tha.txt", Format.ID_TAB, "CC BY 4.0", false, "TALPCo"),
            new Source("my", "mya/TALPCo/myn/data_myn.txt", Format.ID_TAB, "CC BY 4.0", false, "TALPCo"),
            new Source("km", "khm/LASER-Tatoeba-v1/data/tatoeba/v1/tatoeba.khm-eng.khm", Format.LINES,
                    "CC BY 2.0 FR", false, "Tatoeba"),
            new Source("lo", "lao/Thai-Lao-Parallel-Corpus/lao_side_dedup.txt", Format.LINES, "CC0-1.0", false,
                    "Thai-Lao parallel corpus"));

    /** Placeholders and annotation marks some sources carry ({@code [USERNAME]}, {@code enem_nou}). */
    private static final Pattern NOISE = Pattern.compile("\\[[A-Z]+\\]|_[a-z]+\\b|#\\S+|@\\S+");

    private SharedTrainingText() {
    }

    static boolean available() {
        return Files.isDirectory(ROOT);
    }

    /** The sentences of every source of {@code split}, labelled, in source order. */
    static List<LabelledText> read(Split split, boolean shippedOnly) {
        List<LabelledText> out = new ArrayList<>();
        for (Source source : SOURCES) {
            if (!shippedOnly || source.shipped()) {
                read(source, split, out::add);
            }
        }
        return out;
    }

    static void read(Source source, Split split, Consumer<LabelledText> sink) {
        Path file = ROOT.resolve(source.path());
        List<String[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String key;
                String text;
                int tab = line.indexOf('\t');
                if (source.format() == Format.LINES || tab < 0) {
                    text = line;
                    key = line;
                } else {
                    text = line.substring(tab + 1);
                    key = source.format() == Format.ID_TAB ? "talpco:" + line.substring(0, tab) : text;
                }
                text = NOISE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
                if (NgramFeatures.letters(text) >= 3) {
                    rows.add(new String[] {key, text});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training source " + file, e);
        }
        Map<String, String[]> unique = new LinkedHashMap<>();
        for (String[] row : rows) {
            unique.putIfAbsent(row[1].toLowerCase(Locale.ROOT), row);
        }
        int size = unique.size();
        double share = Math.min(0.1, HELD_OUT / (double) Math.max(1, size));
        int held = (int) Math.round(share * 10_000);
        for (String[] row : unique.values()) {
            int bucket = (int) Long.remainderUnsigned(FeatureKeys.of(0, row[0]), 10_000);
            Split of = bucket < held ? Split.FINAL : bucket < 2 * held ? Split.DEV : Split.TRAIN;
            if (of == split) {
                sink.accept(new LabelledText(source.label(), row[1], source.name() + " (" + source.path() + ")"));
            }
        }
    }
}
