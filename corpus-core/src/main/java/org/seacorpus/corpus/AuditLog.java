package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * Audit records written with the change they record (DESIGN §4: {@code runs/} is the audit trail). A change to
 * the index and its record must never be apart: a killed {@code reject} that left its marks in the index must
 * have left its record too. The order that guarantees it:
 * <ol>
 *   <li>the record is written to {@code runs/.pending/NAME} and synced to disk;</li>
 *   <li>the index commit carries {@code NAME} in its user data ({@link #COMMIT_KEY});</li>
 *   <li>the record is moved (atomically) to {@code runs/NAME}.</li>
 * </ol>
 * Opening the index for writing reconciles what a crash left in {@code .pending}: the record the last commit names
 * reached the index, so it is moved into {@code runs/}; any other never did, so it is deleted. A reader that finds
 * the named record still pending may move it too ({@link #promoteCommitted}); nothing else is ever deleted.
 */
final class AuditLog {
    /** Commit user-data key naming the audit record of the change that commit holds. */
    static final String COMMIT_KEY = "seacorpus.audit";
    static final String PENDING = ".pending";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path runs;
    private final Path pending;

    AuditLog(Path runs) {
        this.runs = runs;
        this.pending = runs.resolve(PENDING);
    }

    /** A record written and synced, not yet in {@code runs/}. */
    record Pending(String name, Path file) {
    }

    /** Writes the record durably into {@code runs/.pending}, under a name no other record has. */
    Pending prepare(String kind, Object record) throws IOException {
        Files.createDirectories(pending);
        byte[] json = CorpusHome.JSON.writeValueAsBytes(record);
        while (true) {
            String name = STAMP.format(Instant.now()) + "-" + kind + ".json";
            Path file = pending.resolve(name);
            if (Files.exists(runs.resolve(name))) {
                sleepAMillisecond();
                continue;
            }
            try {
                Files.write(file, json, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                sleepAMillisecond();
                continue;
            }
            sync(file);
            sync(pending);
            return new Pending(name, file);
        }
    }

    /** Moves a record whose change is committed into {@code runs/}; returns where it now is. */
    Path promote(Pending record) throws IOException {
        Path target = runs.resolve(record.name());
        try {
            Files.move(record.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            if (!Files.exists(target)) {
                throw e; // neither pending nor promoted: lost, which must not pass silently
            }
            // a reader promoted it first
        }
        sync(runs);
        return target;
    }

    /**
     * Under the corpus lock, before any new change: moves the record named by the last commit into {@code runs/}
     * and deletes every other pending record (their changes were never committed).
     */
    void reconcile(String committedName) throws IOException {
        if (!Files.isDirectory(pending)) {
            return;
        }
        try (Stream<Path> files = Files.list(pending)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals(committedName)) {
                    promote(new Pending(name, file));
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
        sync(pending);
    }

    /** Without the lock: moves the record the last commit names into {@code runs/} if it is still pending. */
    void promoteCommitted(String committedName) {
        if (committedName == null) {
            return;
        }
        Path file = pending.resolve(committedName);
        if (Files.exists(file)) {
            try {
                promote(new Pending(committedName, file));
            } catch (IOException e) {
                // the writer that holds the lock finishes it; the trail is read as it is
            }
        }
    }

    private static void sync(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, directory ? StandardOpenOption.READ
                : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e; // some file systems cannot sync a directory; a file must be synced
            }
        }
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
