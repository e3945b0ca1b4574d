package org.seacorpus.spark.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "index", mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet");
    }
}
