package org.hor.excel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.validation.RuleCode;
import org.hor.csv.Dialect;
import org.hor.csv.internal.Cells;
import org.hor.csv.internal.Column;
import org.hor.csv.internal.Kind;
import org.hor.csv.internal.TableMapper;

/**
 * Reads typed workbook cells as a user means them, with the CSV import's cell rules for text: a
 * date cell is a date, a number cell a number (to Excel's 15 digits), a boolean cell a boolean, a
 * formula cell its cached result; a text cell is read in either dialect of the CSV import.
 */
public final class ExcelCells implements TableMapper.CellReader {

    private final boolean date1904;

    /**
     * Creates a reader.
     *
     * @param date1904 whether the workbook counts days from 1904 (old Mac workbooks)
     */
    public ExcelCells(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String text(Object cell) {
        return cell == null ? "" : ((XCell) cell).text(date1904);
    }

    @Override
    public Object read(Column column, Object cell, List<Cells.CellError> errors) {
        XCell x = (XCell) cell;
        Kind kind = column.kind();
        boolean textual =
                kind == Kind.STRING || kind == Kind.TEXT || kind == Kind.MAP || kind == Kind.ENUM || kind == Kind.LIST;
        switch (x.kind) {
            case XCell.NO_RESULT:
                errors.add(new Cells.CellError(RuleCode.WORKBOOK, textual ? "formulaText" : "formula", List.of()));
                return null;
            case XCell.ERROR:
                errors.add(new Cells.CellError(RuleCode.WORKBOOK, "errorValue", List.of(x.raw)));
                return null;
            default:
                break;
        }
        if (x.formula && textual) {
            errors.add(new Cells.CellError(RuleCode.WORKBOOK, "formulaText", List.of()));
            return null;
        }
        switch (x.kind) {
            case XCell.NUMBER:
                return number(column, x, errors);
            case XCell.BOOLEAN:
                if (kind == Kind.BOOLEAN) {
                    return "1".equals(x.raw) || "true".equalsIgnoreCase(x.raw);
                }
                return Cells.read(column, x.text(date1904), Dialect.STANDARD, errors);
            default:
                return text(column, x.raw, errors);
        }
    }

    private Object number(Column column, XCell x, List<Cells.CellError> errors) {
        switch (column.kind()) {
            case DATE: {
                LocalDate d = x.date(date1904);
                if (d == null) {
                    errors.add(new Cells.CellError(RuleCode.DATE, null, List.of()));
                }
                return d;
            }
            case DECIMAL:
            case INTEGER: {
                if (x.dateFormat) {
                    errors.add(new Cells.CellError(RuleCode.WORKBOOK, "dateAsNumber", List.of()));
                    return null;
                }
                BigDecimal d;
                try {
                    d = x.number();
                } catch (NumberFormatException e) {
                    errors.add(new Cells.CellError(RuleCode.TYPE, "number", List.of("\"" + x.raw + "\"")));
                    return null;
                }
                // the CSV rules decide (an integer column wants a whole number within 32 bits)
                return Cells.read(column, d.toPlainString(), Dialect.STANDARD, errors);
            }
            case BOOLEAN:
                errors.add(new Cells.CellError(RuleCode.TYPE, "boolean", List.of(x.text(date1904))));
                return null;
            default:
                return Cells.read(column, x.text(date1904), Dialect.STANDARD, errors);
        }
    }

    /** A text cell: in the standard dialect, else in the German one (decimal comma, TT.MM.JJJJ). */
    private static Object text(Column column, String text, List<Cells.CellError> errors) {
        Kind kind = column.kind();
        if (kind != Kind.DATE && kind != Kind.DECIMAL && kind != Kind.INTEGER) {
            return Cells.read(column, text, Dialect.STANDARD, errors);
        }
        String trimmed = text.strip();
        List<Cells.CellError> standard = new ArrayList<>();
        Object v = Cells.read(column, trimmed, Dialect.STANDARD, standard);
        if (standard.isEmpty()) {
            return v;
        }
        List<Cells.CellError> german = new ArrayList<>();
        v = Cells.read(column, trimmed, Dialect.GERMAN, german);
        if (german.isEmpty()) {
            return v;
        }
        errors.addAll(standard);
        return null;
    }
}
