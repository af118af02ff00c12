package org.hor.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.output.TidyCsvWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Evaluation} as a workbook for desk officers who filter and pivot in Excel:
 *
 * <ul>
 * <li>{@code values}: the rows of the tidy CSV ({@link TidyCsvWriter#HEADER}), values, targets,
 *     expectations and attainments as real numbers in the indicator's number style, with a number
 *     format per unit (counts {@code #,##0}, {@code EUR} {@code #,##0.00 €}, {@code percent}
 *     {@code 0.0 %} of a value that already is a percentage, hours {@code #,##0.0##}); autofilter and
 *     frozen header;</li>
 * <li>{@code catalogue}: id, label, definition, unit, direction and level of every indicator, in
 *     the workbook's language;</li>
 * <li>{@code overview}: one row per site, one column per key indicator of spec 03 §5, the values of
 *     the evaluation year (the latest complete calendar year up to {@code asOf}, or the one named);
 *     an undefined value shows its reason ({@code SUPPRESSED}, {@code NO_DATA}, …).</li>
 * </ul>
 *
 * <p>Text cells that would start a formula ({@code = + - @}, tab, carriage return) get a leading
 * {@code '}, as in the CSV. The workbook shows what the evaluation holds: apply disclosure control
 * ({@code DisclosureControl}) before, as for CSV. Immutable and thread-safe.
 */
public final class ResultsWorkbook {

    private static final String HEADER_FILL = "DDE7F0";
    private static final int FLUSH_EVERY = 10_000;

    private final Locale locale;
    private final Integer year;

    /**
     * Creates a writer.
     *
     * @param locale the language of labels and definitions (English for English locales, else German)
     * @param year   the evaluation year of the overview, or {@code null} for the latest complete one
     * @throws NullPointerException if {@code locale} is null
     */
    public ResultsWorkbook(Locale locale, @Nullable Integer year) {
        this.locale =
                "en".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        this.year = year;
    }

    /**
     * Returns the number format of a unit.
     *
     * @param unit  the indicator's unit
     * @param style its number style
     * @return the Excel number format
     */
    public static String numberFormat(String unit, NumberStyle style) {
        return switch (unit) {
            case "EUR" -> "#,##0.00\\ \"€\"";
            case "percent" -> "0.0##\\ \"%\"";
            default -> style == NumberStyle.INTEGER ? "#,##0" : "#,##0.0##";
        };
    }

    /**
     * Writes the workbook (the stream is not closed).
     *
     * @param evaluation the evaluation
     * @param out        the stream
     * @throws IOException on an I/O error
     */
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        Objects.requireNonNull(evaluation, "evaluation");
        Workbook wb = new Workbook(out, "hor", "1.0");
        wb.setCompressionLevel(4);
        values(wb.newWorksheet("values"), evaluation);
        catalogue(wb.newWorksheet("catalogue"), evaluation);
        overview(wb.newWorksheet("overview"), evaluation);
        wb.finish();
    }

    private static void header(Worksheet ws, List<String> names, double[] widths) {
        for (int i = 0; i < names.size(); i++) {
            ws.value(0, i, names.get(i));
            ws.style(0, i)
                    .bold()
                    .fillColor(HEADER_FILL)
                    .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN)
                    .set();
            ws.width(i, widths[i]);
        }
        ws.freezePane(0, 1);
    }

    private static void values(Worksheet ws, Evaluation ev) throws IOException {
        List<String> names = List.of(TidyCsvWriter.HEADER.split(","));
        header(ws, names, new double[] {22, 10, 30, 14, 22, 14, 14, 12, 12, 12, 12, 16});
        int r = 1;
        for (Evaluation.Row row : ev.rows()) {
            IndicatorDefinition def = row.indicator();
            String format = numberFormat(def.unit(), def.numberStyle());
            TargetResult t = row.target();
            text(ws, r, 0, row.scope().id());
            text(ws, r, 1, row.period().code());
            text(ws, r, 2, def.id());
            number(ws, r, 5, row.value(), def.numberStyle(), format);
            text(ws, r, 6, def.unit());
            if (t != null) {
                number(ws, r, 7, t.target(), format);
                number(ws, r, 8, t.expectation(), format);
                number(ws, r, 9, t.attainment(), "0.0##");
                text(ws, r, 10, t.status() == null ? null : t.status().name());
            }
            text(ws, r, 11, reason(row.value()));
            r = flush(ws, r + 1);
            String dimension = def.breakdownIfAny().map(b -> b.dimension()).orElse("");
            for (Map.Entry<String, Value> part : row.parts().entrySet()) {
                text(ws, r, 0, row.scope().id());
                text(ws, r, 1, row.period().code());
                text(ws, r, 2, def.id());
                text(ws, r, 3, dimension);
                text(ws, r, 4, part.getKey());
                number(ws, r, 5, part.getValue(), def.numberStyle(), format);
                text(ws, r, 6, def.unit());
                text(ws, r, 11, reason(part.getValue()));
                r = flush(ws, r + 1);
            }
        }
        ws.setAutoFilter(0, 0, Math.max(0, r - 1), names.size() - 1);
        ws.finish();
    }

    private static int flush(Worksheet ws, int r) throws IOException {
        if (r % FLUSH_EVERY == 0) {
            ws.flush();
        }
        return r;
    }

    private void catalogue(Worksheet ws, Evaluation ev) throws IOException {
        List<String> names = List.of("id", "label", "definition", "unit", "direction", "level");
        header(ws, names, new double[] {30, 40, 80, 14, 10, 10});
        int r = 1;
        for (IndicatorDefinition d : ev.indicators()) {
            text(ws, r, 0, d.id());
            text(ws, r, 1, d.label().in(locale));
            text(ws, r, 2, d.definition().in(locale));
            ws.style(r, 2).wrapText(true).set();
            text(ws, r, 3, d.unit());
            text(ws, r, 4, d.direction().name());
            text(ws, r, 5, d.level().name());
            r++;
        }
        ws.setAutoFilter(0, 0, Math.max(0, r - 1), names.size() - 1);
        ws.finish();
    }

    private void overview(Worksheet ws, Evaluation ev) throws IOException {
        Period y = FormativeEvaluation.evaluationYear(
                ev.asOf(),
                year == null
                        ? AssessmentOptions.defaults()
                        : AssessmentOptions.defaults().withYear(year));
        Map<String, IndicatorDefinition> keys = new LinkedHashMap<>();
        for (String id : AssessmentOptions.KEY_INDICATORS) {
            ev.indicators().stream().filter(d -> d.id().equals(id)).findFirst().ifPresent(d -> keys.put(id, d));
        }
        List<String> names = new ArrayList<>();
        names.add("site");
        names.add("period");
        keys.values().forEach(d -> names.add(d.id()));
        double[] widths = new double[names.size()];
        java.util.Arrays.fill(widths, 16);
        widths[0] = 20;
        widths[1] = 10;
        header(ws, names, widths);
        int c = 2;
        for (IndicatorDefinition d : keys.values()) {
            ws.comment(0, c++, d.label().in(locale) + " (" + d.unit() + ")");
        }
        Map<String, Map<String, Evaluation.Row>> bySite = new LinkedHashMap<>();
        for (Evaluation.Row row : ev.rows()) {
            if (row.scope().kind() == ScopeKind.SITE
                    && row.period().equals(y)
                    && keys.containsKey(row.indicator().id())) {
                bySite.computeIfAbsent(row.scope().value(), k -> new LinkedHashMap<>())
                        .put(row.indicator().id(), row);
            }
        }
        int r = 1;
        for (Map.Entry<String, Map<String, Evaluation.Row>> site : bySite.entrySet()) {
            text(ws, r, 0, site.getKey());
            text(ws, r, 1, y.code());
            int col = 2;
            for (IndicatorDefinition d : keys.values()) {
                Evaluation.Row row = site.getValue().get(d.id());
                if (row != null) {
                    if (row.value() instanceof Value.Defined) {
                        number(ws, r, col, row.value(), d.numberStyle(), numberFormat(d.unit(), d.numberStyle()));
                    } else {
                        text(ws, r, col, reason(row.value()));
                    }
                }
                col++;
            }
            r++;
        }
        ws.setAutoFilter(0, 0, Math.max(0, r - 1), names.size() - 1);
        ws.finish();
    }

    private static String reason(Value v) {
        if (v instanceof Value.Undefined u) {
            return u.message().isEmpty() || u.reason() != org.hor.core.spi.Reason.FAILED
                    ? u.reason().name()
                    : u.reason().name() + ": " + u.message();
        }
        return null;
    }

    private static void number(Worksheet ws, int r, int c, Value v, NumberStyle style, String format) {
        if (v instanceof Value.Defined d) {
            number(ws, r, c, style.apply(d.number()), format);
        }
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal v, String format) {
        if (v != null) {
            ws.value(r, c, v);
            ws.style(r, c).format(format).set();
        }
    }

    /** A text cell, guarded: one that would start a formula gets a leading {@code '}. */
    static void text(Worksheet ws, int r, int c, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        ws.inlineString(r, c, "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text);
    }
}
