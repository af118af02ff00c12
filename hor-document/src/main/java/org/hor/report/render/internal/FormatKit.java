package org.hor.report.render.internal;

import java.util.Locale;
import org.hor.report.document.Cell;
import org.hor.report.document.Chart;
import org.hor.report.document.Table;

/**
 * The built-in renderers' formatting, labels, footnote texts and charts for hor's own format
 * modules (PDF, Word), which render the same document with the same words and numbers. Not API:
 * this package is exported only to those modules, and this class may change with them.
 */
public final class FormatKit {

    private final Formatter formatter;

    private FormatKit(Locale locale) {
        this.formatter = new Formatter(locale);
    }

    /**
     * Returns {@code text} with the characters that no document may hold replaced by U+FFFD, by the
     * rule the HTML renderer escapes with: control characters other than tab, line feed and carriage
     * return, lone surrogates and non-characters. Bidi controls and right-to-left scripts stay.
     *
     * @param text a text from the document
     * @return the text, or a copy with those characters replaced (the same instance when none is)
     */
    public static String clean(String text) {
        return Html.clean(text);
    }

    /** Returns the kit for {@code locale}: English for English, German for every other language. */
    public static FormatKit of(Locale locale) {
        return new FormatKit(locale);
    }

    /** Returns the text of a cell as the HTML renderer shows it (numbers formatted for the locale). */
    public String format(Cell cell) {
        return formatter.format(cell);
    }

    /** Returns the text of a numeric cell as a change with an explicit sign ({@code +5}, {@code −5}, {@code ±0}). */
    public String signed(Cell cell) {
        return formatter.signed(cell);
    }

    /** Returns the footnote text a cell needs (suppressed, undefined or noted), or {@code null} for none. */
    public String noteFor(Cell cell) {
        return formatter.noteFor(cell);
    }

    /** Returns the reason of an undefined cell in words, for assistive technology. */
    public String reasonOf(Cell.Undefined cell) {
        return formatter.reasonOf(cell);
    }

    /** Returns the renderers' fixed text for {@code key} with {@code {0}}, {@code {1}}, … replaced. */
    public String label(String key, Object... args) {
        return formatter.labels().get(key, args);
    }

    /** Returns the chart drawn as the HTML renderer's inline {@code <svg>} (no XML namespace), ids starting with {@code id}. */
    public String svg(Chart chart, String id) {
        return Svg.draw(chart, id, formatter);
    }

    /** Returns the chart's data as a table captioned with the chart's title. */
    public Table chartData(Chart chart) {
        return ChartData.table(chart, formatter.labels());
    }

    /** Returns which columns of {@code table} hold numbers (right-aligned, as in HTML). */
    public boolean[] numericColumns(Table table) {
        return HtmlRenderer.numericColumns(table);
    }
}
