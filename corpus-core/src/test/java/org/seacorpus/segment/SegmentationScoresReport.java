package org.seacorpus.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.lang.LanguageProfiles;

import com.ibm.icu.util.ULocale;

/**
 * The table of docs/segmentation.md: word F1 of plain ICU, of the previous segmenter (ICU's dictionary and the
 * convention lists, no lexicon) and of the current one (lexicon), measured in one run on the team's gold parts
 * and on the independent gold of the shared training material when it is there ({@link TrainingGold}). A report,
 * not a check (SegmentationGoldTest checks): run it with
 * {@code -Dtest=SegmentationScoresReport -Dseacorpus.measure=true}; it writes
 * {@code target/segmentation-scores.md}.
 */
@EnabledIfSystemProperty(named = "seacorpus.measure", matches = "true")
class SegmentationScoresReport {
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "vi");

    @Test
    void writeTheTable() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Segmenters current = new Segmenters(profiles);
        Map<String, GoldSet> sets = new LinkedHashMap<>();
        for (String lang : LANGS) {
            sets.put("test " + lang, GoldSet.test(lang));
        }
        for (String lang : LANGS) {
            sets.put("test " + lang + " (first 97–107)", GoldSet.test(lang, GoldSet.Lines.ORIGINAL));
            sets.put("test " + lang + " (added)", GoldSet.test(lang, GoldSet.Lines.ADDED));
        }
        for (String lang : LANGS) {
            sets.put("dev " + lang, GoldSet.dev(lang));
        }
        TrainingGold.root().ifPresent(root -> TrainingGold.all(root)
                .forEach((name, set) -> sets.put("independent " + name, set)));
        List<String> rows = new ArrayList<>();
        rows.add("| set | sentences | gold words | plain ICU P / R / F1 | previous (ICU + lists) F1 | "
                + "current (lexicon) P / R / **F1** | current − ICU |");
        rows.add("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, GoldSet> e : sets.entrySet()) {
            GoldSet gold = e.getValue();
            String lang = gold.lang();
            GoldSet.Score icu = gold.score(new IcuSegmenter(new ULocale(lang)));
            GoldSet.Score previous = gold.score(previous(profiles.segmentation(lang)));
            GoldSet.Score ours = gold.score(current.forLanguage(lang));
            rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %.3f / %.3f / %.3f | %.3f | %.3f / %.3f / **%.3f** | %+.3f |",
                    e.getKey(), gold.sentences().size(), ours.gold(), icu.precision(), icu.recall(), icu.f1(),
                    previous.f1(), ours.precision(), ours.recall(), ours.f1(), ours.f1() - icu.f1()));
        }
        String table = String.join("\n", rows) + "\n";
        System.out.print(table);
        Files.writeString(Path.of("target/segmentation-scores.md"), table, StandardCharsets.UTF_8);
    }

    /** The same language without its lexicon: ICU's dictionary words refined by the convention lists. */
    static LanguageSegmenter previous(SegmentationSpec spec) {
        return new LanguageSegmenter(spec.withoutLexicon());
    }
}
