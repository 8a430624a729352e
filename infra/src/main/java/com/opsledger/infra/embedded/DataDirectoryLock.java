package com.opsledger.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive ownership of a data directory by one running OpsLedger.
 *
 * <p>The operating system drops the lock when the owning JVM dies, even with {@code kill -9}. So a server
 * process found running in a directory we just locked was left behind by a crashed OpsLedger and may be
 * stopped. The lock file holds the owner's pid for the error message of the next one.
 */
public final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "opsledger.lock";

    /**
     * Directories locked by this JVM. POSIX record locks belong to the process: a second channel on the same
     * file would not be refused by the OS, and closing it would silently release the first lock.
     */
    private static final Set<Path> HELD_BY_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the directory, creating it if needed.
     *
     * @throws IllegalStateException when another process or another part of this JVM holds it
     */
    public static DataDirectoryLock acquire(Path dataDirectory) {
        Path directory = realDirectory(dataDirectory);
        if (!HELD_BY_THIS_JVM.add(directory)) {
            throw new IllegalStateException("data directory " + directory
                    + " is already in use by this JVM; share the running EmbeddedServices instead of locking it twice");
        }
        try {
            return lock(directory);
        } catch (RuntimeException e) {
            HELD_BY_THIS_JVM.remove(directory);
            throw e;
        }
    }

    private static DataDirectoryLock lock(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new IllegalStateException("data directory " + directory + " is in use by another running OpsLedger (pid "
                        + owner + "); stop that instance first, or point opsledger.data-dir (OPSLEDGER_DATA_DIR) at another directory");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataDirectoryLock(directory, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Could not lock data directory " + directory + " through " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path realDirectory(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return dataDirectory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create data directory " + dataDirectory.toAbsolutePath()
                    + "; check its permissions or set opsledger.data-dir (OPSLEDGER_DATA_DIR) to a writable directory", e);
        }
    }

    private static String readOwner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String content = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        return content.matches("\\d+") ? content : "unknown";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The lock attempt already failed; that is the error worth reporting.
        }
    }

    public Path directory() {
        return directory;
    }

    /** Releases the lock; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            // A stale pid would mislead whoever reads the file while no one holds the lock.
            channel.truncate(0);
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock regardless.
        } finally {
            closeQuietly(channel);
            HELD_BY_THIS_JVM.remove(directory);
        }
    }
}
