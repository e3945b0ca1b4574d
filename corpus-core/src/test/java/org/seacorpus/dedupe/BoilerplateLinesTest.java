package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/** Lines shared by several pages of one site are boilerplate; copies of one page do not make boilerplate. */
class BoilerplateLinesTest {
    private static final String HEADER = "ข่าวชุมชนริมโขง | หน้าแรก | เกษตร | ท่องเที่ยว";
    private static final String TICKER = "อัปเดตล่าสุด 07:45 น. ติดตามข่าวได้ทุกวัน";
    private static final String FOOTER = "© 2025 ข่าวชุมชนริมโขง สงวนลิขสิทธิ์";

    @TempDir
    Path tmp;

    private static String page(String body, String time) {
        return HEADER + "\n" + TICKER.replace("07:45", time) + "\n\n" + body + "\n\n" + FOOTER + "\n";
    }

    @Test
    void sharedLinesOfThreePagesAreBoilerplateAndTheirBodiesAreNot() throws IOException {
        List<String> s = PlantedCorpus.sentences("th");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("p1.txt"), page(String.join(" ", s.subList(0, 4)), "07:45"));
        Files.writeString(in.resolve("p2.txt"), page(String.join(" ", s.subList(8, 12)), "09:10"));
        Files.writeString(in.resolve("p3.txt"), page(String.join(" ", s.subList(16, 20)), "13:30"));
        // two copies of a fourth page: its own lines occur in 2 documents, but one of them is a duplicate
        Files.writeString(in.resolve("p4.txt"), page(String.join(" ", s.subList(4, 8)), "15:00"));
        Files.writeString(in.resolve("p4-copy.txt"), page(String.join(" ", s.subList(4, 8)), "15:00"));
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        corpus.importFrom(ImportOptions.of(List.of(in)), null);

        DedupeReport report = corpus.dedupe(DedupeOptions.DEFAULTS.withLineThreshold(new LineThreshold(2, 0)), null);
        BoilerplateLines.Summary lines = report.boilerplate();
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(lines.requiredDocuments()).isEqualTo(2);
        assertThat(lines.lines()).isEqualTo(3); // header, ticker (times folded), footer; not p4's body
        assertThat(lines.occurrences()).isEqualTo(12);
        assertThat(lines.top()).extracting(BoilerplateLines.Line::text).contains(HEADER, FOOTER);
        assertThat(lines.top()).allSatisfy(line -> assertThat(line.documents()).isEqualTo(4));
        assertThat(lines.documentsByLanguage()).containsEntry("th", 4L);
        assertThat(report.byLanguage().get("th").boilerplateDocuments()).isEqualTo(4);

        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            BoilerplateLines boilerplate = new BoilerplateLines(reader, LineThreshold.DEFAULT);
            assertThat(boilerplate.isBoilerplate(HEADER)).isTrue();
            assertThat(boilerplate.isBoilerplate("  " + FOOTER + "  ")).isTrue();
            assertThat(boilerplate.isBoilerplate(TICKER.replace("07:45", "23:59"))).isTrue();
            assertThat(boilerplate.isBoilerplate(String.join(" ", s.subList(4, 8)))).isFalse();
            assertThat(boilerplate.isBoilerplate(s.get(0))).isFalse();
            assertThat(boilerplate.isBoilerplate("")).isFalse();
            assertThat(boilerplate.isBoilerplate("|")).isFalse();
            // 4 documents count (the copy of p4 is a duplicate): the header is in all of them, not in 5
            assertThat(new BoilerplateLines(reader, new LineThreshold(2, 1.0)).isBoilerplate(HEADER)).isTrue();
            assertThat(new BoilerplateLines(reader, new LineThreshold(5, 0)).isBoilerplate(HEADER)).isFalse();
        }
    }
}
