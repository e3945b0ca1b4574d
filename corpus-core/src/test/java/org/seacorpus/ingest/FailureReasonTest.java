package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Failure reasons are for people: words, one line, no Java class names; the technical detail kept apart. */
@Tag("reliability")
class FailureReasonTest {

    @Test
    void anExceptionWithoutAMessageIsNamedByWhatItMeans() {
        assertThat(FailureReason.of(new EOFException()))
                .isEqualTo("unexpected end of data: the file is truncated or damaged");
        assertThat(FailureReason.of(new IOException("Error reading Zip content", new EOFException())))
                .isEqualTo("Error reading Zip content (unexpected end of data: the file is truncated or damaged)");
        assertThat(FailureReason.of(new NullPointerException())).contains("internal error").contains("-v");
        assertThat(FailureReason.of(new OutOfMemoryError())).isEqualTo("ran out of memory");
    }

    @Test
    void classNamesAreCutFromLibraryMessages() {
        IOException wrapped = new IOException(new ZipException("invalid stored block lengths"));
        assertThat(FailureReason.of(wrapped)).isEqualTo("invalid stored block lengths");
        assertThat(FailureReason.clean("java.util.zip.ZipException: invalid distance too far back"))
                .isEqualTo("invalid distance too far back");
        assertThat(FailureReason.clean("TIKA-198: Illegal IOException from org.apache.tika.parser.pdf.PDFParser@1f2e3d"))
                .doesNotContain("org.apache").doesNotContain("@1f2e3d");
        assertThat(FailureReason.of(new AccessDeniedException("/data/locked.txt")))
                .isEqualTo("permission denied: /data/locked.txt");
    }

    @Test
    void aReasonIsOneLineOfAtMost200Characters() {
        String longMessage = "line one\nline two\t" + "ข้อความยาว ".repeat(60);
        String reason = FailureReason.clean(longMessage);
        assertThat(reason).doesNotContain("\n").doesNotContain("\t").startsWith("line one line two ");
        assertThat(reason.length()).isLessThanOrEqualTo(FailureReason.MAX_LENGTH);
        ImportFailure failure = new ImportFailure("/data/a.jsonl", "line 3", longMessage);
        assertThat(failure.error()).isEqualTo(reason);
        assertThat(failure.detail()).contains("line two").contains("ข้อความยาว");
        assertThat(failure.kind()).isEqualTo(ImportFailure.Kind.INPUT);
    }

    @Test
    void theDetailNamesTheChainForMinusV() {
        String detail = FailureReason.detail(new IOException("cannot read archive", new EOFException()));
        assertThat(detail).isEqualTo("java.io.IOException: cannot read archive <- java.io.EOFException");
    }
}
