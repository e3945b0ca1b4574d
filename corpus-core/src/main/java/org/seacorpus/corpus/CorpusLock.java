package org.seacorpus.corpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-writer lock of a corpus home: an OS file lock on {@code <home>/write.lock}, whose content names the
 * holder (process id, host, command, since when) so the next writer can say who has it. The OS releases the
 * lock when the process dies, even on kill -9, so a stale lock file never blocks anyone. Lucene's own index
 * lock stays in place underneath as a second guard.
 */
public final class CorpusLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private CorpusLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static CorpusLock acquire(Path home, String command) {
        Path file = home.resolve("write.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this same process
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new CorpusLockedException("corpus " + home + " is locked by " + (holder.isEmpty()
                        ? "another process" : holder) + "; wait for it to finish, or stop it, and try again");
            }
            String holder = "pid " + ProcessHandle.current().pid() + " on " + hostName() + " (" + command
                    + ", since " + Instant.now() + ")";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new CorpusLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CorpusException("cannot lock corpus " + home + ": " + e.getMessage(), e);
        }
    }

    private static String hostName() {
        String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        int at = name.indexOf('@');
        return at >= 0 ? name.substring(at + 1) : "this host";
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException ignored) {
            // the OS drops the lock with the channel anyway
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
