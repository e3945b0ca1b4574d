package org.seacorpus.spark.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet");
    }
}
