package org.hor.csv.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
import org.hor.core.model.Dataset;
import org.hor.core.model.Organisation;
import org.hor.core.model.Programme;
import org.hor.csv.Dialect;

/** Renders a dataset as CSV files and writes them into a folder, all or none. */
public final class FolderWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FolderWriter() {
    }

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
        Object[] topValues = {d.formatVersion(), d.asOf(), p == null ? null : p.id(), p == null ? null : p.name(),
            p == null ? null : p.funder()};
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
        try (CsvWriter w = CsvWriter.builder().fieldSeparator(dialect.separator()).lineDelimiter(LineDelimiter.CRLF)
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
     * Writes files into {@code dir}, all or none: everything is first written into a new temporary
     * folder beside {@code dir}; then a missing {@code dir} is that folder renamed, and an existing
     * {@code dir} gets each file moved in (replacing a file of the same name, other files stay). On
     * failure the temporary folder is deleted and {@code dir} is as before.
     *
     * @param files file name to content
     * @param dir   the folder
     * @throws IOException on an I/O error, or if {@code dir} exists and is no folder
     */
    public static void write(Map<String, byte[]> files, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotDirectoryException(target.toString());
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
            }
            if (!Files.exists(target)) {
                move(tmp, target);
            } else {
                for (String name : files.keySet()) {
                    move(tmp.resolve(name), target.resolve(name));
                }
                Files.delete(tmp);
            }
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Writes one file: into a temporary file beside it, then renamed over it.
     *
     * @param content the content
     * @param file    the file
     * @throws IOException on an I/O error
     */
    public static void writeFile(byte[] content, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
            move(tmp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
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
