package org.hor.csv.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.model.Dataset;
import org.hor.core.model.Programme;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.csv.CsvViolation;

/**
 * The record mapping shared by every spreadsheet source (a CSV folder, an Excel workbook): tables
 * of rows with a header of the format's field names become a {@link Dataset}, checked by the
 * {@link DatasetValidator}, and every violation is mapped back to its table, row and column.
 *
 * <p>A source fills one {@link Sheet} per table it has (its name, header and rows, each cell an
 * object the sheet's {@link CellReader} understands), then calls {@link #map}. The source decides
 * how its tables are named ({@link Naming}): {@code deliveries.csv} for a folder,
 * {@code deliveries} for a workbook.
 */
public final class TableMapper {

    private static final String ATTRIBUTES = "attributes";
    private static final String ATTRIBUTE_PREFIX = ATTRIBUTES + ".";
    private static final Pattern RECORD_POINTER = Pattern.compile("/([A-Za-z]+)/(\\d+)");

    /** How a source names its tables and places. */
    public interface Naming {
        /**
         * Returns the name of the table with the top-level fields ({@code dataset.csv}).
         *
         * @return the name
         */
        String datasetName();

        /**
         * Returns the name of a record table ({@code deliveries.csv}).
         *
         * @param table the table
         * @return the name
         */
        String name(Table<?> table);

        /**
         * Returns how a message names a row of another table ({@code organisations.csv:4}).
         *
         * @param name the table's name
         * @param line the row's line
         * @return the text
         */
        default String place(String name, long line) {
            return name + ":" + line;
        }

        /**
         * Returns the problem of a table the format does not know: the rule and message variant.
         *
         * @return {@code UNKNOWN_FIELD} with the variant {@code file}
         */
        default String unknownVariant() {
            return "file";
        }

        /**
         * Returns the problem of a dataset table without exactly one row: rule and message variant.
         *
         * @return {@code CSV_SYNTAX} with the variant {@code rows}
         */
        default Map.Entry<RuleCode, String> rowsProblem() {
            return Map.entry(RuleCode.CSV_SYNTAX, "rows");
        }

        /**
         * Returns every name in the order of spec 01, the dataset table first.
         *
         * @return the names
         */
        default List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(datasetName());
            Tables.ALL.forEach(t -> names.add(name(t)));
            return List.copyOf(names);
        }
    }

    /** The names of a CSV folder: {@code dataset.csv}, {@code deliveries.csv}, places {@code file:line}. */
    public static final Naming CSV_FILES = new Naming() {
        @Override
        public String datasetName() {
            return Tables.DATASET_FILE;
        }

        @Override
        public String name(Table<?> table) {
            return table.file();
        }
    };

    /** Reads the cells of one sheet; cells are what the source put in its rows. */
    public interface CellReader {
        /**
         * Returns the cell as the user sees it, {@code ""} for an empty or missing cell.
         *
         * @param cell the cell, or {@code null}
         * @return the text
         */
        String text(Object cell);

        /**
         * Reads a non-empty cell; never throws for bad content.
         *
         * @param column the column
         * @param cell   the cell
         * @param errors where problems go
         * @return the value, or {@code null} when it could not be read
         */
        Object read(Column column, Object cell, List<Cells.CellError> errors);
    }

    /** One data row: where it is (its line) and its cells by position. */
    public record Row(long line, List<?> cells) {}

    /** One table as read from a source. */
    public static final class Sheet {
        final String name;
        final String pointer;
        final Table<?> table;
        final CellReader reader;
        /** Whether the table could not be read at all (the checks across tables then wait). */
        public boolean unreadable;

        List<String> header = List.of();
        final Map<String, Integer> positions = new LinkedHashMap<>();
        final Set<String> missingColumns = new HashSet<>();
        final List<Row> rows = new ArrayList<>();
        final List<Object> records = new ArrayList<>();

        /**
         * Creates a sheet.
         *
         * @param name   its name ({@code deliveries.csv})
         * @param table  its table, or {@code null} for the top-level fields
         * @param reader how its cells are read
         */
        public Sheet(String name, Table<?> table, CellReader reader) {
            this.name = name;
            this.table = table;
            this.reader = reader;
            this.pointer = table == null ? "" : "/" + table.section();
        }

        /** Returns the sheet's name. */
        public String name() {
            return name;
        }

        /** Returns the JSON pointer of its array ({@code /deliveries}, {@code ""} for the top-level fields). */
        public String pointer() {
            return pointer;
        }

        /** Returns its table, or {@code null} for the top-level fields. */
        public Table<?> table() {
            return table;
        }

        /** Returns the number of data rows. */
        public int rowCount() {
            return rows.size();
        }

        /** Adds a data row (blank rows must not be added). */
        public void addRow(Row row) {
            rows.add(row);
        }

        /** Returns the header's cells. */
        public List<String> header() {
            return header;
        }

        int columnNumber(String name) {
            Integer p = name == null ? null : positions.get(name);
            return p == null ? -1 : p + 1;
        }
    }

    /** The problems found, and the pointers of cells whose own problem was already reported. */
    public static final class Found {
        final List<CsvViolation> violations = new ArrayList<>();
        final Set<String> reportedCells = new HashSet<>();

        /**
         * Adds a problem.
         *
         * @param file         the table's name, or {@code null} for an option
         * @param line         the line, or -1
         * @param column       the column name, or {@code null}
         * @param columnNumber the 1-based column position, or -1
         * @param pointer      the JSON pointer
         * @param rule         the rule
         * @param variant      the message variant, or {@code null}
         * @param value        the value as written, or {@code null}
         * @param args         the message arguments
         */
        public void add(
                String file,
                long line,
                String column,
                int columnNumber,
                String pointer,
                RuleCode rule,
                String variant,
                String value,
                List<Object> args) {
            violations.add(new CsvViolation(
                    file,
                    line,
                    column,
                    new Violation(
                            pointer,
                            line,
                            columnNumber,
                            rule.code(),
                            value,
                            variant == null ? rule.messageKey() : rule.messageKey(variant),
                            args)));
        }

        /** Returns whether nothing was found. */
        public boolean isEmpty() {
            return violations.isEmpty();
        }
    }

    /**
     * The mapped dataset and every problem.
     *
     * @param dataset    the dataset, or {@code null} when there is any problem
     * @param violations every problem, in the order of {@link #order(Naming)}
     */
    public record Mapped(Dataset dataset, List<CsvViolation> violations) {}

    private final ImportSettings settings;
    private final Naming naming;

    /**
     * Creates a mapper.
     *
     * @param settings the overrides of the dataset table and the indicator catalogue for targets
     * @param naming   how the source names its tables
     */
    public TableMapper(ImportSettings settings, Naming naming) {
        this.settings = settings;
        this.naming = naming;
    }

    /**
     * Reports the names of tables the source holds that are none of the format's.
     *
     * @param present the names present, sorted
     * @param found   where problems go
     */
    public void unknownNames(Iterable<String> present, Found found) {
        List<String> names = naming.names();
        for (String name : present) {
            if (!names.contains(name)) {
                found.add(
                        name,
                        -1,
                        null,
                        -1,
                        "",
                        RuleCode.UNKNOWN_FIELD,
                        naming.unknownVariant(),
                        name,
                        List.of(name, String.join(", ", names)));
            }
        }
    }

    /**
     * Builds the dataset from the sheets and checks it.
     *
     * @param top    the sheet of the top-level fields, or {@code null} when the source has none
     * @param sheets the record sheets present, by section
     * @param found  the problems found so far (reading, headers); more are added
     * @return the dataset (only without any problem) and every problem
     */
    public Mapped map(Sheet top, Map<String, Sheet> sheets, Found found) {
        boolean unreadable =
                top != null && top.unreadable || sheets.values().stream().anyMatch(s -> s.unreadable);
        for (Sheet s : sheets.values()) {
            if (!s.unreadable && s.records.isEmpty()) {
                for (int i = 0; i < s.rows.size(); i++) {
                    s.records.add(convert(s, i, found));
                }
            }
        }
        Object[] topValues = new Object[Tables.DATASET_COLUMNS.size()];
        if (top != null && !top.unreadable) {
            if (top.rows.size() != 1) {
                long line = top.rows.size() > 1 ? top.rows.get(1).line() : -1;
                found.add(
                        top.name,
                        line,
                        null,
                        -1,
                        "",
                        naming.rowsProblem().getKey(),
                        naming.rowsProblem().getValue(),
                        null,
                        List.of(top.rows.size()));
            }
            if (!top.rows.isEmpty()) {
                convertTop(top, topValues, found);
            }
        }
        String formatVersion = top == null ? Dataset.FORMAT_VERSION : (String) topValues[0];
        if (formatVersion != null && !Dataset.FORMAT_VERSION.equals(formatVersion)) {
            found.violations.clear();
            found.add(
                    top.name,
                    top.rows.get(0).line(),
                    "formatVersion",
                    top.columnNumber("formatVersion"),
                    "/formatVersion",
                    RuleCode.FORMAT_VERSION,
                    null,
                    formatVersion,
                    List.of());
            return result(null, found);
        }
        Dataset d = new Dataset(
                formatVersion,
                settings.asOf() != null ? settings.asOf() : (LocalDate) topValues[1],
                programme(topValues),
                list(sheets, "sites"),
                list(sheets, "organisations"),
                list(sheets, "offers"),
                list(sheets, "deliveries"),
                list(sheets, "cooperations"),
                list(sheets, "outcomes"),
                list(sheets, "exchanges"),
                list(sheets, "targets"),
                list(sheets, "budgets"),
                list(sheets, "measurements"),
                list(sheets, "supportActions"));
        if (!unreadable) {
            for (Violation v : DatasetValidator.create(settings.known()).validate(d)) {
                if (!suppressed(v.pointer(), found, sheets)) {
                    found.violations.add(locate(v, top, sheets));
                }
            }
        }
        return result(found.violations.isEmpty() ? d : null, found);
    }

    private Mapped result(Dataset d, Found found) {
        List<CsvViolation> all = new ArrayList<>(found.violations);
        all.sort(order(naming));
        return new Mapped(d, all);
    }

    /**
     * Returns the order of problems: by table (the dataset table, then spec order, then unknown
     * names), line, column, code, message and pointer.
     *
     * @param naming the names of the tables
     * @return the comparator
     */
    public static Comparator<CsvViolation> order(Naming naming) {
        List<String> names = naming.names();
        return Comparator.comparingInt((CsvViolation v) ->
                        v.file() == null ? -1 : names.indexOf(v.file()) < 0 ? names.size() : names.indexOf(v.file()))
                .thenComparing(v -> v.file() == null ? "" : v.file())
                .thenComparingLong(CsvViolation::line)
                .thenComparingLong(v -> v.violation().column())
                .thenComparing(CsvViolation::code)
                .thenComparing(v -> v.violation().messageKey())
                .thenComparing(v -> v.violation().pointer());
    }

    private Programme programme(Object[] top) {
        String id = settings.programmeId() != null ? settings.programmeId() : (String) top[2];
        String name = settings.programmeName() != null ? settings.programmeName() : (String) top[3];
        String funder = (String) top[4];
        return new Programme(id, name, funder);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Sheet> sheets, String section) {
        Sheet s = sheets.get(section);
        return s == null ? List.of() : (List<T>) s.records;
    }

    // ---------------------------------------------------------------- headers and cells

    /**
     * Reads a sheet's header row: reports duplicate and unknown names and missing required columns.
     *
     * @param s      the sheet
     * @param header the header's cells
     * @param line   the header's line
     * @param found  where problems go
     */
    public static void header(Sheet s, List<String> header, long line, Found found) {
        s.header = List.copyOf(header);
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
            boolean isKnown = s.table == null
                    ? Tables.DATASET_COLUMNS.contains(h)
                    : h.startsWith(ATTRIBUTE_PREFIX)
                            ? s.table.indexOf(ATTRIBUTES) >= 0
                            : s.table.indexOf(h) >= 0
                                    && s.table.columns().get(s.table.indexOf(h)).kind() != Kind.MAP;
            if (s.positions.containsKey(h)) {
                found.add(s.name, line, h, p + 1, s.pointer, RuleCode.DUPLICATE_KEY, null, h, List.of(h));
            } else if (!isKnown) {
                found.add(
                        s.name,
                        line,
                        h,
                        p + 1,
                        s.pointer,
                        RuleCode.UNKNOWN_FIELD,
                        null,
                        h,
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
                    found.add(
                            s.name,
                            line,
                            c.name(),
                            -1,
                            s.pointer,
                            RuleCode.REQUIRED,
                            "column",
                            null,
                            List.of(c.name()));
                }
            }
        }
    }

    /**
     * Returns the column of a header name of a sheet, or {@code null} when the name is no known
     * column (an attribute column gives the attributes' column).
     *
     * @param s    the sheet
     * @param name the header name
     * @return the column, or {@code null}
     */
    public static Column column(Sheet s, String name) {
        if (s.table == null) {
            int k = Tables.DATASET_COLUMNS.indexOf(name);
            return k < 0 ? null : Column.of(name, Tables.DATASET_KINDS.get(k), false);
        }
        int k = name.startsWith(ATTRIBUTE_PREFIX) ? s.table.indexOf(ATTRIBUTES) : s.table.indexOf(name);
        return k < 0 ? null : s.table.columns().get(k);
    }

    /**
     * Reports a header cell without a name whose column holds values (blank trailing columns are fine).
     *
     * @param s     the sheet, with its header and rows
     * @param found where problems go
     */
    public static void checkBlankColumns(Sheet s, Found found) {
        for (int p = 0; p < s.header.size(); p++) {
            if (!s.header.get(p).isEmpty()) {
                continue;
            }
            for (Row row : s.rows) {
                String text = text(s, row, p);
                if (!text.isEmpty()) {
                    found.add(
                            s.name,
                            row.line(),
                            null,
                            p + 1,
                            s.pointer,
                            RuleCode.CSV_SYNTAX,
                            "header",
                            text,
                            List.of(p + 1));
                    break;
                }
            }
        }
    }

    private static Object cell(Row row, int position) {
        return position < row.cells().size() ? row.cells().get(position) : null;
    }

    private static String text(Sheet s, Row row, int position) {
        return s.reader.text(cell(row, position));
    }

    private Object convert(Sheet s, int index, Found found) {
        Row row = s.rows.get(index);
        Table<?> t = s.table;
        String prefix = s.pointer + "/" + index;
        Object[] values = new Object[t.columns().size()];
        int mapColumn = t.indexOf(ATTRIBUTES);
        Map<String, String> attributes = mapColumn >= 0 ? new LinkedHashMap<>() : null;
        for (Map.Entry<String, Integer> e : s.positions.entrySet()) {
            String name = e.getKey();
            int p = e.getValue();
            Object cell = cell(row, p);
            String text = s.reader.text(cell);
            if (text.isEmpty()) {
                continue;
            }
            boolean isAttribute = name.startsWith(ATTRIBUTE_PREFIX);
            int k = isAttribute ? mapColumn : t.indexOf(name);
            Column c = t.columns().get(k);
            String pointer = isAttribute
                    ? prefix + "/" + ATTRIBUTES + "/"
                            + Violation.escapePointerToken(name.substring(ATTRIBUTE_PREFIX.length()))
                    : prefix + "/" + name;
            List<Cells.CellError> errors = new ArrayList<>();
            Object v = s.reader.read(c, cell, errors);
            for (Cells.CellError err : errors) {
                found.add(s.name, row.line(), name, p + 1, pointer, err.rule(), err.variant(), text, err.args());
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
            Object cell = cell(row, e.getValue());
            String text = s.reader.text(cell);
            if (text.isEmpty()) {
                continue;
            }
            int k = Tables.DATASET_COLUMNS.indexOf(e.getKey());
            String pointer = Tables.DATASET_POINTERS.get(k);
            List<Cells.CellError> errors = new ArrayList<>();
            Object v = s.reader.read(Column.of(e.getKey(), Tables.DATASET_KINDS.get(k), false), cell, errors);
            for (Cells.CellError err : errors) {
                found.add(
                        s.name,
                        row.line(),
                        e.getKey(),
                        e.getValue() + 1,
                        pointer,
                        err.rule(),
                        err.variant(),
                        text,
                        err.args());
                found.reportedCells.add(pointer);
            }
            values[k] = v;
        }
    }

    // ---------------------------------------------------------------- mapping validator violations

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
                args.add(naming.name(Tables.bySection(section)));
                continue;
            }
            Matcher m = a instanceof String str ? RECORD_POINTER.matcher(str) : null;
            if (m != null && m.matches()) {
                Where other = where((String) a, top, sheets);
                args.add(other.file == null ? a : other.line >= 0 ? naming.place(other.file, other.line) : other.file);
            } else {
                args.add(a);
            }
        }
        boolean wholeFile = v.pointer().indexOf('/', 1) < 0;
        String value = w.cell != null && !w.cell.isEmpty() ? w.cell : wholeFile ? null : v.value();
        return new CsvViolation(
                w.file,
                w.line,
                w.column,
                new Violation(v.pointer(), w.line, w.columnNumber, v.code(), value, v.messageKey(), args));
    }

    /** A place in the source. */
    private record Where(String file, long line, String column, int columnNumber, String cell) {}

    private Where where(String pointer, Sheet top, Map<String, Sheet> sheets) {
        String[] s = pointer.split("/", -1);
        if (s.length < 2) {
            return new Where(naming.datasetName(), -1, null, -1, null);
        }
        int k = Tables.DATASET_POINTERS.indexOf(s.length > 3 ? "" : pointer);
        if (k >= 0 || "programme".equals(s[1])) {
            String column = k >= 0 ? Tables.DATASET_COLUMNS.get(k) : null;
            boolean option = k == 1 && settings.asOf() != null
                    || k == 2 && settings.programmeId() != null
                    || k == 3 && settings.programmeName() != null;
            if (option) {
                return new Where(null, -1, column, -1, null);
            }
            if (top == null || top.rows.isEmpty()) {
                return new Where(naming.datasetName(), -1, column, -1, null);
            }
            Row row = top.rows.get(0);
            int p = top.columnNumber(column);
            return new Where(top.name, row.line(), column, p, p > 0 ? text(top, row, p - 1) : null);
        }
        Table<?> t = Tables.bySection(s[1]);
        if (t == null) {
            return new Where(naming.datasetName(), -1, null, -1, null);
        }
        Sheet sheet = sheets.get(s[1]);
        if (s.length < 3 || sheet == null) {
            return new Where(naming.name(t), -1, null, -1, null);
        }
        int index = Integer.parseInt(s[2]);
        Row row = sheet.rows.get(index);
        if (s.length < 4) {
            return new Where(naming.name(t), row.line(), null, -1, null);
        }
        String field = unescape(s[3]);
        String column = ATTRIBUTES.equals(field) && s.length >= 5 ? ATTRIBUTE_PREFIX + unescape(s[4]) : field;
        int p = sheet.columnNumber(column);
        boolean wholeCell = s.length == 4 || column.startsWith(ATTRIBUTE_PREFIX) && s.length == 5;
        return new Where(naming.name(t), row.line(), column, p, wholeCell && p > 0 ? text(sheet, row, p - 1) : null);
    }
}
