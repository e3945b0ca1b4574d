package org.seacorpus.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.hadoop.fs.FileSystem;
import org.seacorpus.corpus.DocumentPipeline;
import org.seacorpus.document.FirstImport;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.ingest.InputItem;

/**
 * The outcomes of reading a task's files through the core pipeline, as an iterator. The core's extractors push
 * documents to a sink (a JSONL file of a million rows yields a million of them), while a Spark task pulls rows:
 * a reader thread runs the pipeline into a small bounded queue, so memory stays at a few hundred documents whatever
 * the file holds. Files on other file systems are copied to a local temporary file first (the extractors need
 * random access for Parquet, zip and PDF) and removed after. Closing stops the reader thread.
 */
final class OutcomeStream implements Iterator<DocumentPipeline.Outcome>, AutoCloseable {
    private static final int QUEUED = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private Object next;
    private long files;

    /**
     * @param importedAt the prepare run's start: with each file's {@link InputFile#order} and each document's place
     *                   in its file, the document's {@link FirstImport}, numbered as {@code corpus import} does
     */
    OutcomeStream(DocumentPipeline pipeline, Iterator<InputFile> inputs, HadoopConf hadoop, long importedAt) {
        this.reader = new Thread(() -> {
            try {
                while (inputs.hasNext()) {
                    InputFile input = inputs.next();
                    files++;
                    read(pipeline, input, hadoop, importedAt);
                }
                put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                try {
                    put(e);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "corpus-prepare-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(DocumentPipeline pipeline, InputFile input, HadoopConf hadoop, long importedAt)
            throws InterruptedException {
        long[] part = new long[1];
        Path copy = null;
        try {
            InputItem item;
            if (input.local()) {
                InputItem found = InputItem.ofFile(InputListing.localPath(input.uri()));
                item = new InputItem(input.source(), "", found.name(), found.size(), found.file(), null);
            } else {
                copy = copyToLocal(input, hadoop);
                String name = input.uri().substring(input.uri().lastIndexOf('/') + 1);
                item = new InputItem(input.source(), "", name, Files.size(copy), copy, null);
            }
            Path local = copy;
            pipeline.read(item, outcome -> {
                try {
                    DocumentPipeline.Outcome numbered = outcome;
                    if (outcome instanceof DocumentPipeline.Processed p) {
                        long sequence = (input.order() << 24) | Math.min(part[0]++, 0xFFFFFF);
                        numbered = new DocumentPipeline.Processed(p.document()
                                .with(new FirstImport(importedAt, sequence)).with(new SourceLocation(input.uri())));
                    }
                    put(local == null ? numbered : renamed(numbered, local.toString(), input.path()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("task stopped", e);
                }
            });
        } catch (IOException e) {
            put(new DocumentPipeline.Failed(input.path(), "", "cannot read: " + e.getMessage()));
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a leftover temporary file is removed with the executor's temporary folder
                }
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    /** Failures of a copied file name the file where the user keeps it, not the temporary copy. */
    private static DocumentPipeline.Outcome renamed(DocumentPipeline.Outcome outcome, String local, String path) {
        if (outcome instanceof DocumentPipeline.Failed f && f.path().startsWith(local)) {
            return new DocumentPipeline.Failed(path + f.path().substring(local.length()), f.part(), f.reason(),
                    f.kind(), f.detail());
        }
        return outcome;
    }

    private static Path copyToLocal(InputFile input, HadoopConf hadoop) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(input.uri());
        FileSystem fs = remote.getFileSystem(hadoop.get());
        String name = remote.getName();
        Path local = Files.createTempFile("corpus-input-", "-" + name);
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    private void put(Object item) throws InterruptedException {
        queue.put(item);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the task's inputs", e);
            }
            if (next instanceof Throwable t) {
                throw new IllegalStateException("reading the task's inputs failed: " + t, t);
            }
        }
        return next != END;
    }

    @Override
    public DocumentPipeline.Outcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DocumentPipeline.Outcome out = (DocumentPipeline.Outcome) next;
        next = null;
        return out;
    }

    /** Files started so far. */
    long files() {
        return files;
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
