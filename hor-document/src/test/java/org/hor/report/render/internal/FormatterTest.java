package org.hor.report.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.hor.report.document.Cell;
import org.hor.report.document.Tone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FormatterTest {

    private static final Formatter DE = new Formatter(Locale.GERMAN);
    private static final Formatter EN = new Formatter(Locale.ENGLISH);
    private static final String NB = "\u00A0";

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    @DisplayName("German: 1.234,5 %, 1.234,50 €, 25.11.2026, grouped numbers with unit")
    void german() {
        assertThat(DE.format(Cell.percent(d("1234.5")))).isEqualTo("1.234,5" + NB + "%");
        assertThat(DE.format(Cell.euro(d("1234.5")))).isEqualTo("1.234,50" + NB + "€");
        assertThat(DE.format(Cell.date(LocalDate.of(2026, 11, 25)))).isEqualTo("25.11.2026");
        assertThat(DE.format(Cell.date(LocalDate.of(2026, 3, 5)))).isEqualTo("05.03.2026");
        assertThat(DE.format(Cell.number(d("1234567.891"), "h", 2))).isEqualTo("1.234.567,89" + NB + "h");
        assertThat(DE.format(Cell.number(42))).isEqualTo("42");
        assertThat(DE.format(Cell.number(d("3.50")))).isEqualTo("3,5");
        assertThat(DE.format(Cell.money(d("99"), "CHF", 2))).isEqualTo("99,00" + NB + "CHF");
    }

    @Test
    @DisplayName("English: 1,234.5%, €1,234.50, 25 Nov 2026")
    void english() {
        assertThat(EN.format(Cell.percent(d("1234.5")))).isEqualTo("1,234.5%");
        assertThat(EN.format(Cell.euro(d("1234.5")))).isEqualTo("€1,234.50");
        assertThat(EN.format(Cell.euro(d("-200")))).isEqualTo("-€200.00");
        assertThat(EN.format(Cell.date(LocalDate.of(2026, 11, 25)))).isEqualTo("25 Nov 2026");
        assertThat(EN.format(Cell.date(LocalDate.of(2026, 9, 1)))).isEqualTo("1 Sep 2026");
        assertThat(EN.format(Cell.money(d("5"), "SEK", 0))).isEqualTo("SEK" + NB + "5");
    }

    @Test
    @DisplayName("rounding is half-up to the cell's digits, and a value that rounds to zero has no sign")
    void rounding() {
        assertThat(DE.format(Cell.percent(d("2.25")))).isEqualTo("2,3" + NB + "%");
        assertThat(DE.format(Cell.percent(d("2.249")))).isEqualTo("2,2" + NB + "%");
        assertThat(DE.format(Cell.percent(d("-0.04")))).isEqualTo("0,0" + NB + "%");
        assertThat(DE.format(Cell.number(d("-1234.5"), "", 0))).isEqualTo("-1.235");
        assertThat(DE.format(Cell.number(d("999.96"), "", 1))).isEqualTo("1.000,0");
    }

    @Test
    @DisplayName("signed changes get an explicit plus, a true minus sign and ±0; plain negatives keep the hyphen-minus")
    void signed() {
        assertThat(DE.signed(Cell.number(5))).isEqualTo("+5");
        assertThat(DE.signed(Cell.number(0))).isEqualTo("±0");
        assertThat(DE.signed(Cell.number(-5))).isEqualTo("\u22125");
        assertThat(EN.signed(Cell.euro(d("5")))).isEqualTo("+€5.00");
        assertThat(EN.signed(Cell.euro(d("-5")))).isEqualTo("\u2212€5.00");
        assertThat(DE.signed(Cell.euro(d("-2665.5")))).isEqualTo("\u22122.665,50" + NB + "€");
        assertThat(DE.signed(Cell.percent(d("2.5")))).isEqualTo("+2,5" + NB + "%");
        // -0.04 rounds to 0.0 at one digit: no change shown, so ±
        assertThat(DE.signed(Cell.number(d("-0.04"), "Pp.", 1))).isEqualTo("±0,0" + NB + "Pp.");
        assertThat(DE.format(Cell.number(-5))).isEqualTo("-5");
    }

    @Test
    @DisplayName("a cell marked as a change is formatted signed everywhere, with its unit")
    void changeCells() {
        assertThat(DE.format(Cell.number(19).asChange())).isEqualTo("+19");
        assertThat(DE.format(Cell.number(-2).asChange())).isEqualTo("\u22122");
        assertThat(DE.format(Cell.number(d("-1"), "h", 0).asChange())).isEqualTo("\u22121" + NB + "h");
        assertThat(EN.format(Cell.percent(d("0")).asChange())).isEqualTo("±0.0%");
    }

    @Test
    @DisplayName("texts, statuses, suppressed, undefined and empty cells")
    void otherCells() {
        assertThat(DE.format(Cell.text("Verein"))).isEqualTo("Verein");
        assertThat(DE.format(Cell.status(Tone.POSITIVE, "erreicht"))).isEqualTo("erreicht");
        assertThat(DE.format(Cell.suppressed(3))).isEqualTo("<" + NB + "3");
        assertThat(DE.format(Cell.undefined("NO_DATA"))).isEqualTo("–");
        assertThat(DE.format(Cell.empty())).isEmpty();
        assertThat(DE.noteFor(Cell.undefined("NO_DATA"))).isEqualTo("– keine Daten");
        assertThat(EN.noteFor(Cell.undefined("FAILED", "plugin x: boom")))
                .isEqualTo("– calculation failed: plugin x: boom");
        assertThat(EN.noteFor(Cell.undefined("SOMETHING_NEW"))).isEqualTo("– SOMETHING_NEW");
        assertThat(DE.noteFor(Cell.number(1))).isNull();
    }

    @Test
    @DisplayName("languages other than English are formatted and labelled in German, whatever the JVM default")
    void otherLanguages() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Formatter fr = new Formatter(Locale.FRENCH);
            assertThat(fr.format(Cell.percent(d("12.5")))).isEqualTo("12,5" + NB + "%");
            assertThat(fr.labels().get("notes.title")).isEqualTo("Anmerkungen");
            Locale.setDefault(Locale.GERMAN);
            assertThat(new Formatter(Locale.US).labels().get("notes.title")).isEqualTo("Notes");
        } finally {
            Locale.setDefault(before);
        }
    }
}
