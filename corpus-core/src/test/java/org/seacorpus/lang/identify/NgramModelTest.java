package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgramModelTest {
    private static final List<LabelledText> SAMPLES = List.of(
            new LabelledText("jv", "Aku arep lunga menyang pasar karo ibu. Dheweke ora teka amarga lara.", ""),
            new LabelledText("jv", "Bocah-bocah padha dolanan ing latar sing amba iku.", ""),
            new LabelledText("su", "Abdi teu acan tuang. Barudak keur arulin di buruan jeung babaturanana.", ""),
            new LabelledText("su", "Manéhna henteu terang naon nu kajadian di imah téh.", ""),
            new LabelledText("tet", "Ha'u hakarak bá merkadu ohin. Labarik sira halimar iha uma oin.", ""),
            new LabelledText("tet", "Nia la bele mai tanba nia moras, maibé nia sei mai aban.", ""));

    private static NgramModel train(List<LabelledText> samples) {
        return new NgramModelTrainer(5, 0.5, 8.0, 1).addAll(samples).build();
    }

    @Test
    void ranksTheLanguageWhoseFeaturesTheTextShares() {
        NgramModel model = train(SAMPLES);
        assertThat(model.rank("Dheweke arep lunga menyang pasar.").get(0).label()).isEqualTo("jv");
        assertThat(model.rank("Barudak teu acan tuang di imah.").get(0).label()).isEqualTo("su");
        assertThat(model.rank("Labarik sira la bele mai ohin.").get(0).label()).isEqualTo("tet");
        assertThat(model.rank("Dheweke arep lunga.").stream().mapToDouble(NgramModel.Scored::probability).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void textWithNoKnownFeatureHasNoRanking() {
        NgramModel model = train(SAMPLES);
        assertThat(model.rank("")).isEmpty();
        assertThat(model.rank("12345 !!!")).isEmpty();
        assertThat(model.rank("ภาษาไทย")).isEmpty();
    }

    @Test
    void eachLabelRemembersItsScript() {
        NgramModel model = new NgramModelTrainer().add("th", "ภาษาไทยเป็นภาษาราชการ").add("en", "English text")
                .build();
        assertThat(model.scriptOf("th")).isEqualTo("Thai");
        assertThat(model.scriptOf("en")).isEqualTo("Latn");
        assertThat(model.scriptOf("xx")).isNull();
    }

    @Test
    void theFileRoundTripKeepsEveryScore(@TempDir Path dir) throws IOException {
        NgramModel model = train(SAMPLES);
        for (String name : List.of("m.ngram", "m.ngram.gz")) {
            Path file = dir.resolve(name);
            NgramModelFormat.write(model, file, "test model\nsecond comment line");
            NgramModel back = NgramModelFormat.read(file);
            assertThat(back.labels()).isEqualTo(model.labels());
            assertThat(back.scripts()).isEqualTo(model.scripts());
            assertThat(back.size()).isEqualTo(model.size());
            assertThat(back.rank("Manéhna teu acan tuang")).isEqualTo(model.rank("Manéhna teu acan tuang"));
        }
    }

    @Test
    void theFileDoesNotDependOnTheOrderOfTheSamples() throws IOException {
        List<LabelledText> shuffled = new ArrayList<>(SAMPLES);
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(text(train(shuffled))).isEqualTo(text(train(SAMPLES)));
    }

    @Test
    void rareFeaturesArePrunedButTheirMassIsKept() {
        NgramModel all = new NgramModelTrainer(5, 0.5, 8.0, 1).addAll(SAMPLES).build();
        NgramModel pruned = new NgramModelTrainer(5, 0.5, 8.0, 2).addAll(SAMPLES).build();
        assertThat(pruned.size()).isLessThan(all.size());
        assertThat(pruned.total(0, 0)).isEqualTo(all.total(0, 0));
    }

    @Test
    void malformedFilesAreRefusedWithTheLine() {
        assertThatThrownBy(() -> read("hello\n")).hasMessageContaining("not a seacorpus language-ID model");
        assertThatThrownBy(() -> read(NgramModelFormat.MAGIC + "\t9\n")).hasMessageContaining("newer");
        String header = NgramModelFormat.MAGIC + "\t1\nmax_order\t1\nalpha\t0.5\ntemperature\t8\nlabels\ta\tb\n"
                + "scripts\tLatn\tLatn\ntotals\t0\t1\t1\ntotals\t1\t1\t1\n";
        assertThatThrownBy(() -> read(header + "1\tx\t1\n")).hasMessageContaining("line 9");
        org.assertj.core.api.Assertions.assertThatCode(() -> read(header)).doesNotThrowAnyException();
        assertThatThrownBy(() -> read(NgramModelFormat.MAGIC + "\t1\nmax_order\t1\n"))
                .hasMessageContaining("no counts");
    }

    @Test
    void trainingLabelsMustBeLanguageCodes() {
        assertThatThrownBy(() -> new NgramModelTrainer().add("Minangkabau", "text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language code");
        assertThatThrownBy(() -> new NgramModelTrainer().build()).hasMessageContaining("no training text");
    }

    private static String text(NgramModel model) throws IOException {
        StringWriter out = new StringWriter();
        NgramModelFormat.write(model, out, null);
        return out.toString();
    }

    private static NgramModel read(String content) throws IOException {
        return NgramModelFormat.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void wordsAddedWholeScoreAsTheirNgramsDo() {
        NgramModel model = LangidModels.builtIn();
        NgramModel more = model.withWords(LangidModels.builtInPairs().get(0).words());
        // every id/ms sentence of the development set, and words no model has seen
        List<String> texts = new ArrayList<>();
        DevSet.load(List.of("id", "ms", "jv", "su")).forEach(t -> texts.add(t.text()));
        texts.add("Kerajaan persekutuan meluluskan peruntukan tambahan; xyzkualiti abcitas qwertyuiop.");
        for (String text : texts) {
            NgramModel.Evidence before = model.evidence(text);
            NgramModel.Evidence after = more.evidence(text);
            assertThat(after.features()).as(text).isEqualTo(before.features());
            for (int l = 0; l < model.labels().size(); l++) {
                assertThat(after.logLikelihood()[l]).as(text).isCloseTo(before.logLikelihood()[l],
                        org.assertj.core.data.Offset.offset(1e-3));
            }
            assertThat(more.rank(text).get(0).label()).as(text).isEqualTo(model.rank(text).get(0).label());
            assertThat(more.wordEvidence(text)).as(text).isEqualTo(model.wordEvidence(text));
        }
        // the pair model names words the n-gram model never saw whole: those are what the table adds
        assertThat(more).isNotSameAs(model);
        assertThat(more.withWords(List.of("_kerajaan_"))).isSameAs(more);
    }
}
