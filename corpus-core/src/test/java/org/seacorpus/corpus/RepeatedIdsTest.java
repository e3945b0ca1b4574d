package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.seacorpus.document.DocumentId;

@Tag("reliability")
class RepeatedIdsTest {
    @Test
    void anIdIsFirstOnceAndRepeatedAfter() {
        RepeatedIds ids = new RepeatedIds();
        String a = DocumentId.of("file:///data/qa.jsonl", "id=42");
        String b = DocumentId.of("file:///data/qa.jsonl", "id=43");
        assertThat(ids.firstTime(a)).isTrue();
        assertThat(ids.firstTime(b)).isTrue();
        assertThat(ids.firstTime(a)).isFalse();
        assertThat(ids.firstTime("not-a-hash-id")).isTrue();
        assertThat(ids.firstTime("not-a-hash-id")).isFalse();
        assertThat(RepeatedIds.key(a)).isEqualTo(Long.parseUnsignedLong(a.substring(0, 16), 16));
    }
}
