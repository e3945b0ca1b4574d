package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {
    @TempDir
    Path dir;

    private final ArchiveReader reader = new ArchiveReader(ImportLimits.DEFAULTS);

    @Test
    void zipEntriesBecomeItemsNamedByEntryPath() throws Exception {
        Path zip = zip("news.zip", "th/ข่าว.txt", "ข่าวเกษตร", "km/ព័ត៌មាន.txt", "ព័ត៌មានកសិកម្ម");
        List<InputItem> items = new ArrayList<>();
        CollectingSink failures = new CollectingSink();
        reader.read(InputItem.ofFile(zip), items::add, failures);
        assertThat(items).extracting(InputItem::part).containsExactly("th/ข่าว.txt", "km/ព័ត៌មាន.txt");
        assertThat(items.get(0).name()).isEqualTo("ข่าว.txt");
        assertThat(new String(items.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("ព័ត៌មានកសិកម្ម");
        assertThat(failures.failures).isEmpty();
    }

    @Test
    void zipSlipEntriesAreRefusedAndTheRestIsRead() throws Exception {
        Path zip = zip("slip.zip", "../../etc/evil.txt", "x", "/abs.txt", "y", "ok.txt", "ສະບາຍດີ");
        List<InputItem> items = new ArrayList<>();
        CollectingSink failures = new CollectingSink();
        reader.read(InputItem.ofFile(zip), items::add, failures);
        assertThat(items).extracting(InputItem::part).containsExactly("ok.txt");
        assertThat(failures.failures).hasSize(2).allMatch(f -> f.contains("unsafe entry name"));
    }

    @Test
    void anEntryThatExpandsAbsurdlyIsRefusedAsABomb() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                out.write(zeros); // 8 MiB of zeros compress to a few KiB
            }
            out.closeEntry();
        }
        List<InputItem> items = new ArrayList<>();
        CollectingSink failures = new CollectingSink();
        reader.read(InputItem.ofFile(zip), items::add, failures);
        assertThat(items).isEmpty();
        assertThat(failures.failures).singleElement().asString().contains("archive bomb");
    }

    @Test
    void tooManyEntriesStopTheArchive() throws Exception {
        ArchiveReader strict = new ArchiveReader(new ImportLimits(1 << 20, 1 << 30, 2, 200, 2, 1000));
        Path zip = zip("many.zip", "a.txt", "a", "b.txt", "b", "c.txt", "c");
        assertThatThrownBy(() -> strict.read(InputItem.ofFile(zip), i -> { }, new CollectingSink()))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("more than 2 entries");
    }

    @Test
    void tarGzEntriesAreReadAndLinksSkipped() throws Exception {
        Path tgz = dir.resolve("bundle.tar.gz");
        try (OutputStream file = Files.newOutputStream(tgz);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            byte[] lao = "ເຂົ້າໜຽວ".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("lo/rice.txt");
            entry.setSize(lao.length);
            tar.putArchiveEntry(entry);
            tar.write(lao);
            tar.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry("passwd", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        List<InputItem> items = new ArrayList<>();
        reader.read(InputItem.ofFile(tgz), items::add, new CollectingSink());
        assertThat(items).extracting(InputItem::part).containsExactly("lo/rice.txt");
    }

    @Test
    void aCorruptArchiveFailsAsAWhole() throws IOException {
        Path broken = dir.resolve("broken.zip");
        Files.write(broken, "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(InputItem.ofFile(broken), i -> { }, new CollectingSink()))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("cannot read archive");
    }

    private Path zip(String name, String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry(entries[i]));
                out.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
