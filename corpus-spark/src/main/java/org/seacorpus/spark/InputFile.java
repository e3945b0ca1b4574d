package org.seacorpus.spark;

import java.io.Serializable;

/**
 * One file for the {@code prepare} job to read, as listed on the driver.
 *
 * @param uri    where it is ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param path   the path as the user gave or knows it (failures name it)
 * @param size   bytes
 * @param source the source name its documents carry, from which their ids are made (as {@code corpus import}
 *               names the same file)
 * @param order  its place in the listing, from 1 (the walk's name order, as {@code corpus import} numbers its
 *               inputs): the first part of each of its documents' {@link org.seacorpus.document.FirstImport}
 *               sequence; 0 until the job numbers the listing
 */
public record InputFile(String uri, String path, long size, String source, long order) implements Serializable {
    private static final long serialVersionUID = 1L;

    public InputFile(String uri, String path, long size, String source) {
        this(uri, path, size, source, 0);
    }

    /** This file at place {@code n} of the listing. */
    public InputFile withOrder(long n) {
        return new InputFile(uri, path, size, source, n);
    }

    /** True for a file on this machine's file system (read in place, not copied). */
    public boolean local() {
        return uri.startsWith("file:");
    }
}
