package org.hor.csv.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.model.Organisation;
import org.hor.core.model.Programme;
import org.hor.csv.Dialect;

/** Renders a dataset as CSV files and writes them into a folder, all or none. */
public final class FolderWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FolderWriter() {}

    /**
     * Renders every file of the folder, {@code dataset.csv} first, then the record files in spec order
     * (a file without records has its header only).
     *
     * @param d       the dataset
     * @param dialect STANDARD or GERMAN
     * @param bom     whether each file starts with the UTF-8 byte order mark
     * @return file name to UTF-8 bytes, in that order
     */
    public static Map<String, byte[]> render(Dataset d, Dialect dialect, boolean bom) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Programme p = d.programme();
        List<String> top = new ArrayList<>();
        Object[] topValues = {
            d.formatVersion(),
            d.asOf(),
            p == null ? null : p.id(),
            p == null ? null : p.name(),
            p == null ? null : p.funder()
        };
        for (int i = 0; i < topValues.length; i++) {
            top.add(Cells.write(Tables.DATASET_KINDS.get(i), topValues[i], dialect));
        }
        files.put(Tables.DATASET_FILE, csv(List.of(Tables.DATASET_COLUMNS, top), dialect, bom));
        for (Table<?> t : Tables.ALL) {
            files.put(t.file(), csv(rows(d, t, dialect), dialect, bom));
        }
        return files;
    }

    private static <T> List<List<String>> rows(Dataset d, Table<T> t, Dialect dialect) {
        List<T> records = Tables.records(d, t);
        Set<String> attributeNames = new LinkedHashSet<>();
        if (t.type() == Organisation.class) {
            for (T r : records) {
                attributeNames.addAll(((Organisation) r).attributes().keySet());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.kind() == Kind.MAP) {
                attributeNames.forEach(n -> header.add(c.name() + "." + n));
            } else {
                header.add(c.name());
            }
        }
        rows.add(header);
        for (T r : records) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                Object v = t.get(r, i);
                if (c.kind() == Kind.MAP) {
                    Map<?, ?> m = v == null ? Map.of() : (Map<?, ?>) v;
                    attributeNames.forEach(n -> row.add(Cells.write(Kind.MAP, m.get(n), dialect)));
                } else {
                    row.add(Cells.write(c.kind(), v, dialect));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static byte[] csv(List<List<String>> rows, Dialect dialect, boolean bom) {
        StringWriter text = new StringWriter();
        try (CsvWriter w = CsvWriter.builder()
                .fieldSeparator(dialect.separator())
                .lineDelimiter(LineDelimiter.CRLF)
                .build(text)) {
            rows.forEach(w::writeRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(BOM);
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Writes files into {@code dir}, all or none, replacing files of the same name; see
     * {@link #write(Map, Path, boolean, Mover)}.
     *
     * @param files file name to content
     * @param dir   the folder
     * @throws IOException on an I/O error, or if {@code dir} exists and is no folder
     */
    public static void write(Map<String, byte[]> files, Path dir) throws IOException {
        write(files, dir, true, FolderWriter::move);
    }

    /** Moves one file or folder to another name; replaced in tests to make a move fail. */
    @FunctionalInterface
    public interface Mover {
        /**
         * Moves {@code from} to {@code to}, replacing a file there.
         *
         * @param from the file
         * @param to   its new name
         * @throws IOException when it cannot be moved
         */
        void move(Path from, Path to) throws IOException;
    }

    /**
     * Writes files into {@code dir}, all or none. Everything is first written into a new temporary
     * folder; then a missing {@code dir} is that folder renamed, and into an existing {@code dir} each
     * file is moved (other files stay). The temporary folder of an existing {@code dir} lies inside
     * it, so that every move is a rename on one file system; the files a move replaces are kept in it
     * until all moves are done. When one move fails, the files moved so far are taken back out and
     * the replaced ones put back: {@code dir} is as it was, and the exception names the file of
     * {@code dir} that could not be written. Folders and files are created like any new ones (the
     * umask applies), with short temporary names.
     *
     * @param files   file name to content
     * @param dir     the folder
     * @param replace whether a file of the same name in {@code dir} may be replaced; if not, and one
     *                exists, nothing is written
     * @param mover   how a file is moved into {@code dir} ({@code FolderWriter::move} but in tests)
     * @throws java.nio.file.NotDirectoryException     if {@code dir} exists and is no folder
     * @throws java.nio.file.FileAlreadyExistsException if {@code replace} is false and a file exists;
     *                                                 its reason lists every such file
     * @throws FileSystemException                     naming the file of {@code dir} when a file
     *                                                 cannot be put there
     * @throws IOException                             on another I/O error
     */
    public static void write(Map<String, byte[]> files, Path dir, boolean replace, Mover mover) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotDirectoryException(target.toString());
        }
        if (Files.isDirectory(target)) {
            checkExisting(files, target, replace);
            writeInto(files, target, mover);
            return;
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = createFolder(parent);
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
            }
            mover.move(tmp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp, e);
            throw e;
        }
    }

    /** Fails before anything is written when a file could not or must not be replaced. */
    private static void checkExisting(Map<String, byte[]> files, Path target, boolean replace) throws IOException {
        List<String> taken = new ArrayList<>();
        for (String name : files.keySet()) {
            Path f = target.resolve(name);
            if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileSystemException(f.toString(), null, "a folder is in the way of the file");
            }
            if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                taken.add(name);
            }
        }
        if (!replace && !taken.isEmpty()) {
            throw new FileAlreadyExistsException(
                    target.resolve(taken.get(0)).toString(),
                    null,
                    "already there and not to be replaced: " + String.join(", ", taken));
        }
    }

    private static void writeInto(Map<String, byte[]> files, Path target, Mover mover) throws IOException {
        Path tmp = createFolder(target);
        Path fresh = Files.createDirectory(tmp.resolve("new"));
        Path old = Files.createDirectory(tmp.resolve("old"));
        List<String> replaced = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        String current = null;
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(fresh.resolve(f.getKey()), f.getValue());
            }
            for (String name : files.keySet()) {
                current = name;
                Path t = target.resolve(name);
                if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
                    mover.move(t, old.resolve(name));
                    replaced.add(name);
                }
                mover.move(fresh.resolve(name), t);
                moved.add(name);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(target, fresh, old, moved, replaced, e);
            deleteQuietly(tmp, e);
            if (current != null && e instanceof IOException io) {
                throw located(target.resolve(current), io);
            }
            throw e;
        }
        deleteTree(tmp);
    }

    /** Takes the new files back out of {@code target} and puts the replaced ones back, last first. */
    private static void rollBack(
            Path target, Path fresh, Path old, List<String> moved, List<String> replaced, Throwable failure) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            try {
                move(target.resolve(moved.get(i)), fresh.resolve(moved.get(i)));
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        for (int i = replaced.size() - 1; i >= 0; i--) {
            try {
                move(old.resolve(replaced.get(i)), target.resolve(replaced.get(i)));
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The exception of a move names the temporary file; the user needs the file of the folder. */
    private static IOException located(Path file, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileSystemException fse
                && file.toString().equals(fse.getFile())
                && fse.getOtherFile() == null) {
            return e;
        }
        FileSystemException located = new FileSystemException(file.toString(), null, reason);
        located.initCause(e);
        for (Throwable s : e.getSuppressed()) {
            located.addSuppressed(s);
        }
        return located;
    }

    private static void deleteQuietly(Path tmp, Throwable failure) {
        try {
            deleteTree(tmp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /**
     * Creates a new folder with a short unique name in {@code parent}, like any new folder (mode 777
     * less the umask; {@link Files#createTempDirectory} would make it owner-only).
     */
    static Path createFolder(Path parent) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = parent.resolve(TEMPORARY_PREFIX + random() + ".tmp");
            try {
                return Files.createDirectory(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Creates a new empty file with a short unique name in {@code parent}, like any new file. */
    static Path createFile(Path parent) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = parent.resolve(TEMPORARY_PREFIX + random() + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static String random() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 23, 36);
    }

    /** The prefix of temporary names: short, so that a name of 255 bytes still has a temporary one. */
    private static final String TEMPORARY_PREFIX = ".hor-";

    /**
     * Writes a dataset as a JSON document ({@link DatasetWriter}) to a file: into a temporary file
     * beside it, then renamed over it; on any error the file is as before. Both importers'
     * {@code importTo} write through this.
     *
     * @param dataset the dataset
     * @param file    the file
     * @throws IOException on an I/O error
     */
    public static void writeJson(Dataset dataset, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path tmp = createFile(target.getParent());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                DatasetWriter.create().write(dataset, out);
            }
            move(tmp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Moves by an atomic rename, replacing a file there (or by copying where that is impossible).
     *
     * @param from the file or folder
     * @param to   its new name
     * @throws IOException when it cannot be moved
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
