package org.hor.csv.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.validation.RuleCode;
import org.hor.csv.Dialect;
import org.hor.csv.Encoding;
import org.hor.csv.ImportResult;
import org.hor.csv.ImportedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV folder: decodes and parses each file into rows of text cells, which the
 * {@link TableMapper} turns into the dataset, checks and maps back to file, line and column.
 */
public final class FolderReader {

    private static final Logger LOG = LoggerFactory.getLogger(FolderReader.class);
    private static final Pattern PARSE_LINE = Pattern.compile("starting at line (\\d+)");

    private final Dialect dialect;
    private final Encoding encoding;
    private final ImportSettings settings;
    private final long maxFileBytes;

    /** The largest byte array the JVM reliably allocates. */
    static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    /**
     * Creates a reader.
     *
     * @param dialect       the dialect, or AUTO
     * @param encoding      the encoding, or AUTO
     * @param settings      the overrides of {@code dataset.csv} and the indicator catalogue for targets
     * @param maxFileBytes  the largest file read, in bytes; a larger one is reported ({@code HOR-101}), not read
     */
    public FolderReader(Dialect dialect, Encoding encoding, ImportSettings settings, long maxFileBytes) {
        this.dialect = dialect;
        this.encoding = encoding;
        this.settings = settings;
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads the cells of a CSV file: each cell is its text, read in the file's dialect. */
    private record CsvCells(Dialect dialect) implements TableMapper.CellReader {
        @Override
        public String text(Object cell) {
            return cell == null ? "" : (String) cell;
        }

        @Override
        public Object read(Column column, Object cell, List<Cells.CellError> errors) {
            return Cells.read(column, (String) cell, dialect, errors);
        }
    }

    /** One file as read. */
    private static final class Sheet {
        final String file;
        final Table<?> table;
        final TableMapper.Sheet rows;
        final String pointer;
        boolean unreadable;
        Dialect dialect;
        ImportedFile info;

        Sheet(String file, Table<?> table) {
            this.file = file;
            this.table = table;
            this.pointer = table == null ? "" : "/" + table.section();
            this.rows = null;
        }

        Sheet(Sheet s, Dialect dialect) {
            this.file = s.file;
            this.table = s.table;
            this.pointer = s.pointer;
            this.dialect = dialect;
            this.rows = new TableMapper.Sheet(s.file, s.table, new CsvCells(dialect));
        }
    }

    /**
     * Reads the folder.
     *
     * @param dir the folder
     * @return the dataset or every problem
     * @throws IOException on an I/O error (never for invalid content)
     */
    public ImportResult read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw Files.exists(dir)
                    ? new NotDirectoryException(dir.toString())
                    : new NoSuchFileException(dir.toString());
        }
        TableMapper.Found found = new TableMapper.Found();
        TableMapper mapper = new TableMapper(settings, TableMapper.CSV_FILES);
        TreeSet<String> present = new TreeSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(p)) {
                    present.add(name);
                }
            }
        }
        mapper.unknownNames(present, found);
        Sheet top =
                present.contains(Tables.DATASET_FILE) ? load(dir, new Sheet(Tables.DATASET_FILE, null), found) : null;
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (Table<?> t : Tables.ALL) {
            if (present.contains(t.file())) {
                sheets.put(t.section(), load(dir, new Sheet(t.file(), t), found));
            }
        }
        Map<String, TableMapper.Sheet> tables = new LinkedHashMap<>();
        sheets.forEach((section, s) -> tables.put(section, s.rows));
        TableMapper.Mapped m = mapper.map(top == null ? null : top.rows, tables, found);
        List<ImportedFile> files = new ArrayList<>();
        if (top != null && top.info != null) {
            files.add(top.info);
        }
        sheets.values().stream().filter(s -> s.info != null).forEach(s -> files.add(s.info));
        return new ImportResult(Optional.ofNullable(m.dataset()), m.violations(), files);
    }

    // ---------------------------------------------------------------- reading one file

    private Sheet load(Path dir, Sheet plain, TableMapper.Found found) throws IOException {
        Sheet s = plain;
        // a file is read whole: no larger than the limit, nor than a Java array can hold
        long limit = Math.min(maxFileBytes, MAX_ARRAY_BYTES);
        long size = Files.size(dir.resolve(s.file));
        byte[] bytes = null;
        if (size <= limit) {
            try (InputStream in = Files.newInputStream(dir.resolve(s.file))) {
                bytes = in.readNBytes((int) limit);
                if (in.read() != -1) {
                    bytes = null; // it grew, or is no regular file: too large all the same
                }
            }
        }
        if (bytes == null) {
            found.add(
                    s.file,
                    -1,
                    null,
                    -1,
                    s.pointer,
                    RuleCode.LIMIT_DOCUMENT_SIZE,
                    "csv",
                    size > limit ? Long.toString(size) : null,
                    List.of(Long.toString(limit)));
            s = new Sheet(s, dialect == Dialect.AUTO ? Dialect.STANDARD : dialect);
            s.unreadable = true;
            s.rows.unreadable = true;
            s.info = new ImportedFile(
                    s.file, s.dialect, encoding == Encoding.AUTO ? Encoding.UTF_8 : encoding, false, -1);
            return s;
        }
        Decoding.Decoded dec = Decoding.decode(bytes, encoding);
        if (!dec.ok()) {
            s.unreadable = true;
            String tried = dec.encoding() == Encoding.AUTO
                    ? "UTF-8 / windows-1252"
                    : dec.encoding().displayName();
            long line = Decoding.lineOf(bytes, dec.badOffset());
            String b = dec.problem() == Decoding.Problem.UTF16
                    ? Decoding.hex(bytes, 0, dec.utf16().startsWith("UTF-32") ? 4 : 2)
                    : Decoding.hex(bytes, dec.badOffset(), 1);
            // numbers as strings: a line or offset is never grouped ("1,234") in a message
            List<Object> args = dec.problem() == Decoding.Problem.MIXED
                    ? List.of(
                            tried,
                            b,
                            Long.toString(line),
                            Long.toString(dec.badOffset()),
                            Decoding.hex(bytes, dec.utf8Offset(), dec.utf8Length()),
                            Long.toString(Decoding.lineOf(bytes, dec.utf8Offset())))
                    : List.of(
                            tried,
                            b,
                            Long.toString(line),
                            Long.toString(dec.badOffset()),
                            dec.utf16() == null ? "" : dec.utf16());
            found.add(
                    s.file,
                    line,
                    null,
                    -1,
                    s.pointer,
                    RuleCode.ENCODING,
                    dec.problem().variant(),
                    b,
                    args);
            s = new Sheet(s, dialect == Dialect.AUTO ? Dialect.STANDARD : dialect);
            s.unreadable = true;
            s.rows.unreadable = true;
            s.info = new ImportedFile(s.file, s.dialect, dec.encoding(), dec.byteOrderMark(), -1);
            return s;
        }
        String text = dec.text();
        s = new Sheet(s, dialect == Dialect.AUTO ? detect(text) : dialect);
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(s.dialect.separator())
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .ofCsvRecord(text)) {
            for (CsvRecord r : reader) {
                records.add(r);
            }
        } catch (CsvParseException | UncheckedIOException e) {
            s.unreadable = true;
            long line = records.isEmpty() ? 1 : records.get(records.size() - 1).getStartingLineNumber() + 1;
            String why = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            Matcher m = PARSE_LINE.matcher(why);
            if (m.find()) {
                line = Long.parseLong(m.group(1));
            }
            found.add(s.file, line, null, -1, s.pointer, RuleCode.CSV_SYNTAX, null, null, List.of(why));
            s.rows.unreadable = true;
            s.info = new ImportedFile(s.file, s.dialect, dec.encoding(), dec.byteOrderMark(), -1);
            return s;
        }
        if (!records.isEmpty()) {
            TableMapper.header(
                    s.rows, records.get(0).getFields(), records.get(0).getStartingLineNumber(), found);
            int width = records.get(0).getFields().size();
            for (int i = 1; i < records.size(); i++) {
                CsvRecord r = records.get(i);
                if (r.getFields().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (s.table != null) {
                    cellCount(s, r, width, found);
                }
                s.rows.addRow(new TableMapper.Row(r.getStartingLineNumber(), r.getFields()));
            }
            TableMapper.checkBlankColumns(s.rows, found);
        }
        s.info = new ImportedFile(s.file, s.dialect, dec.encoding(), dec.byteOrderMark(), s.rows.rowCount());
        LOG.debug(
                "read {}: {} rows, {}, {}{}",
                s.file,
                s.rows.rowCount(),
                s.dialect,
                dec.encoding().displayName(),
                dec.byteOrderMark() ? " with BOM" : "");
        return s;
    }

    /** GERMAN when the header line holds more {@code ;} than {@code ,}, else STANDARD. */
    static Dialect detect(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? Dialect.GERMAN : Dialect.STANDARD;
    }

    /** Reports a row with more or fewer cells than the header (blank extra cells are fine). */
    private static void cellCount(Sheet s, CsvRecord r, int width, TableMapper.Found found) {
        List<String> cells = r.getFields();
        boolean extraBlank = cells.size() > width
                && cells.subList(width, cells.size()).stream().allMatch(String::isEmpty);
        if (cells.size() != width && !extraBlank) {
            found.add(
                    s.file,
                    r.getStartingLineNumber(),
                    null,
                    -1,
                    s.pointer + "/" + s.rows.rowCount(),
                    RuleCode.CSV_SYNTAX,
                    "cells",
                    null,
                    List.of(cells.size(), width));
        }
    }
}
