package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symlink farm: links out of the tree ({@code etc -> /etc}, {@code notes.txt -> /etc/passwd}, a folder beside
 * it), links that stay inside, a loop to the root, a two-link cycle and a broken link. Only what lies inside the
 * path given is walked, each file once; what leads out is reported with its target.
 */
@Tag("reliability")
class SourceWalkerLinksTest {
    @TempDir
    Path tmp;

    Path root;
    Path outside;

    @BeforeEach
    void farm() throws IOException {
        root = tmp.resolve("corpus-input");
        outside = tmp.resolve("outside");
        write(root.resolve("docs/th.txt"), "ชาวนาปลูกข้าว");
        write(root.resolve("docs/km.txt"), "កសិករដាំស្រូវ");
        write(outside.resolve("secret.txt"), "ข้อมูลลับ ไม่ควรถูกนำเข้า");
        Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(root.resolve("notes.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(root.resolve("beside"), Path.of("../outside"));
        Files.createSymbolicLink(root.resolve("th-again.txt"), Path.of("docs/th.txt"));
        Files.createSymbolicLink(root.resolve("docs-alias"), Path.of("docs"));
        Files.createSymbolicLink(root.resolve("docs/loop"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("cycle-a"), Path.of("cycle-b"));
        Files.createSymbolicLink(root.resolve("cycle-b"), Path.of("cycle-a"));
        Files.createSymbolicLink(root.resolve("gone.txt"), Path.of("docs/deleted.txt"));
    }

    @Test
    void linksLeavingTheRootAreSkippedAndReportedWithTheirTarget() {
        Walked walked = walk(false, root);
        assertThat(walked.files).containsExactly(root.resolve("docs/km.txt"), root.resolve("docs/th.txt"));
        assertThat(walked.skipped).hasSize(3);
        assertThat(walked.skipped).anySatisfy(s -> assertThat(s).startsWith(root.resolve("etc") + ": symbolic link "
                + "to /etc leads out of " + root));
        assertThat(walked.skipped).anySatisfy(s -> assertThat(s).startsWith(root.resolve("notes.txt")
                + ": symbolic link to /etc/passwd leads out of"));
        assertThat(walked.skipped).anySatisfy(s -> assertThat(s).contains("beside").contains("../outside"));
        assertThat(walked.failures).anySatisfy(f -> assertThat(f).startsWith(root.resolve("gone.txt")
                + ": broken symbolic link to docs/deleted.txt"));
        assertThat(walked.failures).anySatisfy(f -> assertThat(f).contains("cycle-a").contains("link loop"));
        assertThat(walked.files).noneMatch(p -> p.toString().contains("passwd") || p.startsWith("/etc"));
    }

    @Test
    void followSymlinksFollowsThemOnPurpose() throws IOException {
        Files.delete(root.resolve("etc")); // not the whole of /etc, just what a user might link on purpose
        Walked walked = walk(true, root);
        assertThat(walked.files).contains(root.resolve("beside/secret.txt"), root.resolve("notes.txt"));
        assertThat(walked.skipped).isEmpty();
    }

    @Test
    void aPathGivenIsTakenAsGivenEvenWhenItIsALink() {
        Walked walked = walk(false, root.resolve("beside"));
        assertThat(walked.files).containsExactly(root.resolve("beside/secret.txt"));
        assertThat(walked.skipped).isEmpty();
    }

    private Walked walk(boolean follow, Path start) {
        Walked walked = new Walked();
        new SourceWalker(List.of(), List.of(), follow).walk(List.of(start), walked);
        return walked;
    }

    private static final class Walked implements SourceWalker.Visitor {
        final List<Path> files = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void file(Path file) {
            files.add(file);
        }

        @Override
        public void failure(Path path, String error) {
            failures.add(path + ": " + error);
        }

        @Override
        public void skipped(Path path, String reason) {
            skipped.add(path + ": " + reason);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
