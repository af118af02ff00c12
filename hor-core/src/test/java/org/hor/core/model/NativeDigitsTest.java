package org.hor.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 point 5, where it starts: period codes, dates and message numbers do not take the
 * native digits of the default locale (Arabic-Indic under ar-SA, extended under fa-IR, Thai under
 * th-TH-TH).
 */
class NativeDigitsTest {

    private Locale saved;

    @BeforeEach
    void save() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"})
    void periodCodesAndMessagesKeepLatinDigits(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Locale.setDefault(locale);
        // the default locale does write native digits (else this test could not fail)
        assertThat(String.format("%d", 2025)).isNotEqualTo("2025");

        assertThat(Period.parse("2025").code()).isEqualTo("2025");
        assertThat(Period.parse("2025-H2").code()).isEqualTo("2025-H2");
        assertThat(Period.parse("2025-Q4").code()).isEqualTo("2025-Q4");
        assertThat(Period.parse("2025-05").code()).isEqualTo("2025-05");
        assertThat(Period.year(987).code()).isEqualTo("0987");
        assertThat(Period.parse("2019-03-01..2020-02-29").code()).isEqualTo("2019-03-01..2020-02-29");
        assertThat(Period.parse("2019-03-01..2020-02-29").last()).isEqualTo(LocalDate.of(2020, 2, 29));

        // a message with a number argument: German grouping, English grouping, never native digits
        Violation v = new Violation(
                "/x",
                1,
                1,
                RuleCode.ENCODING.code(),
                null,
                RuleCode.ENCODING.messageKey(),
                List.of("UTF-8", "0xE4", 12345L, "85"));
        assertThat(v.message(locale)).contains("12.345"); // a locale other than English gets the German text
        assertThat(v.message(Locale.ENGLISH)).contains("line 12,345");
    }
}
