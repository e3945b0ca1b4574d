package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PrepareJobTest {
    @Test
    void filesAreSpreadEvenlyByBytesAndEachTaskKeepsListingOrder() {
        List<InputFile> files = new ArrayList<>();
        long[] sizes = {900, 10, 10, 10, 500, 400, 10, 10, 300, 10};
        for (int i = 0; i < sizes.length; i++) {
            files.add(new InputFile("file:/data/f" + i, "/data/f" + i, sizes[i], "f" + i));
        }
        List<List<InputFile>> tasks = PrepareJob.spread(files, 3);
        assertThat(tasks).hasSize(3);
        assertThat(tasks.stream().mapToInt(List::size).sum()).isEqualTo(files.size());
        long[] load = tasks.stream().mapToLong(t -> t.stream().mapToLong(InputFile::size).sum()).toArray();
        assertThat(load).containsExactlyInAnyOrder(900, 700, 560);
        for (List<InputFile> task : tasks) {
            assertThat(task).isSortedAccordingTo((a, b) -> Integer.compare(files.indexOf(a), files.indexOf(b)));
        }
        assertThat(PrepareJob.spread(files, 3)).isEqualTo(tasks);
    }

    @Test
    void moreTasksThanFilesLeavesNoEmptyTask() {
        List<InputFile> files = List.of(new InputFile("file:/a", "/a", 5, "a"), new InputFile("file:/b", "/b", 0, "b"));
        assertThat(PrepareJob.spread(files, 8)).hasSize(2);
        assertThat(PrepareJob.spread(List.of(), 4)).isEmpty();
    }
}
