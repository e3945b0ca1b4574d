package org.seacorpus.lang.identify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own Indonesian/Malay sentence pairs ({@code src/test/resources/langid/idms-registers/}, written for
 * the project; see its README): a first batch in eight registers (law, government, news, education, health,
 * business, religion, daily life), a second in nine (parliament and courts, circulars, news, campus, health
 * advisories, finance, religion, transport, everyday online and shop usage) and a third in the registers only the
 * Indonesian sources had (news reports, encyclopedic text, conversation). Each line holds a key, a Malay sentence
 * and an Indonesian one (a line may hold the Malay sentence alone); a hash of the key puts both sides of a pair
 * into the same part: training (76%), development (12%) or final (12%, read once for the final figure).
 *
 * <p>A pair whose two sides are the same words (a line valid in both standards) is learnt from, both ways, but
 * left out of the development and final parts: whatever is answered, one side would be wrong.
 * {@link #same(SharedTrainingText.Split)} gives those lines, to check that they get a low score.
 */
final class OwnRegisterText {
    static final List<String> FIRST_BATCH = List.of("law", "government", "news", "education", "health", "business",
            "religion", "daily");
    /** Written in session 9 (2026-12-07): Malaysian formal registers above all, which the first batch had least of. */
    static final List<String> SECOND_BATCH = List.of("parliament", "circulars", "newswire", "campus", "advisories",
            "finance", "faith", "transport", "online", "short", "common");
    static final List<String> REGISTERS = java.util.stream.Stream.concat(FIRST_BATCH.stream(), SECOND_BATCH.stream())
            .toList();
    /**
     * Written in session 11 (2026-12-07): the registers that only Indonesian sources covered (news, encyclopedic
     * text, conversation), Malaysian first, so that their ordinary words stop counting as Indonesian. Measured
     * apart from {@link #REGISTERS} (docs/langid.md).
     */
    static final List<String> THIRD_BATCH = List.of("reports", "encyclopedia", "chat");
    private static final int DEV_PERCENT = 12;
    private static final int FINAL_PERCENT = 12;

    private OwnRegisterText() {
    }

    /** The part a pair key falls in. */
    static SharedTrainingText.Split split(String key) {
        int bucket = (int) Long.remainderUnsigned(FeatureKeys.of(0, "idms-registers:" + key), 100);
        return bucket < FINAL_PERCENT ? SharedTrainingText.Split.FINAL
                : bucket < FINAL_PERCENT + DEV_PERCENT ? SharedTrainingText.Split.DEV : SharedTrainingText.Split.TRAIN;
    }

    /**
     * The sentences of {@code split}, Malay and Indonesian side of each pair, labelled {@code ms} and {@code id}; in
     * the development and final parts without the pairs whose sides are the same words.
     */
    static List<LabelledText> read(SharedTrainingText.Split split) {
        return read(split, REGISTERS, split != SharedTrainingText.Split.TRAIN, false);
    }

    /** The same from the registers of one batch ({@link #FIRST_BATCH} or {@link #SECOND_BATCH}) only. */
    static List<LabelledText> read(SharedTrainingText.Split split, List<String> registers) {
        return read(split, registers, split != SharedTrainingText.Split.TRAIN, false);
    }

    /** The lines of {@code split} that are the same words in both standards (once each, labelled {@code ms}). */
    static List<LabelledText> same(SharedTrainingText.Split split) {
        return read(split, REGISTERS, false, true);
    }

    /** True when the two sides are the same words (case, punctuation and spacing aside). */
    static boolean sameWords(String malay, String indonesian) {
        return words(malay).equals(words(indonesian));
    }

    private static String words(String text) {
        return String.join(" ", text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")).strip();
    }

    private static List<LabelledText> read(SharedTrainingText.Split split, List<String> registers, boolean withoutSame,
                                           boolean onlySame) {
        List<LabelledText> out = new ArrayList<>();
        for (String register : registers) {
            String resource = "/langid/idms-registers/" + register + ".tsv";
            try (InputStream in = OwnRegisterText.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing register file " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int lineNo = 0;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f.length != 3 && f.length != 2) {
                        throw new IllegalStateException(resource + " line " + lineNo
                                + ": expected key<TAB>Malay<TAB>Indonesian or key<TAB>Malay");
                    }
                    boolean malayOnly = f.length == 2;
                    boolean same = !malayOnly && sameWords(f[1], f[2]);
                    if (onlySame) {
                        if (same && split(f[0]) == split) {
                            out.add(new LabelledText("ms", f[1].strip(), "own " + register + ":" + f[0]));
                        }
                    } else if (split(f[0]) == split && !(withoutSame && same)) {
                        out.add(new LabelledText("ms", f[1].strip(), "own " + register + ":" + f[0]));
                        if (!malayOnly) {
                            out.add(new LabelledText("id", f[2].strip(), "own " + register + ":" + f[0]));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
