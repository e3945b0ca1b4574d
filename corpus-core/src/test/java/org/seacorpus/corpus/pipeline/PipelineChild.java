package org.seacorpus.corpus.pipeline;

import java.nio.file.Path;

import org.seacorpus.config.PipelineConfigReader;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.lang.LanguageProfiles;

/** Runs one pipeline in its own JVM, so a test can kill it with SIGKILL in the middle of the work. */
public final class PipelineChild {
    private PipelineChild() {
    }

    public static void main(String[] args) {
        PipelineFile pipeline = new PipelineConfigReader(LanguageProfiles.builtIn()).read(Path.of(args[0]));
        PipelineReport report = new PipelineJob(pipeline, new PipelineJob.Options(null, null, false), null).run();
        System.out.println("finished: added " + report.importStep().added());
    }
}
