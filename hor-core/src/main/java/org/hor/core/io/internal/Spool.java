package org.hor.core.io.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A copy of the bytes read from a stream that can be read only once (a pipe, standard input, a
 * device), so that they can be read a second time: for the exact locations of integrity violations,
 * which a file gets by reading it again. The first {@code memoryBytes} are kept in memory; beyond
 * that the copy goes on in a temporary file readable only by its owner (where the file system has
 * POSIX permissions), deleted by {@link #close}.
 *
 * <p>A copy that cannot be written (the temporary file cannot be created, the disk is full) is
 * {@link #lost() lost}: reading the stream goes on unharmed, only the second reading is not possible.
 * Not thread-safe.
 */
public final class Spool implements AutoCloseable {

    /** The default of how much of a stream is kept in memory before the copy goes to a file. */
    public static final long MEMORY_BYTES = 64L << 20;

    private final long memoryBytes;
    private byte[] memory = new byte[8192];
    private int inMemory;
    private Path file;
    private OutputStream out;
    private boolean lost;
    private IOException lostBecause;

    /**
     * Creates an empty spool.
     *
     * @param memoryBytes how many bytes to keep in memory before the copy goes to a temporary file
     *                    (at most {@link Integer#MAX_VALUE} - 16 are used)
     */
    public Spool(long memoryBytes) {
        this.memoryBytes = Math.max(0, Math.min(memoryBytes, Integer.MAX_VALUE - 16));
    }

    /**
     * Returns a stream that reads {@code in} and keeps a copy of every byte read; closing it does
     * not close {@code in}.
     *
     * @param in the stream to copy
     * @return the copying stream
     */
    public InputStream tee(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    keep(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) {
                    keep(b, off, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                // through read, so that the skipped bytes are kept too
                byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
                long skipped = 0;
                while (skipped < n) {
                    int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                    if (r < 0) {
                        break;
                    }
                    skipped += r;
                }
                return skipped;
            }

            @Override
            public boolean markSupported() {
                return false;
            }

            @Override
            public void close() {
                // the caller closes its stream
            }
        };
    }

    private void keep(byte[] b, int off, int len) {
        if (lost) {
            return;
        }
        if (out == null && (long) inMemory + len <= memoryBytes) {
            if (inMemory + len > memory.length) {
                long grown = Math.max((long) memory.length * 2, (long) inMemory + len);
                memory = Arrays.copyOf(memory, (int) Math.min(grown, memoryBytes));
            }
            System.arraycopy(b, off, memory, inMemory, len);
            inMemory += len;
            return;
        }
        try {
            if (out == null) {
                file = Files.createTempFile("hor-input-", ".json");
                out = Files.newOutputStream(file);
                out.write(memory, 0, inMemory);
            }
            out.write(b, off, len);
        } catch (IOException | RuntimeException e) {
            lostBecause = e instanceof IOException io ? io : new IOException(e);
            lost = true;
            release();
        }
    }

    /** Returns whether the copy could not be kept (then {@link #replay} is not possible). */
    public boolean lost() {
        return lost;
    }

    /** Returns why the copy was lost, or {@code null}. */
    public IOException lostBecause() {
        return lostBecause;
    }

    /** Returns the temporary file, or {@code null} (for tests). */
    Path file() {
        return file;
    }

    /** Returns whether part of the copy is in a temporary file. */
    public boolean spilled() {
        return file != null;
    }

    /**
     * Opens the copy of the bytes read so far from its first byte.
     *
     * @return a new stream over the copy, to be closed by the caller
     * @throws IOException           if the temporary file cannot be read
     * @throws IllegalStateException if the copy was {@link #lost()}
     */
    public InputStream replay() throws IOException {
        if (lost) {
            throw new IllegalStateException("the copy of the stream was lost", lostBecause);
        }
        if (out == null) {
            return new ByteArrayInputStream(memory, 0, inMemory);
        }
        out.flush();
        return Files.newInputStream(file);
    }

    /** Drops the copy: frees the memory and deletes the temporary file. */
    @Override
    public void close() {
        release();
    }

    private void release() {
        memory = new byte[0];
        inMemory = 0;
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // deleting it is what matters
            }
            out = null;
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
            file = null;
        }
    }
}
