package org.seacorpus.spark.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "dedupe", mixinStandardHelpOptions = true)
final class DedupeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet");
    }
}
