package org.hor.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file all or nothing: into a temporary file beside the target, then moved into
 * place. A failed run leaves no partial file and never clobbers an existing good one. Devices and
 * pipes are written as they are, never replaced.
 */
final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {}

    /**
     * Writes {@code content} to {@code target}: to standard output when target is {@code null} or
     * {@code -} (or names it: {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}; the same
     * for standard error); straight into a device, pipe or socket that exists (never replacing it);
     * else atomically into a regular file, through a temporary file beside the real file (a symbolic
     * link stays a link to the new content).
     *
     * @throws CliException with exit code 73 when the file cannot be created, 74 on an I/O error while writing
     */
    static void write(Path target, Content content, Messages messages) {
        if (target == null || target.toString().equals("-")) {
            toStream(HorCommand.stdout, "-", content, messages);
            return;
        }
        String name = target.toAbsolutePath().normalize().toString();
        if (STDOUT_NAMES.contains(name)) {
            toStream(HorCommand.stdout, target.toString(), content, messages);
            return;
        }
        if (STDERR_NAMES.contains(name)) {
            toStream(HorCommand.stderr, target.toString(), content, messages);
            return;
        }
        BasicFileAttributes attributes = attributes(target);
        if (attributes != null && attributes.isDirectory()) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("output.isDirectory", target));
        }
        if (attributes != null && !attributes.isRegularFile()) {
            if (isBlockDevice(target)) {
                // a disk: a report written over it would destroy what is on it
                throw new CliException(
                        ExitCodes.CANNOT_CREATE, messages.get("output.cannotCreate", target, "a block device"));
            }
            toDevice(target, content, messages);
            return;
        }
        Path real;
        Path tmp;
        try {
            real = realPath(target, attributes != null);
            tmp = createTemporary(real.getParent());
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("output.cannotCreate", target, describe(e)));
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writeContent(content, out);
            }
            keepPermissions(tmp, real);
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, messages.get("output.ioError", target, describe(e)));
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
        }
    }

    /** The names of standard output and standard error that the system links to whatever they are. */
    private static final Set<String> STDOUT_NAMES = Set.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

    private static final Set<String> STDERR_NAMES = Set.of("/dev/stderr", "/dev/fd/2", "/proc/self/fd/2");

    /** The prefix of temporary names: short, so that a target name of 255 bytes still has a temporary one. */
    private static final String TEMPORARY_PREFIX = ".hor-";

    private static void toStream(OutputStream stream, String name, Content content, Messages messages) {
        try {
            OutputStream out = new BufferedOutputStream(new NonClosingOutputStream(stream));
            writeContent(content, out);
            out.flush();
            if (stream instanceof java.io.PrintStream ps && ps.checkError()) {
                // a PrintStream swallows write errors (a full disk, a closed pipe): ask it
                throw new IOException("standard output could not be written");
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, messages.get("output.ioError", name, describe(e)));
        }
    }

    /** Writes into a character device, a named pipe or a socket as it is: it cannot be replaced, and must not be. */
    private static void toDevice(Path target, Content content, Messages messages) {
        OutputStream stream;
        try {
            stream = Files.newOutputStream(target, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("output.cannotCreate", target, describe(e)));
        }
        try (OutputStream out = new BufferedOutputStream(stream)) {
            writeContent(content, out);
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, messages.get("output.ioError", target, describe(e)));
        }
    }

    /**
     * Runs a writer; the writers of hor's libraries report I/O errors unchecked ({@link UncheckedIOException},
     * Jackson's exceptions): those are I/O errors (74) too, not bugs.
     */
    private static void writeContent(Content content, OutputStream out) throws IOException {
        try {
            content.writeTo(out);
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    /** Whether {@code target} is a block device (the file type bits of its mode, where the system has them). */
    private static boolean isBlockDevice(Path target) {
        try {
            Object mode = Files.getAttribute(target, "unix:mode");
            return mode instanceof Integer m && (m & 0170000) == 0060000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Returns the target's attributes (following links), or {@code null} when it does not exist. */
    private static BasicFileAttributes attributes(Path target) {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The file to replace: an existing file's real path, or a new name in its parent's real path. */
    private static Path realPath(Path target, boolean exists) throws IOException {
        if (exists) {
            return target.toRealPath();
        }
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new FileSystemException(target.toString(), null, "not a file name");
        }
        return parent.toRealPath().resolve(absolute.getFileName());
    }

    /**
     * Creates a new, empty file with a short unique name in {@code dir}. It is created like any new file
     * (mode 666 less the umask), not owner-only as by {@link Files#createTempFile}.
     */
    static Path createTemporary(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(TEMPORARY_PREFIX
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 23, 36) + ".tmp");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions; a new one has those of any new file (666 less the umask). */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix") || !Files.exists(target)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(tmp, perms);
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Lets a writer close its stream without closing standard output. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
