package org.hor.indicators.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("the hostile corpus of indicator files")
class HostileIndicatorFilesTest {

    static Stream<HostileIndicatorFiles.Case> cases() {
        return HostileIndicatorFiles.all().stream();
    }

    @Test
    @DisplayName("has at least 60 cases, each with another name")
    void size() {
        List<HostileIndicatorFiles.Case> all = HostileIndicatorFiles.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(HostileIndicatorFiles.Case::name).distinct())
                .hasSameSizeAs(all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("each case loads nothing and gives its located violation, with a message in German and English")
    void located(HostileIndicatorFiles.Case c) {
        IndicatorFileResult r = IndicatorFiles.read("hostile.json", c.bytes());
        assertThat(r.file()).isEmpty();
        assertThat(r.violations()).as(c.name()).anySatisfy(v -> {
            assertThat(v.code()).isEqualTo(c.code());
            assertThat(v.pointer()).isEqualTo(c.pointer());
            assertThat(v.line()).isEqualTo(c.line());
            if (c.column() > 0) {
                assertThat(v.column()).isEqualTo(c.column());
            } else {
                assertThat(v.column()).isPositive();
            }
        });
        for (Violation v : r.violations()) {
            assertThat(v.code()).startsWith("HOR-5");
            assertThat(v.line()).as(v.format(Locale.ENGLISH)).isPositive();
            assertThat(v.message(Locale.ENGLISH)).doesNotStartWith("org.hor");
            assertThat(v.message(Locale.GERMAN)).doesNotStartWith("org.hor").isNotEqualTo(v.message(Locale.ENGLISH));
        }
    }
}
