package org.hor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.disclosure.DisclosureControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation as a workbook: numbers with formats, catalogue, overview, guarded text, disclosure. */
class ResultsWorkbookTest {

    /**
     * Two sites; S-A in 2024: grants 1500.00 (O-1) and 500.50 (O-2), consulting 2.5 h (O-3):
     * reach 3, grants 2, grants.amount 2000.50, consulting.hours 2.5. S-B: nothing, reach 0.
     */
    static Dataset small() {
        return new Dataset(
                "1",
                LocalDate.of(2024, 12, 31),
                new Programme("hor", "=Programm", null),
                List.of(
                        new Site(
                                "S-A",
                                "Haus A",
                                "Dresden",
                                "DE-SN",
                                "Träger",
                                CarrierType.MIGRANT_UMBRELLA,
                                Coverage.CITY,
                                LocalDate.of(2020, 1, 1),
                                null),
                        new Site(
                                "S-B",
                                "Haus B",
                                "Leipzig",
                                "DE-SN",
                                "Träger",
                                CarrierType.CONSORTIUM,
                                Coverage.REGION,
                                LocalDate.of(2020, 1, 1),
                                null)),
                List.of(org("O-1"), org("O-2"), org("O-3")),
                List.of(
                        new Offer("F-1", "S-A", OfferType.MICRO_GRANT, "Grants"),
                        new Offer("F-2", "S-A", OfferType.CONSULTING, "Consulting")),
                List.of(
                        new Delivery(
                                "D-1", "F-1", "O-1", LocalDate.of(2024, 3, 5), null, new BigDecimal("1500.00"), null),
                        new Delivery(
                                "D-2", "F-1", "O-2", LocalDate.of(2024, 4, 1), null, new BigDecimal("500.50"), null),
                        new Delivery("D-3", "F-2", "O-3", LocalDate.of(2024, 5, 1), new BigDecimal("2.5"), null, null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static Organisation org(String id) {
        return new Organisation(
                id,
                "Verein " + id,
                OrganisationType.MIGRANT_ORGANISATION,
                LegalForm.REGISTERED_ASSOCIATION,
                true,
                2010,
                Map.of());
    }

    static Path write(Evaluation ev, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ResultsWorkbook(Locale.ENGLISH, null).write(ev, out);
        }
        return file;
    }

    @Test
    @DisplayName("values are real numbers with the unit's format; catalogue and overview of the evaluation year follow")
    void numbers(@TempDir Path tmp) throws Exception {
        Engine engine = Engine.create(small());
        Path file = write(engine.evaluate(EvaluationOptions.defaults()), tmp.resolve("r.xlsx"));

        assertThat(Sheets.names(file)).containsExactly("values", "catalogue", "overview");
        var cells = Sheets.cells(file);
        var values = cells.get("values");
        assertThat(values.get("A1").raw()).isEqualTo("scope");
        assertThat(values.get("L1").raw()).isEqualTo("reason");
        int amount = Sheets.findRow(values, "site:S-A", "2024", "grants.amount");
        assertThat(amount).isPositive();
        assertThat(values.get("F" + amount)).isEqualTo(new Sheets.Stored("NUMBER", "2000.50", "#,##0.00\\ \"€\""));
        assertThat(values.get("G" + amount).raw()).isEqualTo("EUR");
        int reach = Sheets.findRow(values, "site:S-A", "2024", "reach.organisations");
        assertThat(values.get("F" + reach)).isEqualTo(new Sheets.Stored("NUMBER", "3", "#,##0"));
        int hours = Sheets.findRow(values, "site:S-A", "2024", "consulting.hours");
        assertThat(values.get("F" + hours)).isEqualTo(new Sheets.Stored("NUMBER", "2.5", "#,##0.0##"));
        int mean = Sheets.findRow(values, "site:S-B", "2024", "grants.amount.mean");
        assertThat(values.get("F" + mean)).isNull();
        assertThat(values.get("L" + mean).raw()).isEqualTo("NO_DENOMINATOR");

        String sheet1 = Sheets.part(file, "xl/worksheets/sheet1.xml");
        assertThat(sheet1).contains("<autoFilter ref=\"A1:L").contains("state=\"frozen\"");

        var catalogue = cells.get("catalogue");
        assertThat(catalogue.get("A1").raw()).isEqualTo("id");
        int grants = -1;
        for (int r = 2; catalogue.containsKey("A" + r); r++) {
            if (catalogue.get("A" + r).raw().equals("grants.amount")) {
                grants = r;
            }
        }
        assertThat(catalogue.get("D" + grants).raw()).isEqualTo("EUR");
        assertThat(catalogue.get("E" + grants).raw()).isEqualTo("UP");
        assertThat(catalogue.get("F" + grants).raw()).isEqualTo("OUTPUT");

        var overview = cells.get("overview");
        assertThat(overview.get("A1").raw()).isEqualTo("site");
        assertThat(overview.get("C1").raw()).isEqualTo("reach.organisations");
        assertThat(overview.get("G1").raw()).isEqualTo("grants.amount");
        assertThat(overview.get("A2").raw()).isEqualTo("S-A");
        assertThat(overview.get("B2").raw()).isEqualTo("2024");
        assertThat(overview.get("C2").raw()).isEqualTo("3");
        assertThat(overview.get("G2").raw()).isEqualTo("2000.50");
        assertThat(overview.get("A3").raw()).isEqualTo("S-B");
        assertThat(overview.get("C3").raw()).isEqualTo("0");
        assertThat(overview).doesNotContainKey("A4");
    }

    @Test
    @DisplayName("disclosure control applies: with k = 3 the two grants' amount is withheld, reach 3 is shown")
    void disclosure(@TempDir Path tmp) throws Exception {
        Engine engine = Engine.create(small());
        Evaluation ev = DisclosureControl.publish().apply(engine.evaluate(EvaluationOptions.defaults()), engine);
        var cells = Sheets.cells(write(ev, tmp.resolve("p.xlsx")));
        var values = cells.get("values");
        int amount = Sheets.findRow(values, "site:S-A", "2024", "grants.amount");
        assertThat(values.get("F" + amount)).isNull();
        assertThat(values.get("L" + amount).raw()).isEqualTo("SUPPRESSED");
        assertThat(cells.get("overview").get("G2").raw()).isEqualTo("SUPPRESSED");
        assertThat(cells.get("overview").get("C2").raw()).isEqualTo("3");
    }

    @Test
    @DisplayName("a text that would start a formula is written with a leading apostrophe")
    void guard(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("g.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
            var ws = wb.newWorksheet("s");
            ResultsWorkbook.text(ws, 0, 0, "=SUM(A1)");
            ResultsWorkbook.text(ws, 0, 1, "+49");
            ResultsWorkbook.text(ws, 0, 2, "plain");
            wb.finish();
        }
        var s = Sheets.cells(file).get("s");
        assertThat(s.get("A1").raw()).isEqualTo("'=SUM(A1)");
        assertThat(s.get("B1").raw()).isEqualTo("'+49");
        assertThat(s.get("C1").raw()).isEqualTo("plain");
    }
}
