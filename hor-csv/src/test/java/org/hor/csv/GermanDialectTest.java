package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Organisation;
import org.hor.core.model.Site;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The committed folder {@code german} is what a spreadsheet program with German settings saves:
 * UTF-8 with byte order mark, {@code ;}, decimal commas, dates {@code TT.MM.JJJJ}, CRLF, a blank
 * row {@code ;;;;;;}.
 */
class GermanDialectTest {

    @Test
    @DisplayName("a German-dialect folder with BOM, decimal commas and TT.MM.JJJJ dates is imported exactly")
    void imported() throws Exception {
        ImportResult r = DatasetImporter.builder().build().importFrom(Folders.resource("german"));

        assertThat(Folders.lines(r)).isEmpty();
        Dataset d = r.dataset().orElseThrow();
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2024, 12, 31)); // 31.12.2024
        assertThat(d.programme().name()).isEqualTo("Haus der Ressourcen");
        assertThat(d.sites())
                .extracting(Site::carrier, Site::start, Site::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Förderverein Straße e.V.", LocalDate.of(2020, 1, 1), null),
                        // a comma is no separator in this dialect; an ISO date is read too
                        org.assertj.core.groups.Tuple.tuple(
                                "Verbund Nord, Süd und West", LocalDate.of(2021, 3, 1), LocalDate.of(2026, 12, 31)));
        assertThat(d.organisations())
                .extracting(Organisation::migrantLed, Organisation::founded, Organisation::attributes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, 2012, Map.of("language", "Arabisch")), // WAHR
                        org.assertj.core.groups.Tuple.tuple(false, null, Map.of()));
        // the blank row ;;;;;; is skipped: two deliveries
        assertThat(d.deliveries())
                .containsExactly(
                        new Delivery(
                                "D-1", "F-1", "O-1", LocalDate.of(2024, 3, 5), null, new BigDecimal("1500.50"), null),
                        new Delivery("D-2", "F-2", "O-2", LocalDate.of(2024, 3, 6), new BigDecimal("2.25"), null, 12));
        assertThat(d.budgets().get(0).amount()).isEqualTo(new BigDecimal("120000"));
        assertThat(d.measurements().get(0).value()).isEqualTo(new BigDecimal("-0.5")); // -0,5
        assertThat(r.files())
                .extracting(ImportedFile::file)
                .containsExactly(
                        "dataset.csv",
                        "sites.csv",
                        "organisations.csv",
                        "offers.csv",
                        "deliveries.csv",
                        "budgets.csv",
                        "measurements.csv");
        assertThat(r.files()).allSatisfy(f -> {
            assertThat(f.dialect()).isEqualTo(Dialect.GERMAN);
            assertThat(f.encoding()).isEqualTo(Encoding.UTF_8);
            assertThat(f.byteOrderMark()).isTrue();
        });
        assertThat(r.files().get(4).rows()).isEqualTo(2);
    }

    @Test
    @DisplayName("forcing the standard dialect on a German folder is reported, not misread")
    void wrongDialect() throws Exception {
        ImportResult r =
                DatasetImporter.builder().dialect(Dialect.STANDARD).build().importFrom(Folders.resource("german"));

        assertThat(r.isValid()).isFalse();
        // the whole header line is one unknown column; every required column is missing
        assertThat(Folders.lines(r))
                .contains("sites.csv:1 (id) HOR-200 The required column id is missing from the header");
    }
}
