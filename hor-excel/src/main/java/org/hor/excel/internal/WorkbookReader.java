package org.hor.excel.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.csv.CsvViolation;
import org.hor.csv.internal.ImportSettings;
import org.hor.csv.internal.Table;
import org.hor.csv.internal.TableMapper;
import org.hor.csv.internal.Tables;
import org.hor.excel.SheetViolation;
import org.hor.excel.WorkbookImportResult;
import org.hor.excel.WorkbookLimits;

/**
 * Reads a workbook: checks its container ({@link ZipGuard}), streams each known sheet's rows into
 * compact cells and hands them to the CSV module's {@link TableMapper}, so a workbook has exactly
 * the tables, headers and rules of a CSV folder.
 */
public final class WorkbookReader {

    private static final java.util.regex.Pattern LIBREOFFICE_BOOLEAN =
            java.util.regex.Pattern.compile("(?i)=?\\s*(TRUE|FALSE)\\s*\\(\\s*\\)\\s*");

    /** The sheet with the top-level fields. */
    public static final String DATASET_SHEET = "dataset";

    /** Sheets the import skips: the template's instructions. */
    public static final Set<String> INSTRUCTION_SHEETS = Set.of("instructions", "Anleitung");

    /** The names of a workbook: sheets named like the CSV files without {@code .csv}. */
    public static final TableMapper.Naming SHEETS = new TableMapper.Naming() {
        @Override
        public String datasetName() {
            return DATASET_SHEET;
        }

        @Override
        public String name(Table<?> table) {
            return table.section();
        }

        @Override
        public String place(String name, long line) {
            return name + "!" + line + ":" + line;
        }

        @Override
        public String unknownVariant() {
            return "sheet";
        }

        @Override
        public Map.Entry<RuleCode, String> rowsProblem() {
            return Map.entry(RuleCode.WORKBOOK, "sheetRows");
        }
    };

    private final ImportSettings settings;
    private final WorkbookLimits limits;

    /**
     * Creates a reader.
     *
     * @param settings the overrides of the sheet {@code dataset} and the indicator catalogue for targets
     * @param limits   the limits
     */
    public WorkbookReader(ImportSettings settings, WorkbookLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * Reads a workbook.
     *
     * @param file the workbook
     * @return the dataset or every problem
     * @throws IOException on an I/O error (never for invalid content)
     */
    public WorkbookImportResult read(Path file) throws IOException {
        ZipGuard.Checked checked;
        try {
            checked = ZipGuard.check(file, limits);
        } catch (ZipGuard.Refused r) {
            return refused(r);
        }
        TableMapper mapper = new TableMapper(settings, SHEETS);
        TableMapper.Found found = new TableMapper.Found();
        TableMapper.Sheet top = null;
        Map<String, TableMapper.Sheet> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true))) {
            ExcelCells cells = new ExcelCells(wb.isDate1904());
            List<Sheet> all = wb.getSheets().toList();
            TreeSet<String> unknown = new TreeSet<>();
            Map<String, Sheet> byName = new LinkedHashMap<>();
            for (Sheet s : all) {
                String name = s.getName();
                boolean known = DATASET_SHEET.equals(name) || Tables.bySection(name) != null;
                if (!known && !INSTRUCTION_SHEETS.contains(name)) {
                    unknown.add(name);
                } else if (known) {
                    byName.put(name, s);
                }
            }
            mapper.unknownNames(unknown, found);
            for (Sheet s : all) {
                if (!byName.containsKey(s.getName())) {
                    continue;
                }
                Table<?> table = Tables.bySection(s.getName());
                TableMapper.Sheet target = new TableMapper.Sheet(s.getName(), table, cells);
                if (s.getVisibility() != SheetVisibility.VISIBLE) {
                    found.add(
                            s.getName(), -1, null, -1, target.pointer(), RuleCode.WORKBOOK, "hidden", null, List.of());
                }
                List<String> merged = checked.merged(s.getId());
                for (String range : merged) {
                    found.add(
                            s.getName(),
                            -1,
                            null,
                            -1,
                            target.pointer(),
                            RuleCode.WORKBOOK,
                            "merged",
                            range,
                            List.of(range));
                }
                load(s, target, cells, found);
                if (table == null) {
                    top = target;
                } else {
                    sheets.put(table.section(), target);
                }
            }
        } catch (RuntimeException e) {
            // a malformed part makes the XML reader fail in many ways (ExcelReaderException, a bad
            // shared-string index, a number that is none): the workbook is unreadable, never an internal error
            return refused(new ZipGuardMessage(e).refused());
        } catch (IOException e) {
            if (e.getCause() instanceof javax.xml.stream.XMLStreamException) {
                return refused(new ZipGuardMessage(e).refused());
            }
            throw e;
        }
        Map<String, TableMapper.Sheet> ordered = new LinkedHashMap<>();
        for (Table<?> t : Tables.ALL) {
            if (sheets.containsKey(t.section())) {
                ordered.put(t.section(), sheets.get(t.section()));
            }
        }
        TableMapper.Mapped m = mapper.map(top, ordered, found);
        boolean empty = !ordered.isEmpty() && ordered.values().stream().allMatch(s -> s.rowCount() == 0);
        List<SheetViolation> out = new ArrayList<>();
        for (CsvViolation v : m.violations()) {
            if (empty && v.violation().messageKey().equals(RuleCode.REQUIRED.messageKey("sites"))) {
                out.add(new SheetViolation(
                        null,
                        -1,
                        null,
                        new Violation(
                                "/sites",
                                -1,
                                -1,
                                RuleCode.WORKBOOK.code(),
                                null,
                                RuleCode.WORKBOOK.messageKey("empty"),
                                List.of())));
                continue;
            }
            out.add(new SheetViolation(v.file(), v.line(), v.column(), v.violation()));
        }
        return new WorkbookImportResult(Optional.ofNullable(m.dataset()), out, empty);
    }

    /** A reader failure of the XML inside a checked workbook: reported, never thrown. */
    private record ZipGuardMessage(Exception e) {
        ZipGuard.Refused refused() {
            String why = e.getMessage() == null ? "malformed" : e.getMessage();
            // one line, without the parser's class names: "Unexpected end tag: expected </is> at [row,col …]: [1,704]"
            why = why.replaceAll("([A-Za-z_$][\\w$]*\\.)+[A-Za-z_$][\\w$]*(Exception|Error): ", "")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (why.length() > 200) {
                why = why.substring(0, 200) + "…";
            }
            return new ZipGuard.Refused("message", why);
        }
    }

    private static WorkbookImportResult refused(ZipGuard.Refused r) {
        String key = "message".equals(r.variant())
                ? RuleCode.WORKBOOK.messageKey()
                : RuleCode.WORKBOOK.messageKey(r.variant());
        Violation v = new Violation("", -1, -1, RuleCode.WORKBOOK.code(), null, key, r.args());
        return new WorkbookImportResult(Optional.empty(), List.of(new SheetViolation(null, -1, null, v)), false);
    }

    private void load(Sheet s, TableMapper.Sheet target, ExcelCells cells, TableMapper.Found found) throws IOException {
        try (Stream<Row> rows = s.openStream()) {
            Iterator<Row> it = rows.iterator();
            boolean header = false;
            int count = 0;
            while (it.hasNext()) {
                Row row = it.next();
                count++;
                int number = row.getRowNum();
                if (count > limits.maxRows() || number > limits.maxRows()) {
                    found.add(
                            s.getName(),
                            number,
                            null,
                            -1,
                            target.pointer(),
                            RuleCode.WORKBOOK,
                            "rows",
                            null,
                            List.of(limits.maxRows()));
                    target.unreadable = true;
                    return;
                }
                List<XCell> values = new ArrayList<>(row.getCellCount());
                boolean blank = true;
                boolean tooWide = false;
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    XCell x = cell == null ? null : convert(cell);
                    if (x != null && c >= limits.maxColumns()) {
                        tooWide = true;
                        break;
                    }
                    if (x != null && x.kind == XCell.TEXT && x.raw.length() > limits.maxTextLength()) {
                        found.add(
                                s.getName(),
                                number,
                                null,
                                c + 1,
                                target.pointer(),
                                RuleCode.WORKBOOK,
                                "stringLength",
                                x.raw.substring(0, 80),
                                List.of(limits.maxTextLength()));
                        x = null;
                    }
                    values.add(x);
                    blank &= x == null || x.kind == XCell.TEXT && x.raw.isBlank();
                }
                if (tooWide) {
                    found.add(
                            s.getName(),
                            number,
                            null,
                            limits.maxColumns() + 1,
                            target.pointer(),
                            RuleCode.WORKBOOK,
                            "columns",
                            null,
                            List.of(SheetViolation.columnLetters(limits.maxColumns())));
                    target.unreadable = true;
                    return;
                }
                if (blank) {
                    continue;
                }
                if (!header) {
                    header = true;
                    List<String> names = new ArrayList<>();
                    for (int c = 0; c < values.size(); c++) {
                        XCell x = values.get(c);
                        if (x != null && x.kind != XCell.TEXT) {
                            found.add(
                                    s.getName(),
                                    number,
                                    null,
                                    c + 1,
                                    target.pointer(),
                                    RuleCode.WORKBOOK,
                                    "header",
                                    x.text(false),
                                    List.of(x.text(false)));
                            names.add("");
                        } else {
                            names.add(x == null ? "" : x.raw.strip());
                        }
                    }
                    TableMapper.header(target, names, number, found);
                    continue;
                }
                target.addRow(new TableMapper.Row(number, values));
            }
            TableMapper.checkBlankColumns(target, found);
        }
    }

    private static XCell convert(Cell cell) {
        CellType type = cell.getType();
        String format = cell.getDataFormatString();
        boolean dateFormat = isDateFormat(cell.getDataFormatId(), format);
        int decimals = decimals(format);
        Object value = cell.getValue();
        switch (type) {
            case EMPTY:
                return null;
            case STRING: {
                if (value == null) {
                    // a shared string the workbook does not have: a corrupt file, not an empty cell
                    throw new IllegalStateException("cell " + cell.getAddress() + " refers to a missing shared string");
                }
                String text = value.toString();
                return text.isEmpty() ? null : new XCell(XCell.TEXT, text, false, false, -1, null);
            }
            case NUMBER:
                return new XCell(XCell.NUMBER, cell.getRawValue(), false, dateFormat, decimals, null);
            case BOOLEAN:
                return new XCell(XCell.BOOLEAN, Boolean.TRUE.equals(value) ? "1" : "0", false, false, -1, null);
            case ERROR:
                return new XCell(
                        XCell.ERROR,
                        value == null ? String.valueOf(cell.getRawValue()) : value.toString(),
                        false,
                        false,
                        -1,
                        null);
            case FORMULA: {
                String f = cell.getFormula();
                if (value == null || value instanceof String str && str.isEmpty()) {
                    return new XCell(XCell.NO_RESULT, "", true, false, -1, f);
                }
                if (f != null && LIBREOFFICE_BOOLEAN.matcher(f).matches()) {
                    // LibreOffice saves a boolean cell as the formula TRUE() or FALSE() with a cached 1 or 0
                    return new XCell(
                            XCell.BOOLEAN,
                            f.toUpperCase(Locale.ROOT).contains("TRUE") ? "1" : "0",
                            false,
                            false,
                            -1,
                            null);
                }
                if (value instanceof BigDecimal) {
                    return new XCell(XCell.NUMBER, cell.getRawValue(), true, dateFormat, decimals, f);
                }
                if (value instanceof Boolean b) {
                    return new XCell(XCell.BOOLEAN, b ? "1" : "0", true, false, -1, f);
                }
                String text = value.toString();
                return new XCell(XCell.isErrorValue(text) ? XCell.ERROR : XCell.TEXT, text, true, false, -1, f);
            }
            default:
                return new XCell(XCell.TEXT, cell.getText(), false, false, -1, null);
        }
    }

    /** Whether a number format shows a date: the built-in date formats, or a format with d, m or y outside quotes and brackets. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null
                && (id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        String f = format.toLowerCase(Locale.ROOT);
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && c == '\\') {
                i++;
            } else if (!quoted && !bracket && (c == 'd' || c == 'm' || c == 'y')) {
                return true;
            }
        }
        return false;
    }

    /** The decimals a number format shows ({@code #,##0.00} gives 2), or -1 when it says none. */
    static int decimals(String format) {
        if (format == null || format.isEmpty() || "General".equalsIgnoreCase(format)) {
            return -1;
        }
        String first = format.split(";", -1)[0];
        int dot = first.indexOf('.');
        if (dot < 0) {
            return first.indexOf('0') >= 0 ? 0 : -1;
        }
        int n = 0;
        for (int i = dot + 1; i < first.length() && first.charAt(i) == '0'; i++) {
            n++;
        }
        return n;
    }
}
