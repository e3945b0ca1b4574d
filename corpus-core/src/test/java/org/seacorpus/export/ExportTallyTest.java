package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ExportTallyTest {
    @Property(tries = 300)
    void utf8LengthIsTheEncodedLength(@ForAll String text) {
        assertThat(ExportTally.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void emptyTextHasNoBytesAndThaiHasThreePerLetter() {
        assertThat(ExportTally.utf8Length("")).isZero();
        assertThat(ExportTally.utf8Length("ข้าว")).isEqualTo(12);
        assertThat(ExportTally.utf8Length("𠀀")).isEqualTo(4);
    }
}
