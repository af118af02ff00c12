package org.hor.excel.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary file beside it that is then moved into place: all or nothing. */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out where it goes (closed by the caller)
         * @throws IOException on an I/O error
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code file}.
     *
     * @param file    the file
     * @param replace whether an existing file may be replaced
     * @param content the content
     * @throws FileAlreadyExistsException if the file exists and {@code replace} is false
     * @throws IOException                on an I/O error (the file is then as before)
     */
    public static void write(Path file, boolean replace, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            if (!replace && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a temporary file is readable by its owner only: give the result the replaced file's
                // permissions, or the usual rw-r--r--
                Files.setPosixFilePermissions(
                        tmp,
                        Files.exists(target)
                                ? Files.getPosixFilePermissions(target)
                                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
