package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.lang.LanguageProfiles;

/**
 * The segmentation errors on a language's <em>development</em> part, for working on a segmenter: each sentence
 * where the output differs from the gold, and the most frequent missed and spurious words. Never run on the test
 * part (that part is for the reported figures only). Run with
 * {@code -Dtest=SegmentationErrorsReport -Dseacorpus.errors=lo}.
 */
@EnabledIfSystemProperty(named = "seacorpus.errors", matches = "[a-z]{2,3}")
class SegmentationErrorsReport {

    @Test
    void printTheDevelopmentErrors() {
        String lang = System.getProperty("seacorpus.errors");
        Segmenter segmenter = new Segmenters(LanguageProfiles.builtIn()).forLanguage(lang);
        GoldSet dev = GoldSet.dev(lang);
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> spurious = new TreeMap<>();
        for (GoldSet.Sentence s : dev.sentences()) {
            List<String> got = new ArrayList<>();
            List<GoldSet.Span> spans = new ArrayList<>();
            for (Token t : segmenter.words(s.text())) {
                got.add(s.text().substring(t.start(), t.end()));
                spans.add(new GoldSet.Span(t.start(), t.end()));
            }
            List<String> gold = new ArrayList<>();
            s.words().stream().sorted(java.util.Comparator.comparingInt(GoldSet.Span::start))
                    .forEach(w -> gold.add(s.text().substring(w.start(), w.end())));
            boolean same = true;
            for (GoldSet.Span w : s.words()) {
                if (!spans.contains(w)) {
                    missed.merge(s.text().substring(w.start(), w.end()), 1, Integer::sum);
                    same = false;
                }
            }
            for (GoldSet.Span w : spans) {
                if (!s.words().contains(w)) {
                    spurious.merge(s.text().substring(w.start(), w.end()), 1, Integer::sum);
                    same = false;
                }
            }
            if (!same) {
                System.out.println("gold: " + String.join("|", gold));
                System.out.println("ours: " + String.join("|", got));
            }
        }
        System.out.println("missed: " + missed);
        System.out.println("spurious: " + spurious);
    }
}
