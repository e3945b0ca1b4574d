package org.seacorpus.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/** Builds small corpora from texts given per language, imported as a user would (one file per text). */
public final class TestCorpora {
    private TestCorpora() {
    }

    /**
     * Writes each text to {@code <tmp>/in/<lang>/<name>.txt} and imports them: languages with a script of their
     * own in one run (identified by script), each other language in a run of its own with the language forced
     * (Latin-script languages are not identified by script alone).
     */
    public static Corpus build(Path tmp, Map<String, Map<String, String>> textsByLang) throws IOException {
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "test");
        List<Path> ownScript = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> lang : textsByLang.entrySet()) {
            Path dir = Files.createDirectories(tmp.resolve("in").resolve(lang.getKey()));
            for (Map.Entry<String, String> text : lang.getValue().entrySet()) {
                Files.writeString(dir.resolve(text.getKey() + ".txt"), text.getValue());
            }
            if (corpus.profiles().get(lang.getKey()).ownsScript()) {
                ownScript.add(dir);
            } else {
                corpus.importFrom(ImportOptions.of(List.of(dir)).withForcedLang(lang.getKey()), null);
            }
        }
        if (!ownScript.isEmpty()) {
            corpus.importFrom(ImportOptions.of(ownScript), null);
        }
        return corpus;
    }

    /** Texts named doc1, doc2… in order. */
    public static Map<String, String> named(String... texts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            out.put("doc" + (i + 1), texts[i]);
        }
        return out;
    }
}
