package org.seacorpus.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.document.Document;

/** An ordered list of stages that counts, per stage, what it saw and how long it took. Thread-safe. */
public final class Pipeline {
    private final List<Stage> stages;
    private final Map<String, StageStats> stats = new LinkedHashMap<>();

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        for (Stage stage : stages) {
            stats.put(stage.name(), new StageStats(stage.name()));
        }
    }

    /** Runs every stage in order; the first failure stops this document and names the stage. */
    public Document run(Document doc) throws StageException {
        Document current = doc;
        for (Stage stage : stages) {
            StageStats counter = stats.get(stage.name());
            long start = System.nanoTime();
            try {
                current = stage.apply(current);
                counter.kept(System.nanoTime() - start);
            } catch (StageException e) {
                counter.dropped(DropReason.ERROR, System.nanoTime() - start);
                throw new StageException(stage.name() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                counter.dropped(DropReason.ERROR, System.nanoTime() - start);
                throw new StageException(stage.name() + " failed: " + e, e);
            }
        }
        return current;
    }

    public List<StageStats> stats() {
        return new ArrayList<>(stats.values());
    }
}
