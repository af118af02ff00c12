package org.hor.indicators.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.hor.core.io.FormulaGuard;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;

/**
 * Writes an {@link Evaluation} as the tidy long CSV of spec 04 "Machine formats": one line per total
 * and per breakdown part, in the evaluation's order, with the header
 * {@value #HEADER}; CRLF line ends, UTF-8, a field quoted only when it holds the separator, a quote
 * or a line break; text fields that start with {@code = + - @}, tab or carriage return get a leading
 * {@code '}. It renders whatever value each row holds (also {@link org.hor.core.spi.Reason#SUPPRESSED}).
 * Immutable and thread-safe.
 */
public final class TidyCsvWriter {

    /** The header line (with commas; the German dialect uses semicolons). */
    public static final String HEADER =
            "scope,period,indicator,breakdown,category,value,unit,target,expectation,attainment,status,reason";

    private static final String CRLF = "\r\n";

    private final CsvDialect dialect;

    /**
     * Creates a writer for {@code dialect}.
     *
     * @param dialect the CSV dialect
     */
    public TidyCsvWriter(CsvDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** {@return the dialect} */
    public CsvDialect dialect() {
        return dialect;
    }

    /**
     * Writes {@code evaluation} to {@code out} as UTF-8 (with a byte-order mark in {@link CsvDialect#CSV_DE}).
     * Does not close {@code out}.
     *
     * @param evaluation the evaluation
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public void write(Evaluation evaluation, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(evaluation, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the CSV as a string (starting with U+FEFF in {@link CsvDialect#CSV_DE})}
     *
     * @param evaluation the evaluation
     */
    public String toString(Evaluation evaluation) {
        StringBuilder sb = new StringBuilder();
        try {
            write(evaluation, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private void write(Evaluation evaluation, Appendable out) throws IOException {
        if (dialect.byteOrderMark()) {
            out.append('\uFEFF');
        }
        out.append(HEADER.replace(',', dialect.separator())).append(CRLF);
        for (Evaluation.Row row : evaluation.rows()) {
            IndicatorDefinition def = row.indicator();
            NumberStyle style = def.numberStyle();
            TargetResult t = row.target();
            StringBuilder line = new StringBuilder();
            text(line, row.scope().id())
                    .text(line, row.period().code())
                    .text(line, def.id())
                    .text(line, "")
                    .text(line, "")
                    .number(line, Numbers.plain(row.value(), style))
                    .text(line, def.unit())
                    .number(line, t == null ? null : Numbers.plain(t.target(), NumberStyle.DECIMAL))
                    .number(
                            line,
                            t == null || t.expectation() == null
                                    ? null
                                    : Numbers.plain(t.expectation(), NumberStyle.DECIMAL))
                    .number(
                            line,
                            t == null || t.attainment() == null
                                    ? null
                                    : Numbers.plain(t.attainment(), NumberStyle.DECIMAL))
                    .text(
                            line,
                            t == null || t.status() == null ? "" : t.status().name())
                    .text(line, Numbers.reason(row.value()));
            out.append(line, 1, line.length()).append(CRLF);
            String dimension = def.breakdownIfAny().map(b -> b.dimension()).orElse("");
            for (Map.Entry<String, Value> part : row.parts().entrySet()) {
                line.setLength(0);
                text(line, row.scope().id())
                        .text(line, row.period().code())
                        .text(line, def.id())
                        .text(line, dimension)
                        .text(line, part.getKey())
                        .number(line, Numbers.plain(part.getValue(), style))
                        .text(line, def.unit())
                        .text(line, "")
                        .text(line, "")
                        .text(line, "")
                        .text(line, "")
                        .text(line, Numbers.reason(part.getValue()));
                out.append(line, 1, line.length()).append(CRLF);
            }
        }
    }

    /** Appends a separator and a number field (never guarded against formulas); null is empty. */
    private TidyCsvWriter number(StringBuilder line, String plain) {
        line.append(dialect.separator());
        if (plain != null) {
            line.append(plain.replace('.', dialect.decimalSeparator()));
        }
        return this;
    }

    /** Appends a separator and a text field, guarded and quoted as needed. */
    private TidyCsvWriter text(StringBuilder line, String field) {
        line.append(dialect.separator()).append(text(field));
        return this;
    }

    /** Guards and quotes a text field. */
    private String text(String field) {
        String f = FormulaGuard.guard(field);
        if (f.indexOf(dialect.separator()) >= 0
                || f.indexOf('"') >= 0
                || f.indexOf('\n') >= 0
                || f.indexOf('\r') >= 0) {
            f = '"' + f.replace("\"", "\"\"") + '"';
        }
        return f;
    }
}
