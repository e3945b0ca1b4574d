package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bare Lucene's baseline indexes a generated corpus with positions, and with offsets only when asked. */
class LuceneBaselineCommandTest {
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void indexesTheTextFieldsWithOffsetsOnlyWhenAsked() throws Exception {
        Path docs = dir.resolve("gen");
        assertThat(new CommandLine(new GenerateCommand()).setOut(new PrintWriter(new StringWriter()))
                .execute("--sample-data", SAMPLE_DATA.toString(), "--docs", "120", "--seed", "3",
                        "--out", docs.toString())).isZero();
        assertThat(optionsOfTextFields(docs, "plain")).containsOnly(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        assertThat(optionsOfTextFields(docs, "offsets", "--offsets"))
                .containsOnly(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }

    private java.util.Set<IndexOptions> optionsOfTextFields(Path docs, String name, String... extra) throws Exception {
        Path index = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "index-baseline", "--docs", docs.toString(), "--index", index.toString()));
        args.addAll(java.util.List.of(extra));
        StringWriter out = new StringWriter();
        assertThat(new CommandLine(new BenchCommand()).setOut(new PrintWriter(out)).execute(args.toArray(String[]::new)))
                .isZero();
        assertThat(BenchCommand.JSON.readTree(out.toString()).path("documents").asLong()).isEqualTo(120);
        java.util.Set<IndexOptions> options = java.util.EnumSet.noneOf(IndexOptions.class);
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    if (field.name.startsWith("text_")) {
                        options.add(field.getIndexOptions());
                    }
                }
            }
        }
        assertThat(options).isNotEmpty();
        return options;
    }
}
