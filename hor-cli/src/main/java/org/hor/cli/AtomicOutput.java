package org.hor.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output file all or nothing: into a temporary file beside the target, then moved into
 * place. A failed run leaves no partial file and never clobbers an existing good one.
 */
final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * Writes {@code content} to {@code target} atomically, or to standard output when target is
     * {@code null} or {@code -}.
     *
     * @throws CliException with exit code 73 when the file cannot be created, 74 on an I/O error while writing
     */
    static void write(Path target, Content content, Messages messages) {
        if (target == null || target.toString().equals("-")) {
            try {
                OutputStream out = new BufferedOutputStream(new NonClosingOutputStream(HorCommand.stdout));
                content.writeTo(out);
                out.flush();
                if (HorCommand.stdout instanceof java.io.PrintStream ps && ps.checkError()) {
                    // a PrintStream swallows write errors (a full disk, a closed pipe): ask it
                    throw new IOException("standard output could not be written");
                }
            } catch (IOException e) {
                throw new CliException(ExitCodes.IO_ERROR, messages.get("output.ioError", "-", describe(e)));
            }
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("output.isDirectory", target));
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            readableByOthers(tmp, absolute);
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("output.cannotCreate", target, describe(e)));
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
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

    /**
     * A temporary file is created readable by its owner only; the result should have the permissions
     * of the file it replaces, or the usual rw-r--r-- for a new one.
     */
    private static void readableByOthers(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
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
