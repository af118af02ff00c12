package org.hor.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hor.core.model.Dataset;
import org.hor.core.model.Organisation;
import org.hor.core.model.Programme;
import org.hor.csv.internal.Cells;
import org.hor.csv.internal.Column;
import org.hor.csv.internal.Kind;
import org.hor.csv.internal.Table;
import org.hor.csv.internal.Tables;

/**
 * Writes a dataset as a workbook of the import's shape: a sheet {@code dataset}, then one sheet per
 * table in spec order, each with a styled, frozen header whose cells explain their column in a
 * comment, drop-down lists for enum and boolean columns, date and number formats and widths; the
 * entry template adds a first sheet of instructions.
 */
public final class DatasetSheets {

    /** The fill of header cells. */
    static final String HEADER_FILL = "DDE7F0";
    /** The date format of date cells. */
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private static final int FLUSH_EVERY = 10_000;
    private static final int MIN_VALIDATED_ROWS = 1000;

    private final Locale locale;
    private final ResourceBundle texts;

    /**
     * Creates a writer.
     *
     * @param locale the language of explanations and instructions (German unless English)
     */
    public DatasetSheets(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        this.texts = ResourceBundle.getBundle(
                "org.hor.excel.internal.sheets",
                this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Returns a text of the bundle. */
    String text(String key) {
        return texts.getString(key);
    }

    /** Returns the name of the instructions sheet in this language. */
    public String instructionsSheet() {
        return locale == Locale.ENGLISH ? "instructions" : "Anleitung";
    }

    /**
     * Writes the workbook.
     *
     * @param d            the dataset
     * @param instructions whether to add the instructions sheet first (the template)
     * @param out          where the workbook goes (not closed)
     * @throws IOException on an I/O error
     */
    public void write(Dataset d, boolean instructions, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "hor", "1.0");
        wb.setCompressionLevel(4);
        if (instructions) {
            Worksheet ws = wb.newWorksheet(instructionsSheet());
            ws.width(0, 110);
            String[] lines = text("instructions").split("\\|");
            ws.value(0, 0, lines[0]);
            ws.style(0, 0).bold().fontSize(14).set();
            for (int i = 1; i < lines.length; i++) {
                ws.value(i + 1, 0, lines[i]);
                ws.style(i + 1, 0).wrapText(true).set();
            }
        }
        Programme p = d.programme();
        Object[] topValues = {
            d.formatVersion(),
            d.asOf(),
            p == null ? null : p.id(),
            p == null ? null : p.name(),
            p == null ? null : p.funder()
        };
        Worksheet top = wb.newWorksheet(WorkbookReader.DATASET_SHEET);
        for (int i = 0; i < Tables.DATASET_COLUMNS.size(); i++) {
            String name = Tables.DATASET_COLUMNS.get(i);
            header(top, i, name, explain(null, name, Tables.DATASET_KINDS.get(i), null, i != 4));
            cell(top, 1, i, Tables.DATASET_KINDS.get(i), topValues[i]);
            top.width(i, Math.max(14, name.length() + 4));
        }
        top.freezePane(0, 1);
        for (Table<?> t : Tables.ALL) {
            table(wb, d, t);
        }
        wb.finish();
    }

    private <T> void table(Workbook wb, Dataset d, Table<T> t) throws IOException {
        Worksheet ws = wb.newWorksheet(t.section());
        List<T> records = Tables.records(d, t);
        Set<String> attributeNames = new LinkedHashSet<>();
        if (t.type() == Organisation.class) {
            for (T r : records) {
                attributeNames.addAll(((Organisation) r).attributes().keySet());
            }
        }
        List<Column> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> attributeOf = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.kind() == Kind.MAP) {
                for (String n : attributeNames) {
                    columns.add(c);
                    names.add(c.name() + "." + n);
                    attributeOf.add(n);
                }
            } else {
                columns.add(c);
                names.add(c.name());
                attributeOf.add(null);
            }
        }
        int lastRow = Math.max(MIN_VALIDATED_ROWS, records.size() + 1);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            header(ws, i, names.get(i), explain(t, names.get(i), c.kind(), c.constants(), c.required()));
            ws.width(i, width(c, names.get(i)));
            if (c.kind() == Kind.ENUM || c.kind() == Kind.BOOLEAN) {
                String list =
                        c.kind() == Kind.ENUM ? String.join(",", c.constants().keySet()) : "TRUE,FALSE";
                ws.range(1, i, lastRow - 1, i)
                        .validateWithListByFormula("\"" + list + "\"")
                        .allowBlank(!c.required())
                        .showErrorMessage(true)
                        .errorTitle(text("dropdown.title"))
                        .error(text("dropdown.error"));
            }
            if (c.kind() == Kind.DATE) {
                ws.style(i).format(DATE_FORMAT).set();
            } else if (c.kind() == Kind.DECIMAL) {
                ws.style(i)
                        .format(amountLike(names.get(i)) ? "#,##0.00" : "0.###")
                        .set();
            } else if (c.kind() == Kind.INTEGER) {
                ws.style(i).format("0").set();
            } else {
                ws.style(i).format("@").set();
            }
        }
        ws.freezePane(0, 1);
        int row = 1;
        for (T r : records) {
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                Object v = t.get(r, t.columns().indexOf(c));
                if (c.kind() == Kind.MAP) {
                    v = v == null ? null : ((Map<?, ?>) v).get(attributeOf.get(i));
                }
                cell(ws, row, i, c.kind(), v);
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                ws.flush();
            }
        }
        ws.finish();
    }

    private static boolean amountLike(String name) {
        return name.equals("amount");
    }

    private static double width(Column c, String name) {
        int w = switch (c.kind()) {
            case TEXT, MAP -> 30;
            case LIST -> 20;
            case ENUM ->
                8
                        + c.constants().keySet().stream()
                                .mapToInt(String::length)
                                .max()
                                .orElse(10);
            case DATE -> 12;
            default -> 12;
        };
        return Math.min(60, Math.max(w, name.length() + 4));
    }

    private static void header(Worksheet ws, int c, String name, String explanation) {
        ws.value(0, c, name);
        ws.style(0, c)
                .bold()
                .fillColor(HEADER_FILL)
                .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN)
                .format("@")
                .set();
        ws.comment(0, c, explanation);
    }

    /** Writes one value: numbers and dates as numbers with their format, text guarded against formulas. */
    static void cell(Worksheet ws, int r, int c, Kind kind, Object v) {
        if (v == null) {
            return;
        }
        switch (kind) {
            case DATE -> {
                LocalDate day = (LocalDate) v;
                if (day.isBefore(LocalDate.of(1900, 3, 1)) || day.getYear() > 9999) {
                    ws.inlineString(r, c, day.toString());
                } else {
                    ws.value(r, c, day);
                    ws.style(r, c).format(DATE_FORMAT).set();
                }
            }
            case DECIMAL -> {
                BigDecimal d = (BigDecimal) v;
                if (d.precision() > 15) {
                    ws.inlineString(r, c, d.toPlainString());
                } else {
                    ws.value(r, c, d);
                    int scale = Math.max(0, d.scale());
                    ws.style(r, c)
                            .format(scale == 0 ? "0" : "0." + "0".repeat(scale))
                            .set();
                }
            }
            case INTEGER -> ws.value(r, c, (Integer) v);
            case BOOLEAN -> ws.value(r, c, (Boolean) v);
            case ENUM -> ws.inlineString(r, c, ((Enum<?>) v).name());
            default -> {
                String text = Cells.write(kind, v, org.hor.csv.Dialect.STANDARD);
                ws.inlineString(r, c, text);
            }
        }
    }

    /** The comment of a header cell: what the column holds, whether it is required, its type and values. */
    String explain(Table<?> t, String name, Kind kind, Map<String, Enum<?>> constants, boolean required) {
        StringBuilder b = new StringBuilder();
        String field = name.startsWith("attributes.") ? "attributes" : name;
        String own = t == null ? "dataset." + field : t.section() + "." + field;
        if (texts.containsKey(own)) {
            b.append(text(own)).append(' ');
        } else if (texts.containsKey("field." + field)) {
            b.append(text("field." + field)).append(' ');
        }
        b.append(text(required ? "required" : "optional")).append(". ");
        b.append(text("kind." + kind.name()));
        if (kind == Kind.ENUM && constants != null) {
            b.append(' ').append(String.join(", ", constants.keySet()));
        }
        return b.toString().strip();
    }
}
