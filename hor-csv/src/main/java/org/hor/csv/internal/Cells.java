package org.hor.csv.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.io.FormulaGuard;
import org.hor.core.validation.RuleCode;
import org.hor.csv.Dialect;

/**
 * Reading and writing single cells in a dialect. Reading never throws for bad content: it returns
 * {@code null} and adds a {@link CellError}.
 */
public final class Cells {

    /** The separator of list cells ({@code siteIds}). */
    public static final String LIST_SEPARATOR = "|";

    /** The prefix that makes a spreadsheet program take a cell as text. */
    public static final char TEXT_GUARD = FormulaGuard.GUARD;

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN_OUT =
            DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern STANDARD_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern GERMAN_NUMBER = Pattern.compile("-?\\d+(,\\d+)?([eE][+-]?\\d+)?");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private Cells() {}

    /**
     * A problem converting one cell.
     *
     * @param rule    the rule
     * @param variant the message variant, or {@code null} for the default message
     * @param args    the message arguments
     */
    public record CellError(RuleCode rule, String variant, List<Object> args) {}

    /**
     * Reads a non-empty cell.
     *
     * @param column  the column
     * @param cell    the cell text, not empty
     * @param dialect the dialect (not AUTO)
     * @param errors  where problems go
     * @return the value, or {@code null} when it could not be read
     */
    public static Object read(Column column, String cell, Dialect dialect, List<CellError> errors) {
        switch (column.kind()) {
            case STRING:
            case TEXT:
            case MAP:
                // an id never starts with ', so a leading one is always the guard (an id such as -A1)
                return unguard(cell);
            case DATE:
                return date(cell, dialect, errors);
            case DECIMAL:
                return decimal(cell, dialect, errors);
            case INTEGER: {
                BigDecimal d = decimal(cell, dialect, errors);
                if (d == null) {
                    return null;
                }
                if (d.compareTo(INT_MIN) >= 0 && d.compareTo(INT_MAX) <= 0 && fractionDigits(d) == 0) {
                    return d.intValue();
                }
                errors.add(new CellError(RuleCode.INTEGER, null, List.of()));
                return null;
            }
            case BOOLEAN:
                switch (cell.toLowerCase(Locale.ROOT)) {
                    case "true", "wahr":
                        return Boolean.TRUE;
                    case "false", "falsch":
                        return Boolean.FALSE;
                    default:
                        errors.add(new CellError(RuleCode.TYPE, "boolean", List.of(quoted(cell))));
                        return null;
                }
            case ENUM: {
                Map<String, Enum<?>> constants = column.constants();
                Enum<?> e = constants.get(cell);
                if (e == null) {
                    errors.add(new CellError(RuleCode.ENUM, null, List.of(String.join(", ", constants.keySet()))));
                }
                return e;
            }
            case LIST: {
                List<String> list = new ArrayList<>();
                String items = unguard(cell);
                int from = 0;
                while (true) {
                    int bar = items.indexOf(LIST_SEPARATOR, from);
                    list.add(items.substring(from, bar < 0 ? items.length() : bar));
                    if (bar < 0) {
                        return list;
                    }
                    from = bar + 1;
                }
            }
            default:
                throw new IllegalStateException(column.kind().name());
        }
    }

    /** Removes one leading {@code '} from a text or id cell (see {@link FormulaGuard#unguard}). */
    public static String unguard(String cell) {
        return FormulaGuard.unguard(cell);
    }

    /**
     * Adds a leading {@code '} to a text that a spreadsheet program would take as a formula or
     * number, or whose first character is itself {@code '}: one that starts with {@code = + - @},
     * a tab, a carriage return or {@code '} (see {@link FormulaGuard#guardReversibly}).
     */
    public static String guard(String text) {
        return FormulaGuard.guardReversibly(text);
    }

    private static String quoted(String cell) {
        return "\"" + cell + "\"";
    }

    private static LocalDate date(String cell, Dialect dialect, List<CellError> errors) {
        try {
            if (ISO_DATE.matcher(cell).matches()) {
                return LocalDate.parse(cell, ISO);
            }
            Matcher m = GERMAN_DATE.matcher(cell);
            if (dialect == Dialect.GERMAN && m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            // reported below
        }
        errors.add(new CellError(RuleCode.DATE, null, List.of()));
        return null;
    }

    private static BigDecimal decimal(String cell, Dialect dialect, List<CellError> errors) {
        Pattern p = dialect == Dialect.GERMAN ? GERMAN_NUMBER : STANDARD_NUMBER;
        if (p.matcher(cell).matches()) {
            try {
                BigDecimal d = new BigDecimal(dialect == Dialect.GERMAN ? cell.replace(',', '.') : cell);
                // as the JSON reader: 1.5E3 becomes 1500 (scale 0) unless absurdly large
                if (d.scale() < 0 && d.precision() - d.scale() <= 40) {
                    d = d.setScale(0);
                }
                return d;
            } catch (NumberFormatException | ArithmeticException e) {
                // an exponent out of range: reported below
            }
        }
        errors.add(new CellError(RuleCode.TYPE, "number", List.of(quoted(cell))));
        return null;
    }

    private static int fractionDigits(BigDecimal d) {
        return d.scale() <= 0 ? 0 : Math.max(0, d.stripTrailingZeros().scale());
    }

    /**
     * Writes a value as a cell.
     *
     * @param kind    the column's kind
     * @param value   the value, or {@code null} (an empty cell)
     * @param dialect the dialect (not AUTO)
     * @return the cell text
     */
    public static String write(Kind kind, Object value, Dialect dialect) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case BOOLEAN, INTEGER -> value.toString();
            case STRING, TEXT, MAP -> guard(value.toString());
            case ENUM -> ((Enum<?>) value).name();
            case DATE -> {
                LocalDate d = (LocalDate) value;
                yield dialect == Dialect.GERMAN && d.getYear() >= 1000 && d.getYear() <= 9999
                        ? GERMAN_OUT.format(d)
                        : ISO.format(d);
            }
            case DECIMAL -> {
                String s = ((BigDecimal) value).toPlainString();
                yield dialect == Dialect.GERMAN ? s.replace('.', ',') : s;
            }
            case LIST -> {
                List<?> list = (List<?>) value;
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < list.size(); i++) {
                    b.append(i == 0 ? "" : LIST_SEPARATOR).append(list.get(i) == null ? "" : list.get(i));
                }
                yield guard(b.toString());
            }
        };
    }
}
