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
 */
public record InputFile(String uri, String path, long size, String source) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** True for a file on this machine's file system (read in place, not copied). */
    public boolean local() {
        return uri.startsWith("file:");
    }
}
