package org.seacorpus.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source paths and globs as written in a pipeline file. */
class SourcePathsTest {
    @TempDir
    Path tmp;

    @Test
    void globsMatchFilesAndFoldersInNameOrder() throws Exception {
        for (String name : new String[] {"th/a.txt", "th/b.md", "lo/c.txt", "lo/deep/d.txt", "km/e.jsonl"}) {
            Files.createDirectories(tmp.resolve(name).getParent());
            Files.writeString(tmp.resolve(name), "ข้าว");
        }
        assertThat(SourcePaths.expand(tmp, "*/*.txt")).containsExactly(tmp.resolve("lo/c.txt"),
                tmp.resolve("th/a.txt"));
        assertThat(SourcePaths.expand(tmp, "**/*.txt")).containsExactly(tmp.resolve("lo/c.txt"),
                tmp.resolve("lo/deep/d.txt"), tmp.resolve("th/a.txt"));
        assertThat(SourcePaths.expand(tmp, "{th,km}")).containsExactly(tmp.resolve("km"), tmp.resolve("th"));
        assertThat(SourcePaths.expand(tmp, "l?")).as("a matching folder is taken whole")
                .containsExactly(tmp.resolve("lo"));
        assertThat(SourcePaths.expand(tmp, "my/*.txt")).isEmpty();
        assertThat(SourcePaths.expand(tmp, "*.none")).isEmpty();
    }

    @Test
    void plainPathsResolveWhetherTheyExistOrNot() throws Exception {
        assertThat(SourcePaths.expand(tmp, "th/../lo")).containsExactly(tmp.resolve("lo"));
        assertThat(SourcePaths.expand(tmp, "missing.txt")).containsExactly(tmp.resolve("missing.txt"));
        assertThat(SourcePaths.fixedPrefix(tmp, "data/**/*.jsonl")).isEqualTo(tmp.resolve("data"));
        assertThat(SourcePaths.fixedPrefix(tmp, "*.txt")).isEqualTo(tmp);
        assertThat(SourcePaths.isGlob("")).isFalse();
    }
}
