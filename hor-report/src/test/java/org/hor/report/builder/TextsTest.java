package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.hor.report.document.Cell;
import org.hor.report.document.Inline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reports' templates: placeholders filled in one pass, as text or as runs of typed values. */
class TextsTest {

    private static final Inline THREE = Inline.value(Cell.number(3));
    private static final Inline DAY = Inline.value(Cell.date(LocalDate.of(2025, 12, 31)));

    @Test
    @DisplayName("an Inline argument is a run of its own where its placeholder stands, text between is one run")
    void inlineRuns() {
        assertThat(Texts.fill("On {0}, {1} were active.", DAY, THREE))
                .containsExactly(Inline.text("On "), DAY, Inline.text(", "), THREE, Inline.text(" were active."));
    }

    @Test
    @DisplayName("placeholders at the start, at the end and side by side give no empty text runs")
    void edges() {
        assertThat(Texts.fill("{0}{1}", THREE, DAY)).containsExactly(THREE, DAY);
        assertThat(Texts.fill("{1} of {0}", THREE, DAY)).containsExactly(DAY, Inline.text(" of "), THREE);
        assertThat(Texts.fill("", THREE)).isEmpty();
    }

    @Test
    @DisplayName("other arguments are written into the text around them: one run with the value inside")
    void textArguments() {
        assertThat(Texts.fill("In {0}, {1} of {2} pairs; density: {3}.", "2025", 3, 6L, THREE))
                .containsExactly(Inline.text("In 2025, 3 of 6 pairs; density: "), THREE, Inline.text("."));
    }

    @Test
    @DisplayName("a placeholder without an argument, braces around non-digits and lone braces stay as written")
    void leftAlone() {
        assertThat(Texts.fill("{0} {2} {x} {} { {0", "a", "b")).containsExactly(Inline.text("a {2} {x} {} { {0"));
        assertThat(Texts.fill("{1234567890}", "a")).containsExactly(Inline.text("{1234567890}"));
    }

    @Test
    @DisplayName("an argument's own placeholder text is not filled in again (a site name \"{1}\" stays \"{1}\")")
    void onePass() {
        assertThat(Texts.fill("{0} and {1}", "{1}", THREE)).containsExactly(Inline.text("{1} and "), THREE);
        // the same through get: before issue 14 get replaced {0} first and then the {1} it had put in
        Texts en = Texts.of(Locale.ENGLISH);
        assertThat(en.get("cooperations.summary", "{1}", "5", "40 %"))
                .isEqualTo("On {1}, 5 cooperations were active; share with a written agreement: 40 %.");
    }

    @Test
    @DisplayName("runs reads the template from the bundle of the report's language")
    void bundle() {
        assertThat(Texts.of(Locale.GERMAN).runs("exchanges.summary", THREE, Inline.value(Cell.number(1))))
                .containsExactly(
                        Inline.text("Teilnahmen an Austauschen: "),
                        THREE,
                        Inline.text("; verschiedene andere Standorte getroffen: "),
                        Inline.value(Cell.number(1)),
                        Inline.text("."));
    }
}
