package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Period;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.EvaluationJsonWriter;
import org.hor.indicators.output.TidyCsvWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("the machine outputs")
class OutputTest {

    private static final IndicatorDefinition ODD = IndicatorDefinition.builder("acme.odd")
            .label("Seltsam", "Odd")
            .definition("Ein Test.", "A test.")
            .unit("=SUM(A1)")
            .numberStyle(NumberStyle.EXACT)
            .breakdown(new Breakdown("kind", List.of("A", "B")))
            .build();

    private static Evaluation handMade() {
        Map<String, Value> parts = new LinkedHashMap<>();
        parts.put("A", Value.of(new BigDecimal("-2.50")));
        parts.put("B", Value.undefined(Reason.SUPPRESSED));
        TargetResult t = new TargetResult(
                "-S",
                "acme.odd",
                Period.parse("2024"),
                new BigDecimal("2"),
                Value.of(new BigDecimal("-1.5")),
                null,
                new BigDecimal("-75.0000004"),
                TargetStatus.MISSED);
        return new Evaluation(
                LocalDate.parse("2024-12-31"),
                List.of(ODD),
                List.of(
                        new Evaluation.Row(
                                Scope.site("-S"),
                                Period.parse("2024"),
                                ODD,
                                Value.of(new BigDecimal("-1.5")),
                                parts,
                                t),
                        new Evaluation.Row(
                                Scope.PROGRAMME,
                                Period.parse("2024-Q1"),
                                ODD,
                                Value.undefined(Reason.FAILED, "boom, \"bad\""),
                                Map.of(),
                                null)));
    }

    @Test
    @DisplayName("text starting with = + - @ is guarded, numbers are not, and fields are quoted only when needed")
    void guardsAndQuotes() {
        String csv = new TidyCsvWriter(CsvDialect.CSV).toString(handMade());
        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        TidyCsvWriter.HEADER,
                        // unit '=SUM(A1) guarded; value -1.5 plain (EXACT); target and attainment with 6 digits
                        "site:-S,2024,acme.odd,,,-1.5,'=SUM(A1),2.000000,,-75.000000,MISSED,",
                        "site:-S,2024,acme.odd,kind,A,-2.5,'=SUM(A1),,,,,",
                        "site:-S,2024,acme.odd,kind,B,,'=SUM(A1),,,,,SUPPRESSED",
                        // a failure with its message: holds a comma and quotes -> quoted, quotes doubled
                        "programme,2024-Q1,acme.odd,,,,'=SUM(A1),,,,,\"FAILED: boom, \"\"bad\"\"\"",
                        "");
    }

    @Test
    @DisplayName("csv-de uses semicolons, decimal commas and a byte-order mark")
    void german() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TidyCsvWriter(CsvDialect.CSV_DE).write(handMade(), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        TidyCsvWriter.HEADER.replace(',', ';'),
                        "site:-S;2024;acme.odd;;;-1,5;'=SUM(A1);2,000000;;-75,000000;MISSED;",
                        "site:-S;2024;acme.odd;kind;A;-2,5;'=SUM(A1);;;;;",
                        "site:-S;2024;acme.odd;kind;B;;'=SUM(A1);;;;;SUPPRESSED",
                        // the comma no longer needs quoting, the quotes still do
                        "programme;2024-Q1;acme.odd;;;;'=SUM(A1);;;;;\"FAILED: boom, \"\"bad\"\"\"",
                        "");
    }

    @Test
    @DisplayName("the golden dataset's CSV in csv-de has the same lines with German numbers")
    void germanGolden() {
        Evaluation ev = GoldenCsvTest.tiny().engine().evaluate(GoldenCsvTest.SITES_YEARS);
        String de = new TidyCsvWriter(CsvDialect.CSV_DE).toString(ev);
        assertThat(de).startsWith("\uFEFFscope;period;indicator;");
        assertThat(de)
                .contains("\r\nsite:S-A;2024;reach.organisations;;;2;organisations;3,000000;;66,666667;PARTLY;\r\n");
        assertThat(de).contains("\r\nsite:S-A;2024;grants.amount;;;1500,50;EUR;;;;;\r\n");
    }

    @Test
    @DisplayName("the JSON carries formatVersion, the indicator metadata and every value")
    void json() {
        Evaluation ev = GoldenCsvTest.tiny().engine().evaluate(GoldenCsvTest.SITES_YEARS);
        String json = new EvaluationJsonWriter().toString(ev);
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("formatVersion").asString()).isEqualTo("1");
        assertThat(root.get("asOf").asString()).isEqualTo("2024-12-31");
        assertThat(root.get("indicators")).hasSize(25);
        JsonNode first = root.get("indicators").get(0);
        assertThat(first.get("id").asString()).isEqualTo("reach.organisations");
        assertThat(first.get("label").get("de").asString()).isEqualTo("Erreichte Organisationen");
        assertThat(first.get("breakdown").get("dimension").asString()).isEqualTo("organisationType");
        assertThat(first.get("periodTypes")).hasSize(5);
        JsonNode values = root.get("values");
        assertThat(values).hasSize(25);
        JsonNode reach = values.get(0);
        assertThat(reach.get("scope").asString()).isEqualTo("site:S-A");
        assertThat(reach.get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(reach.get("breakdown").get("parts")).hasSize(4);
        assertThat(reach.get("target").get("status").asString()).isEqualTo("PARTLY");
        assertThat(reach.get("target").get("attainment").decimalValue()).isEqualByComparingTo("66.666667");
        assertThat(reach.get("target").get("expectation").isNull()).isTrue();
        JsonNode retention = values.get(14);
        assertThat(retention.get("indicator").asString()).isEqualTo("retention.share");
        assertThat(retention.get("value").isNull()).isTrue();
        assertThat(retention.get("reason").asString()).isEqualTo("NOT_APPLICABLE");
        // numbers as spec 02 says: money with 2 digits, hours as summed
        assertThat(json).contains("\"value\" : 1500.50").contains("\"value\" : 3.5,");
    }

    @Test
    @DisplayName("evaluating twice gives byte-identical CSV and JSON")
    void determinism() {
        TestData data = RandomDatasets.dataset(7);
        Evaluation a = Engine.create(data.build()).evaluate();
        Evaluation b = Engine.create(data.build()).evaluate();
        assertThat(a.rows()).isNotEmpty();
        for (CsvDialect d : CsvDialect.values()) {
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            ByteArrayOutputStream y = new ByteArrayOutputStream();
            new TidyCsvWriter(d).write(a, x);
            new TidyCsvWriter(d).write(b, y);
            assertThat(x.toByteArray()).isEqualTo(y.toByteArray());
        }
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        ByteArrayOutputStream y = new ByteArrayOutputStream();
        new EvaluationJsonWriter().write(a, x);
        new EvaluationJsonWriter().write(b, y);
        assertThat(x.toByteArray()).isEqualTo(y.toByteArray());
    }
}
