package org.hor.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hor.report.document.Block;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Inline;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exported cell formatter that plug-in renderers use. */
class CellFormatTest {

    private static final String NB = "\u00A0";

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    @DisplayName("German: 1.234,5 h, 71,4 %, 1.234,50 €, 25.11.2026, < 3, a dash, a status label, nothing")
    void german() {
        Locale de = Locale.GERMAN;
        assertThat(CellFormat.format(Cell.number(d("1234.5"), "h", 1), de)).isEqualTo("1.234,5" + NB + "h");
        assertThat(CellFormat.format(Cell.percent(d("71.43")), de)).isEqualTo("71,4" + NB + "%");
        assertThat(CellFormat.format(Cell.euro(d("1234.5")), de)).isEqualTo("1.234,50" + NB + "€");
        assertThat(CellFormat.format(Cell.date(LocalDate.of(2026, 11, 25)), de)).isEqualTo("25.11.2026");
        assertThat(CellFormat.format(Cell.suppressed(3), de)).isEqualTo("<" + NB + "3");
        assertThat(CellFormat.format(Cell.undefined("NO_DATA"), de)).isEqualTo("–");
        assertThat(CellFormat.format(Cell.status(Tone.POSITIVE, "erreicht"), de))
                .isEqualTo("erreicht");
        assertThat(CellFormat.format(Cell.empty(), de)).isEmpty();
        assertThat(CellFormat.format(Cell.number(42).withNote("Median"), de)).isEqualTo("42");
    }

    @Test
    @DisplayName("English: 1,234.5 h, 71.4%, €1,234.50, 25 Nov 2026; other languages are formatted as German")
    void english() {
        Locale en = Locale.ENGLISH;
        assertThat(CellFormat.format(Cell.number(d("1234.5"), "h", 1), en)).isEqualTo("1,234.5" + NB + "h");
        assertThat(CellFormat.format(Cell.percent(d("71.43")), en)).isEqualTo("71.4%");
        assertThat(CellFormat.format(Cell.euro(d("1234.5")), en)).isEqualTo("€1,234.50");
        assertThat(CellFormat.format(Cell.date(LocalDate.of(2026, 11, 25)), Locale.UK))
                .isEqualTo("25 Nov 2026");
        assertThat(CellFormat.format(Cell.percent(d("71.43")), Locale.FRENCH)).isEqualTo("71,4" + NB + "%");
    }

    @Test
    @DisplayName("changes carry an explicit sign: +5, −200,00 € (U+2212) and ±0")
    void signed() {
        assertThat(CellFormat.format(Cell.number(5).asChange(), Locale.GERMAN)).isEqualTo("+5");
        assertThat(CellFormat.signed(Cell.euro(d("-200")), Locale.GERMAN)).isEqualTo("\u2212200,00" + NB + "€");
        assertThat(CellFormat.signed(Cell.number(0), Locale.ENGLISH)).isEqualTo("±0");
    }

    @Test
    @DisplayName("a paragraph's text has its values formatted and strong runs as plain text")
    void paragraph() {
        Paragraph p = Paragraph.of(
                Inline.text("Reached "),
                Inline.value(Cell.number(1140)),
                Inline.text(" organisations, "),
                Inline.strong("more than ever"),
                Inline.text("."));
        assertThat(CellFormat.format(p, Locale.ENGLISH)).isEqualTo("Reached 1,140 organisations, more than ever.");
        assertThat(CellFormat.format(p, Locale.GERMAN)).isEqualTo("Reached 1.140 organisations, more than ever.");
    }

    @Test
    @DisplayName("every cell of the sample table reads as it does in the HTML renderer")
    void sameAsHtml() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Document doc = SampleDocuments.small(locale);
            String html = new String(
                    Renderers.load().get("html").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
            Table table = doc.body().stream()
                    .flatMap(b -> b instanceof Section s ? s.body().stream() : Stream.<Block>empty())
                    .filter(Table.class::isInstance)
                    .map(Table.class::cast)
                    .findFirst()
                    .orElseThrow();
            table.rows()
                    .forEach(r -> r.cells().stream()
                            .filter(c -> !c.isGap())
                            .forEach(c -> assertThat(html)
                                    .contains(">" + CellFormat.format(c, locale).replace("<", "&lt;") + "<")));
        }
    }

    @Test
    @DisplayName("a null cell or locale is rejected")
    void nulls() {
        assertThatThrownBy(() -> CellFormat.format((Cell) null, Locale.GERMAN))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CellFormat.format(Cell.number(1), null)).isInstanceOf(NullPointerException.class);
    }
}
