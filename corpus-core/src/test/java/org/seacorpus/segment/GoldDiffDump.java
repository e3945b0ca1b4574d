package org.seacorpus.segment;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

class GoldDiffDump {
    @Test
    void dump() {
        Segmenters s = new Segmenters(LanguageProfiles.builtIn());
        for (String lang : System.getProperty("langs", "").split(",")) {
            if (lang.isEmpty()) continue;
            for (GoldSet.Sentence sent : GoldSet.load(lang).sentences()) {
                StringBuilder ours = new StringBuilder();
                for (Token t : s.forLanguage(lang).words(sent.text())) {
                    boolean ok = sent.words().contains(new GoldSet.Span(t.start(), t.end()));
                    ours.append(ok ? "" : "*").append(t.text()).append("|");
                }
                System.out.println(lang + " " + ours);
            }
        }
    }
}
