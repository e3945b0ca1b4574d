package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LangidCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorpusCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void oneOutputLinePerInputLineInOrder(@TempDir Path dir) throws IOException {
        Path file = write(dir, "in.txt", "Kerajaan negeri akan membina hospital baharu.\n\n"
                + "แม่ไปตลาดทุกเช้า\n12345\nMẹ tôi đi chợ mỗi sáng.\n");
        Run run = run("langid", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(5);
        assertThat(run.lines()).extracting(l -> l.split("\t")[0]).containsExactly("ms", "und", "th", "und", "vi");
    }

    @Test
    void jsonHasTheContractFieldsAndTopCandidates(@TempDir Path dir) throws IOException {
        Path file = write(dir, "in.txt", "Saya tidak tahu di mana dia sekarang.\n中國人民銀行發布了新的貨幣政策\n");
        Run run = run("--json", "langid", "--top", "2", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(2);
        JsonNode first = JSON.readTree(run.lines().get(0));
        assertThat(first.fieldNames()).toIterable().startsWith("lang", "script", "score", "code");
        assertThat(first.get("top")).hasSize(2);
        assertThat(first.get("lang").asText()).isIn("id", "ms");
        JsonNode second = JSON.readTree(run.lines().get(1));
        assertThat(second.get("code").asText()).isEqualTo("zho_Hant");
    }

    @Test
    void docModeGivesOneAnswerWithSpans(@TempDir Path dir) throws IOException {
        Path file = write(dir, "doc.txt", "กรมอุตุนิยมวิทยาประกาศเตือนพายุฝนฟ้าคะนองในภาคเหนือตลอดสัปดาห์นี้\n\n"
                + "The department warned of thunderstorms in the north throughout the week.\n");
        Run run = run("--json", "langid", "--doc", file.toString());
        assertThat(run.code()).isZero();
        JsonNode doc = JSON.readTree(run.lines().get(0));
        assertThat(doc.get("lang").asText()).isEqualTo("th");
        assertThat(doc.get("code").asText()).isEqualTo("tha_Thai");
        assertThat(doc.get("spans")).hasSize(2);
        assertThat(doc.get("spans").get(1).get("lang").asText()).isEqualTo("en");
    }

    @Test
    void trainThenUseTheModelThenEvaluateIt(@TempDir Path dir) throws IOException {
        Path texts = dir.resolve("texts");
        write(texts, "min.txt", String.join("\n",
                "Ambo ka pasa jo amak pagi isuak.", "Baa kaba? Alah lamo awak indak basuo.",
                "Inyo alun pulang dari kampuang.", "Indak ado pitih ambo kini.", "Ang ka ma? Ambo nak ikuik pulo.",
                "Urang tu bajalan kaki ka sawah tiok pagi.", "Amak sadang manggulai ikan di dapua.",
                "Ambo indak tau baa caronyo.", "Kok hujan, awak indak jadi pai.", "Sia namo ang?",
                "Inyo karajo di Padang sajak tahun patang.", "Ambo sakik kapalo dek paneh bana hari ko.",
                "Alun ado kaba dari inyo sampai kini.", "Lai ado nasi di rumah? Ambo litak bana."));
        Path model = dir.resolve("min.ngram");
        Run train = run("--json", "langid", "train", "--out", model.toString(), texts.toString());
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(JSON.readTree(train.out()).get("labels").has("min")).isTrue();
        assertThat(model).exists();

        Path probe = write(dir, "probe.txt", "Ambo indak ka pai ka pasa isuak dek hujan.\n");
        assertThat(run("langid", probe.toString()).out()).doesNotStartWith("min");
        assertThat(run("langid", "--model", model.toString(), probe.toString()).out()).startsWith("min\tLatn");

        Path heldOut = write(dir, "held-out.tsv", "min\tBaa kaba amak di kampuang?\nms\tSaya nak balik kampung.\n");
        Run eval = run("langid", "eval", "--model", model.toString(), heldOut.toString());
        assertThat(eval.code()).isZero();
        assertThat(eval.out()).contains("accuracy").contains("min");
    }

    @Test
    void errorsSayWhatWentWrong(@TempDir Path dir) {
        Run missing = run("langid", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt").contains("no such file");
        Run badTop = run("langid", "--top", "-1", dir.toString());
        assertThat(badTop.code()).isEqualTo(2);
        Run noInput = run("langid", "train", "--no-builtin", "--out", dir.resolve("m.ngram").toString());
        assertThat(noInput.code()).isEqualTo(2);
        assertThat(noInput.err()).contains("nothing to train on");
        Run badModel = run("langid", "--model", dir.resolve("gone.ngram").toString(), dir.toString());
        assertThat(badModel.code()).isEqualTo(1);
        assertThat(badModel.err()).contains("does not exist");
    }

    @Test
    void anEmptyFileGivesNoLines(@TempDir Path dir) throws IOException {
        Path empty = write(dir, "empty.txt", "");
        Run run = run("langid", empty.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        Run doc = run("langid", "--doc", empty.toString());
        assertThat(doc.out()).startsWith("und\tZyyy");
    }
}
