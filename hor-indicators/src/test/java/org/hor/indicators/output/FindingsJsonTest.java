package org.hor.indicators.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.Evidence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The JSON of the findings' parts that the scenario tests do not pin down to the character. */
class FindingsJsonTest {

    private static final Period Y = Period.parse("2024");

    @Test
    @DisplayName("JSON numbers are plain, with more than 6 fraction digits rounded half-even")
    void plainNumbers() {
        assertThat(FindingsJson.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(FindingsJson.plain(new BigDecimal("1500.00"))).isEqualTo("1500.00");
        assertThat(FindingsJson.plain(new BigDecimal("0.1234565"))).isEqualTo("0.123456");
        assertThat(FindingsJson.plain(new BigDecimal("0.1234575"))).isEqualTo("0.123458");
    }

    @Test
    @DisplayName("every kind of evidence is written as {name, period, value} entries named as in schema version 1")
    void evidenceNames() {
        List<Evidence> evidence = List.of(
                new Evidence.IndicatorValue("reach.organisations", Y, Value.of(12)),
                new Evidence.PartValue("cooperations.active", "LOCAL_AUTHORITY", Y, Value.of(0)),
                new Evidence.Target(
                        "grants.count",
                        Period.parse("2024-Q2"),
                        new BigDecimal("8"),
                        Value.of(6),
                        new BigDecimal("75")),
                new Evidence.Target("grants.count", Y, new BigDecimal("8"), Value.undefined(Reason.NO_DATA), null),
                new Evidence.Share(
                        "reach.organisations.new", "reach.organisations", Y, Value.of(new BigDecimal("12.5"))),
                new Evidence.Threshold(new BigDecimal("20")),
                new Evidence.Quantity(Evidence.Quantity.Kind.PROGRAMME_EXCHANGES, Y, Value.of(3)),
                new Evidence.Quantity(
                        Evidence.Quantity.Kind.DELIVERIES_CHANGE,
                        Period.parse("2024-Q3"),
                        Value.of(new BigDecimal("-60"))));
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            FindingsJson.evidence(g, "evidence", evidence);
            g.writeEndObject();
        }
        assertThat(out.toString())
                .isEqualTo("{\"evidence\":["
                        + "{\"name\":\"reach.organisations\",\"period\":\"2024\",\"value\":12},"
                        + "{\"name\":\"cooperations.active[LOCAL_AUTHORITY]\",\"period\":\"2024\",\"value\":0},"
                        + "{\"name\":\"target(grants.count)\",\"period\":\"2024-Q2\",\"value\":8},"
                        + "{\"name\":\"grants.count\",\"period\":\"2024-Q2\",\"value\":6},"
                        + "{\"name\":\"attainment(grants.count)\",\"period\":\"2024-Q2\",\"value\":75},"
                        + "{\"name\":\"target(grants.count)\",\"period\":\"2024\",\"value\":8},"
                        + "{\"name\":\"grants.count\",\"period\":\"2024\",\"value\":null,\"valueReason\":\"NO_DATA\"},"
                        + "{\"name\":\"reach.organisations.new.share\",\"period\":\"2024\",\"value\":12.5},"
                        + "{\"name\":\"threshold\",\"value\":20},"
                        + "{\"name\":\"exchanges\",\"period\":\"2024\",\"value\":3},"
                        + "{\"name\":\"deliveries.count.change\",\"period\":\"2024-Q3\",\"value\":-60}]}");
    }
}
