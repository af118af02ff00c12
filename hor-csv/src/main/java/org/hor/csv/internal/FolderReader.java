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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.model.Dataset;
import org.hor.core.model.Programme;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.KnownIndicators;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.csv.CsvViolation;
import org.hor.csv.Dialect;
import org.hor.csv.Encoding;
import org.hor.csv.ImportResult;
import org.hor.csv.ImportedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV folder: decodes and parses each file, converts its cells, builds the dataset, runs
 * the {@link DatasetValidator} on it and maps every violation back to file, line and column.
 */
public final class FolderReader {

    private static final Logger LOG = LoggerFactory.getLogger(FolderReader.class);
    private static final String ATTRIBUTES = "attributes";
    private static final String ATTRIBUTE_PREFIX = ATTRIBUTES + ".";
    private static final Pattern PARSE_LINE = Pattern.compile("starting at line (\\d+)");
    private static final Pattern RECORD_POINTER = Pattern.compile("/([A-Za-z]+)/(\\d+)");

    private final Dialect dialect;
    private final Encoding encoding;
    private final LocalDate asOf;
    private final String programmeId;
    private final String programmeName;
    private final KnownIndicators known;
    private final long maxFileBytes;

    /** The largest byte array the JVM reliably allocates. */
    static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    /**
     * Creates a reader.
     *
     * @param dialect       the dialect, or AUTO
     * @param encoding      the encoding, or AUTO
     * @param asOf          overrides {@code asOf} of {@code dataset.csv}, or {@code null}
     * @param programmeId   overrides {@code programmeId}, or {@code null}
     * @param programmeName overrides {@code programmeName}, or {@code null}
     * @param known         the indicator catalogue for targets
     * @param maxFileBytes  the largest file read, in bytes; a larger one is reported ({@code HOR-101}), not read
     */
    public FolderReader(Dialect dialect, Encoding encoding, LocalDate asOf, String programmeId, String programmeName,
            KnownIndicators known, long maxFileBytes) {
        this.dialect = dialect;
        this.encoding = encoding;
        this.asOf = asOf;
        this.programmeId = programmeId;
        this.programmeName = programmeName;
        this.known = known;
        this.maxFileBytes = maxFileBytes;
    }

    /** One data row: where it starts and its cells. */
    private record Row(long line, List<String> cells) {
    }

    /** One file as read. */
    private static final class Sheet {
        final String file;
        final String pointer;
        final Table<?> table;
        boolean unreadable;
        Dialect dialect;
        ImportedFile info;
        List<String> header = List.of();
        final Map<String, Integer> positions = new LinkedHashMap<>();
        final Set<String> missingColumns = new HashSet<>();
        final List<Row> rows = new ArrayList<>();
        final List<Object> records = new ArrayList<>();

        Sheet(String file, Table<?> table) {
            this.file = file;
            this.table = table;
            this.pointer = table == null ? "" : "/" + table.section();
        }

        int columnNumber(String name) {
            Integer p = name == null ? null : positions.get(name);
            return p == null ? -1 : p + 1;
        }
    }

    /** The problems found, and the pointers of cells whose own problem was already reported. */
    private static final class Found {
        final List<CsvViolation> violations = new ArrayList<>();
        final Set<String> reportedCells = new HashSet<>();

        void add(String file, long line, String column, int columnNumber, String pointer, RuleCode rule,
                String variant, String value, List<Object> args) {
            violations.add(new CsvViolation(file, line, column, new Violation(pointer, line, columnNumber,
                    rule.code(), value, variant == null ? rule.messageKey() : rule.messageKey(variant), args)));
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
            throw Files.exists(dir) ? new NotDirectoryException(dir.toString()) : new NoSuchFileException(dir.toString());
        }
        Found found = new Found();
        List<String> knownNames = Tables.fileNames();
        TreeSet<String> present = new TreeSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(p)) {
                    present.add(name);
                }
            }
        }
        for (String name : present) {
            if (!knownNames.contains(name)) {
                found.add(name, -1, null, -1, "", RuleCode.UNKNOWN_FIELD, "file", name,
                        List.of(name, String.join(", ", knownNames)));
            }
        }
        Sheet top = present.contains(Tables.DATASET_FILE) ? load(dir, new Sheet(Tables.DATASET_FILE, null), found) : null;
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (Table<?> t : Tables.ALL) {
            if (present.contains(t.file())) {
                sheets.put(t.section(), load(dir, new Sheet(t.file(), t), found));
            }
        }
        boolean unreadable = top != null && top.unreadable || sheets.values().stream().anyMatch(s -> s.unreadable);

        Object[] topValues = new Object[Tables.DATASET_COLUMNS.size()];
        if (top != null && !top.unreadable) {
            if (top.rows.size() != 1) {
                long line = top.rows.size() > 1 ? top.rows.get(1).line() : -1;
                found.add(top.file, line, null, -1, "", RuleCode.CSV_SYNTAX, "rows", null, List.of(top.rows.size()));
            }
            if (!top.rows.isEmpty()) {
                convertTop(top, topValues, found);
            }
        }
        String formatVersion = top == null ? Dataset.FORMAT_VERSION : (String) topValues[0];
        if (formatVersion != null && !Dataset.FORMAT_VERSION.equals(formatVersion)) {
            found.violations.clear();
            found.add(top.file, top.rows.get(0).line(), "formatVersion", top.columnNumber("formatVersion"),
                    "/formatVersion", RuleCode.FORMAT_VERSION, null, formatVersion, List.of());
            return result(null, found, top, sheets);
        }
        Dataset d = new Dataset(formatVersion,
                asOf != null ? asOf : (LocalDate) topValues[1],
                programme(topValues),
                list(sheets, "sites"), list(sheets, "organisations"), list(sheets, "offers"),
                list(sheets, "deliveries"), list(sheets, "cooperations"), list(sheets, "outcomes"),
                list(sheets, "exchanges"), list(sheets, "targets"), list(sheets, "budgets"),
                list(sheets, "measurements"), list(sheets, "supportActions"));
        if (!unreadable) {
            for (Violation v : DatasetValidator.create(known).validate(d)) {
                if (!suppressed(v.pointer(), found, sheets)) {
                    found.violations.add(locate(v, top, sheets));
                }
            }
        }
        return result(found.violations.isEmpty() ? d : null, found, top, sheets);
    }

    private ImportResult result(Dataset d, Found found, Sheet top, Map<String, Sheet> sheets) {
        List<ImportedFile> files = new ArrayList<>();
        if (top != null && top.info != null) {
            files.add(top.info);
        }
        sheets.values().stream().filter(s -> s.info != null).forEach(s -> files.add(s.info));
        List<CsvViolation> all = new ArrayList<>(found.violations);
        all.sort(ORDER);
        return new ImportResult(Optional.ofNullable(d), all, files);
    }

    private static int fileRank(String file) {
        if (file == null) {
            return -1;
        }
        int r = Tables.fileNames().indexOf(file);
        return r < 0 ? Tables.fileNames().size() : r;
    }

    private static final Comparator<CsvViolation> ORDER = Comparator
            .comparingInt((CsvViolation v) -> fileRank(v.file()))
            .thenComparing(v -> v.file() == null ? "" : v.file())
            .thenComparingLong(CsvViolation::line)
            .thenComparingLong(v -> v.violation().column())
            .thenComparing(CsvViolation::code)
            .thenComparing(v -> v.violation().messageKey())
            .thenComparing(v -> v.violation().pointer());

    private Programme programme(Object[] top) {
        String id = programmeId != null ? programmeId : (String) top[2];
        String name = programmeName != null ? programmeName : (String) top[3];
        String funder = (String) top[4];
        return new Programme(id, name, funder);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Sheet> sheets, String section) {
        Sheet s = sheets.get(section);
        return s == null ? List.of() : (List<T>) s.records;
    }

    // ---------------------------------------------------------------- reading one file

    private Sheet load(Path dir, Sheet s, Found found) throws IOException {
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
            s.unreadable = true;
            found.add(s.file, -1, null, -1, s.pointer, RuleCode.LIMIT_DOCUMENT_SIZE, "csv",
                    size > limit ? Long.toString(size) : null, List.of(Long.toString(limit)));
            s.info = new ImportedFile(s.file, dialect == Dialect.AUTO ? Dialect.STANDARD : dialect,
                    encoding == Encoding.AUTO ? Encoding.UTF_8 : encoding, false, -1);
            return s;
        }
        Decoding.Decoded dec = Decoding.decode(bytes, encoding);
        if (!dec.ok()) {
            s.unreadable = true;
            String tried = dec.encoding() == Encoding.AUTO ? "UTF-8 / windows-1252" : dec.encoding().displayName();
            long line = Decoding.lineOf(bytes, dec.badOffset());
            String b = dec.problem() == Decoding.Problem.UTF16
                    ? Decoding.hex(bytes, 0, dec.utf16().startsWith("UTF-32") ? 4 : 2)
                    : Decoding.hex(bytes, dec.badOffset(), 1);
            // numbers as strings: a line or offset is never grouped ("1,234") in a message
            List<Object> args = dec.problem() == Decoding.Problem.MIXED
                    ? List.of(tried, b, Long.toString(line), Long.toString(dec.badOffset()),
                            Decoding.hex(bytes, dec.utf8Offset(), dec.utf8Length()),
                            Long.toString(Decoding.lineOf(bytes, dec.utf8Offset())))
                    : List.of(tried, b, Long.toString(line), Long.toString(dec.badOffset()),
                            dec.utf16() == null ? "" : dec.utf16());
            found.add(s.file, line, null, -1, s.pointer, RuleCode.ENCODING, dec.problem().variant(), b, args);
            s.info = new ImportedFile(s.file, dialect == Dialect.AUTO ? Dialect.STANDARD : dialect, dec.encoding(),
                    dec.byteOrderMark(), -1);
            return s;
        }
        String text = dec.text();
        s.dialect = dialect == Dialect.AUTO ? detect(text) : dialect;
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
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            Matcher m = PARSE_LINE.matcher(why);
            if (m.find()) {
                line = Long.parseLong(m.group(1));
            }
            found.add(s.file, line, null, -1, s.pointer, RuleCode.CSV_SYNTAX, null, null, List.of(why));
            s.info = new ImportedFile(s.file, s.dialect, dec.encoding(), dec.byteOrderMark(), -1);
            return s;
        }
        if (!records.isEmpty()) {
            header(s, records.get(0), found);
            for (int i = 1; i < records.size(); i++) {
                CsvRecord r = records.get(i);
                if (r.getFields().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                s.rows.add(new Row(r.getStartingLineNumber(), r.getFields()));
            }
            checkBlankColumns(s, found);
            if (s.table != null) {
                for (int i = 0; i < s.rows.size(); i++) {
                    s.records.add(convert(s, i, found));
                }
            }
        }
        s.info = new ImportedFile(s.file, s.dialect, dec.encoding(), dec.byteOrderMark(), s.rows.size());
        LOG.debug("read {}: {} rows, {}, {}{}", s.file, s.rows.size(), s.dialect, dec.encoding().displayName(),
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

    private static void header(Sheet s, CsvRecord r, Found found) {
        s.header = r.getFields();
        long line = r.getStartingLineNumber();
        List<String> knownColumns = new ArrayList<>();
        if (s.table == null) {
            knownColumns.addAll(Tables.DATASET_COLUMNS);
        } else {
            for (Column c : s.table.columns()) {
                knownColumns.add(c.kind() == Kind.MAP ? ATTRIBUTE_PREFIX + "NAME" : c.name());
            }
        }
        for (int p = 0; p < s.header.size(); p++) {
            String h = s.header.get(p);
            if (h.isEmpty()) {
                continue;
            }
            boolean isKnown = s.table == null ? Tables.DATASET_COLUMNS.contains(h)
                    : h.startsWith(ATTRIBUTE_PREFIX) ? s.table.indexOf(ATTRIBUTES) >= 0
                    : s.table.indexOf(h) >= 0 && s.table.columns().get(s.table.indexOf(h)).kind() != Kind.MAP;
            if (s.positions.containsKey(h)) {
                found.add(s.file, line, h, p + 1, s.pointer, RuleCode.DUPLICATE_KEY, null, h, List.of(h));
            } else if (!isKnown) {
                found.add(s.file, line, h, p + 1, s.pointer, RuleCode.UNKNOWN_FIELD, null, h,
                        List.of(h, String.join(", ", knownColumns)));
                s.positions.put(h, -1 - p);
            } else {
                s.positions.put(h, p);
            }
        }
        s.positions.values().removeIf(p -> p < 0);
        if (s.table != null) {
            for (Column c : s.table.columns()) {
                if (c.required() && !s.positions.containsKey(c.name())) {
                    s.missingColumns.add(c.name());
                    found.add(s.file, line, c.name(), -1, s.pointer, RuleCode.REQUIRED, "column", null,
                            List.of(c.name()));
                }
            }
        }
    }

    /** Reports a header cell without a name whose column holds values (blank trailing columns are fine). */
    private static void checkBlankColumns(Sheet s, Found found) {
        for (int p = 0; p < s.header.size(); p++) {
            if (!s.header.get(p).isEmpty()) {
                continue;
            }
            for (Row row : s.rows) {
                if (p < row.cells().size() && !row.cells().get(p).isEmpty()) {
                    found.add(s.file, row.line(), null, p + 1, s.pointer, RuleCode.CSV_SYNTAX, "header",
                            row.cells().get(p), List.of(p + 1));
                    break;
                }
            }
        }
    }

    private static String cell(Row row, int position) {
        return position < row.cells().size() ? row.cells().get(position) : "";
    }

    private Object convert(Sheet s, int index, Found found) {
        Row row = s.rows.get(index);
        Table<?> t = s.table;
        String prefix = s.pointer + "/" + index;
        int cells = row.cells().size();
        int width = s.header.size();
        boolean extraBlank = cells > width && row.cells().subList(width, cells).stream().allMatch(String::isEmpty);
        if (cells != width && !extraBlank) {
            found.add(s.file, row.line(), null, -1, prefix, RuleCode.CSV_SYNTAX, "cells", null, List.of(cells, width));
        }
        Object[] values = new Object[t.columns().size()];
        int mapColumn = t.indexOf(ATTRIBUTES);
        Map<String, String> attributes = mapColumn >= 0 ? new LinkedHashMap<>() : null;
        for (Map.Entry<String, Integer> e : s.positions.entrySet()) {
            String name = e.getKey();
            int p = e.getValue();
            String text = cell(row, p);
            if (text.isEmpty()) {
                continue;
            }
            boolean isAttribute = name.startsWith(ATTRIBUTE_PREFIX);
            int k = isAttribute ? mapColumn : t.indexOf(name);
            Column c = t.columns().get(k);
            String pointer = isAttribute ? prefix + "/" + ATTRIBUTES + "/" + escape(name.substring(ATTRIBUTE_PREFIX.length()))
                    : prefix + "/" + name;
            List<Cells.CellError> errors = new ArrayList<>();
            Object v = Cells.read(c, text, s.dialect, errors);
            for (Cells.CellError err : errors) {
                found.add(s.file, row.line(), name, p + 1, pointer, err.rule(), err.variant(), text, err.args());
                found.reportedCells.add(pointer);
            }
            if (v != null) {
                if (isAttribute) {
                    attributes.put(name.substring(ATTRIBUTE_PREFIX.length()), (String) v);
                } else {
                    values[k] = v;
                }
            }
        }
        if (mapColumn >= 0) {
            values[mapColumn] = attributes;
        }
        return t.create(values);
    }

    private void convertTop(Sheet s, Object[] values, Found found) {
        Row row = s.rows.get(0);
        for (Map.Entry<String, Integer> e : s.positions.entrySet()) {
            String text = cell(row, e.getValue());
            if (text.isEmpty()) {
                continue;
            }
            int k = Tables.DATASET_COLUMNS.indexOf(e.getKey());
            String pointer = Tables.DATASET_POINTERS.get(k);
            List<Cells.CellError> errors = new ArrayList<>();
            Object v = Cells.read(Column.of(e.getKey(), Tables.DATASET_KINDS.get(k), false), text, s.dialect, errors);
            for (Cells.CellError err : errors) {
                found.add(s.file, row.line(), e.getKey(), e.getValue() + 1, pointer, err.rule(), err.variant(), text,
                        err.args());
                found.reportedCells.add(pointer);
            }
            values[k] = v;
        }
    }

    // ---------------------------------------------------------------- mapping validator violations

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Whether a violation of the validator repeats a problem already reported (a cell that could not be read, a missing column). */
    private static boolean suppressed(String pointer, Found found, Map<String, Sheet> sheets) {
        for (String reported : found.reportedCells) {
            if (pointer.equals(reported) || pointer.startsWith(reported + "/")) {
                return true;
            }
        }
        String[] s = pointer.split("/", -1);
        if (s.length >= 4) {
            Sheet sheet = sheets.get(s[1]);
            return sheet != null && sheet.missingColumns.contains(unescape(s[3]));
        }
        return false;
    }

    private CsvViolation locate(Violation v, Sheet top, Map<String, Sheet> sheets) {
        Where w = where(v.pointer(), top, sheets);
        List<Object> args = new ArrayList<>();
        boolean reference = RuleCode.REFERENCE.code().equals(v.code());
        for (Object a : v.arguments()) {
            if (reference && a instanceof String section && Tables.bySection(section) != null) {
                args.add(Tables.bySection(section).file());
                continue;
            }
            Matcher m = a instanceof String str ? RECORD_POINTER.matcher(str) : null;
            if (m != null && m.matches()) {
                Where other = where(str(a), top, sheets);
                args.add(other.file == null ? a : other.line >= 0 ? other.file + ":" + other.line : other.file);
            } else {
                args.add(a);
            }
        }
        boolean wholeFile = v.pointer().indexOf('/', 1) < 0;
        String value = w.cell != null && !w.cell.isEmpty() ? w.cell : wholeFile ? null : v.value();
        return new CsvViolation(w.file, w.line, w.column, new Violation(v.pointer(), w.line, w.columnNumber,
                v.code(), value, v.messageKey(), args));
    }

    private static String str(Object o) {
        return (String) o;
    }

    /** A place in the folder. */
    private record Where(String file, long line, String column, int columnNumber, String cell) {
    }

    private Where where(String pointer, Sheet top, Map<String, Sheet> sheets) {
        String[] s = pointer.split("/", -1);
        if (s.length < 2) {
            return new Where(Tables.DATASET_FILE, -1, null, -1, null);
        }
        int k = Tables.DATASET_POINTERS.indexOf(s.length > 3 ? "" : pointer);
        if (k >= 0 || "programme".equals(s[1])) {
            String column = k >= 0 ? Tables.DATASET_COLUMNS.get(k) : null;
            boolean option = k == 1 && asOf != null || k == 2 && programmeId != null || k == 3 && programmeName != null;
            if (option) {
                return new Where(null, -1, column, -1, null);
            }
            if (top == null || top.rows.isEmpty()) {
                return new Where(Tables.DATASET_FILE, -1, column, -1, null);
            }
            Row row = top.rows.get(0);
            int p = top.columnNumber(column);
            return new Where(top.file, row.line(), column, p, p > 0 ? cell(row, p - 1) : null);
        }
        Table<?> t = Tables.bySection(s[1]);
        if (t == null) {
            return new Where(Tables.DATASET_FILE, -1, null, -1, null);
        }
        Sheet sheet = sheets.get(s[1]);
        if (s.length < 3 || sheet == null) {
            return new Where(t.file(), -1, null, -1, null);
        }
        int index = Integer.parseInt(s[2]);
        Row row = sheet.rows.get(index);
        if (s.length < 4) {
            return new Where(t.file(), row.line(), null, -1, null);
        }
        String field = unescape(s[3]);
        String column = ATTRIBUTES.equals(field) && s.length >= 5 ? ATTRIBUTE_PREFIX + unescape(s[4]) : field;
        int p = sheet.columnNumber(column);
        boolean wholeCell = s.length == 4 || column.startsWith(ATTRIBUTE_PREFIX) && s.length == 5;
        return new Where(t.file(), row.line(), column, p, wholeCell && p > 0 ? cell(row, p - 1) : null);
    }
}
