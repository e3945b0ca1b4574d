package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The manifest trap: {@code --overwrite} may remove only what an earlier export wrote. Folders are laid out here
 * as an export leaves them (shards, manifest with sizes and SHA-256, card), then disturbed as users do.
 */
@Tag("reliability")
class ExportFolderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void anUnrelatedProjectWithAManifestIsLeftAlone() throws IOException {
        Path project = tmp.resolve("web-extension");
        write(project.resolve("manifest.json"), "{\"name\": \"ตัวช่วยแปล\", \"manifest_version\": 3}");
        write(project.resolve("src/background.js"), "chrome.runtime.onInstalled.addListener(() => {});");
        assertThatThrownBy(() -> ExportFolder.clear(project)).isInstanceOf(ExportException.class)
                .hasMessageContaining("manifest.json (not a seacorpus export manifest)")
                .hasMessageContaining("src/background.js").hasMessageContaining("nothing was deleted");
        assertThat(project.resolve("manifest.json")).exists();
        assertThat(project.resolve("src/background.js")).exists();
    }

    @Test
    void userFilesAddedToAnExportRefuseTheOverwriteAndNothingIsDeleted() throws IOException {
        Path out = export(tmp.resolve("train"), true);
        write(out.resolve("notes.md"), "บันทึกของฉัน: อย่าลบ");
        write(out.resolve("tha_Thai/annotations.jsonl"), "{\"label\": \"ดี\"}\n");
        List<Path> before = files(out);
        assertThatThrownBy(() -> ExportFolder.clear(out)).isInstanceOf(ExportException.class)
                .hasMessageContaining("notes.md").hasMessageContaining("tha_Thai/annotations.jsonl")
                .hasMessageNotContaining("train-00000-of-00001");
        assertThat(files(out)).isEqualTo(before);

        Files.delete(out.resolve("notes.md"));
        Files.delete(out.resolve("tha_Thai/annotations.jsonl"));
        ExportFolder.clear(out);
        assertThat(files(out)).isEmpty();
        assertThat(out).isEmptyDirectory(); // the language folders the export made are gone too
    }

    @Test
    void aShardChangedSinceTheExportIsNotOurs() throws IOException {
        Path out = export(tmp.resolve("changed"), true);
        Path shard = out.resolve("khm_Khmr/train-00000-of-00001.jsonl");
        String text = Files.readString(shard);
        Files.writeString(shard, text.replace("ស្រូវ", "ស្រូវ!"));
        assertThatThrownBy(() -> ExportFolder.clear(out)).hasMessageContaining(
                "khm_Khmr/train-00000-of-00001.jsonl (changed since the export wrote it: size differs)");
        Files.writeString(shard, text.replace("ស្រូវ", "ស្រូក")); // same size, other bytes
        assertThatThrownBy(() -> ExportFolder.clear(out)).hasMessageContaining("SHA-256 differs");
        assertThat(shard).exists();
    }

    @Test
    void aCorpusHomeIsNeverCleared() throws IOException {
        Path project = export(tmp.resolve("project"), true);
        write(project.resolve("corpus/corpus.yaml"), "name: เก็บข่าว\nschema_version: 1\n");
        write(project.resolve("corpus/index/segments_1"), "lucene");
        assertThatThrownBy(() -> ExportFolder.clear(project)).isInstanceOf(ExportException.class)
                .hasMessageContaining("holds a corpus home").hasMessageContaining("never deletes a corpus");
        assertThat(project.resolve("corpus/index/segments_1")).exists();
        assertThat(project.resolve("manifest.json")).exists();
        assertThatThrownBy(() -> ExportFolder.clear(project.resolve("corpus")))
                .hasMessageContaining("is a corpus home");
    }

    @Test
    void aLinkInsideTheFolderIsNeverFollowedNorItsTargetDeleted() throws IOException {
        Path out = export(tmp.resolve("linked"), true);
        Path outside = write(tmp.resolve("precious.txt"), "ข้อมูลสำคัญ");
        Files.createSymbolicLink(out.resolve("tha_Thai/extra.jsonl"), outside);
        assertThatThrownBy(() -> ExportFolder.clear(out)).hasMessageContaining("tha_Thai/extra.jsonl (a symbolic link)");
        assertThat(outside).hasContent("ข้อมูลสำคัญ");
    }

    @Test
    void aKilledExportsLeftoversAreRecognisedByTheirLayout() throws IOException {
        Path out = tmp.resolve("killed");
        write(out.resolve("tha_Thai/train-00000.jsonl.zst.partial"), "partial");
        write(out.resolve("khm_Khmr/train-00000-of-00001.jsonl.zst"), "done before the kill");
        ExportFolder.clear(out);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void anExportFromBeforeTheCardChecksumIsStillRecognised() throws IOException {
        Path out = export(tmp.resolve("legacy"), false);
        ExportFolder.clear(out);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aDifferentCardIsAUsersFile() throws IOException {
        Path out = export(tmp.resolve("card"), true);
        Files.writeString(out.resolve("README.md"), "# My dataset\n\nHand-written notes.\n");
        assertThatThrownBy(() -> ExportFolder.clear(out)).hasMessageContaining("README.md (not the dataset card");
    }

    /** An export folder as ExportJob leaves it: two shards, a card and a manifest with their checksums. */
    private Path export(Path out, boolean cardChecksum) throws IOException {
        Path th = write(out.resolve("tha_Thai/train-00000-of-00001.jsonl"),
                "{\"id\":\"a1\",\"text\":\"ชาวนาเก็บเกี่ยวข้าวในฤดูฝน\"}\n");
        Path km = write(out.resolve("khm_Khmr/train-00000-of-00001.jsonl"),
                "{\"id\":\"b2\",\"text\":\"កសិករប្រមូលផលស្រូវ\"}\n");
        Path card = write(out.resolve("README.md"), "---\npretty_name: ข่าว\n---\n\n# ข่าว\n\n"
                + "Training data exported by seacorpus from the corpus `ข่าว`: 2 documents.\n");
        ObjectNode manifest = JSON.createObjectNode().put("tool", "seacorpus").put("created_at", "2026-12-01T00:00:00Z");
        ArrayNode listed = manifest.putArray("files");
        for (Path shard : List.of(km, th)) {
            listed.addObject().put("path", out.relativize(shard).toString()).put("split", "train")
                    .put("rows", 1).put("bytes", Files.size(shard)).put("sha256", ExportFolder.sha256(shard));
        }
        if (cardChecksum) {
            manifest.put("card_sha256", ExportFolder.sha256(card));
        }
        JSON.writeValue(out.resolve("manifest.json").toFile(), manifest);
        return out;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
