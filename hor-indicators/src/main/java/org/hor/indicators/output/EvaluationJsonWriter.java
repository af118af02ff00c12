package org.hor.indicators.output;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.LocalizedText;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;
import org.hor.indicators.evaluation.Findings;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes an {@link Evaluation} as JSON (spec 04 "Machine formats"), UTF-8, indented with two spaces
 * and {@code \n}, every key always present (null where there is nothing), keys in this order:
 *
 * <pre>
 * {
 *   "formatVersion": "1",
 *   "asOf": "2024-12-31",
 *   "indicators": [ {
 *     "id", "label": {"de", "en"}, "definition": {"de", "en"}, "unit", "level", "direction",
 *     "accrual", "periodTypes": [YEAR, …], "breakdown": {"dimension", "categories": […]} | null,
 *     "numberStyle": "INTEGER" | "EXACT" | "MONEY" | "DECIMAL"
 *   } ],
 *   "values": [ {
 *     "scope": "site:S-A", "period": "2024", "indicator": "reach.organisations",
 *     "value": number | null, "reason": null | "NO_DENOMINATOR" | …, "message": null | text,
 *     "breakdown": null | {"dimension": "organisationType",
 *                          "parts": [ {"category", "value", "reason", "message"} ]},
 *     "target": null | {"target", "expectation", "attainment", "status"}   (attainment and status
 *                                                   null when disclosure control withholds them)
 *   } ]
 * }
 * </pre>
 *
 * Numbers are JSON numbers written as spec 02 "Numbers in machine outputs" says (counts as integers,
 * hours as summed, money with 2 and everything else with 6 fraction digits). It renders whatever value
 * each row holds (also {@link org.hor.core.spi.Reason#SUPPRESSED}). Immutable and thread-safe.
 */
public final class EvaluationJsonWriter {

    /** The version of this JSON schema. */
    public static final String FORMAT_VERSION = "1";

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Creates a writer. */
    public EvaluationJsonWriter() {}

    /**
     * Writes {@code evaluation} to {@code out} (not closed).
     *
     * @param evaluation the evaluation
     * @param out where to write
     * @throws tools.jackson.core.JacksonException if writing fails
     */
    public void write(Evaluation evaluation, OutputStream out) {
        write(evaluation, null, out);
    }

    /**
     * Writes {@code evaluation} and, when {@code findings} is not {@code null}, the formative
     * evaluation of spec 03 as a last member {@code "findings"} (schema: {@link FindingsJson}), to
     * {@code out} (not closed).
     *
     * @param evaluation the evaluation
     * @param findings the formative evaluation's findings
     * @param out where to write
     * @throws tools.jackson.core.JacksonException if writing fails
     */
    public void write(Evaluation evaluation, Findings findings, OutputStream out) {
        Objects.requireNonNull(evaluation, "evaluation");
        try (JsonGenerator g = FACTORY.createGenerator(new Context(), out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("formatVersion", FORMAT_VERSION);
            g.writeStringProperty("asOf", evaluation.asOf().toString());
            g.writeName("indicators");
            g.writeStartArray();
            for (IndicatorDefinition d : evaluation.indicators()) {
                definition(g, d);
            }
            g.writeEndArray();
            g.writeName("values");
            g.writeStartArray();
            for (Evaluation.Row row : evaluation.rows()) {
                row(g, row);
            }
            g.writeEndArray();
            if (findings != null) {
                g.writeName("findings");
                FindingsJson.writeFindings(findings, g);
            }
            g.writeEndObject();
        }
    }

    /**
     * {@return the JSON as a string}
     *
     * @param evaluation the evaluation
     */
    public String toString(Evaluation evaluation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(evaluation, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void definition(JsonGenerator g, IndicatorDefinition d) {
        g.writeStartObject();
        g.writeStringProperty("id", d.id());
        text(g, "label", d.label());
        text(g, "definition", d.definition());
        g.writeStringProperty("unit", d.unit());
        g.writeStringProperty("level", d.level().name());
        g.writeStringProperty("direction", d.direction().name());
        g.writeStringProperty("accrual", d.accrual().name());
        g.writeName("periodTypes");
        g.writeStartArray();
        for (PeriodType t : PeriodType.values()) {
            if (d.periodTypes().contains(t)) {
                g.writeString(t.name());
            }
        }
        g.writeEndArray();
        g.writeName("breakdown");
        Breakdown b = d.breakdown();
        if (b == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringProperty("dimension", b.dimension());
            g.writeName("categories");
            g.writeStartArray();
            for (String c : b.categories()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeStringProperty("numberStyle", d.numberStyle().name());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, LocalizedText t) {
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("de", t.de());
        g.writeStringProperty("en", t.en());
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, Evaluation.Row row) {
        NumberStyle style = row.indicator().numberStyle();
        g.writeStartObject();
        g.writeStringProperty("scope", row.scope().id());
        g.writeStringProperty("period", row.period().code());
        g.writeStringProperty("indicator", row.indicator().id());
        value(g, row.value(), style);
        g.writeName("breakdown");
        if (row.parts().isEmpty()) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringProperty(
                    "dimension",
                    row.indicator().breakdownIfAny().map(Breakdown::dimension).orElse(""));
            g.writeName("parts");
            g.writeStartArray();
            for (Map.Entry<String, Value> part : row.parts().entrySet()) {
                g.writeStartObject();
                g.writeStringProperty("category", part.getKey());
                value(g, part.getValue(), style);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeName("target");
        TargetResult t = row.target();
        if (t == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeName("target");
            g.writeNumber(Numbers.plain(t.target(), NumberStyle.DECIMAL));
            g.writeName("expectation");
            if (t.expectation() == null) {
                g.writeNull();
            } else {
                g.writeNumber(Numbers.plain(t.expectation(), NumberStyle.DECIMAL));
            }
            g.writeName("attainment");
            if (t.attainment() == null) {
                g.writeNull();
            } else {
                g.writeNumber(Numbers.plain(t.attainment(), NumberStyle.DECIMAL));
            }
            if (t.status() == null) {
                g.writeNullProperty("status");
            } else {
                g.writeStringProperty("status", t.status().name());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Value v, NumberStyle style) {
        g.writeName("value");
        if (v instanceof Value.Defined d) {
            g.writeNumber(Numbers.plain(d.number(), style));
            g.writeNullProperty("reason");
            g.writeNullProperty("message");
        } else {
            Value.Undefined u = (Value.Undefined) v;
            g.writeNull();
            g.writeStringProperty("reason", u.reason().name());
            if (u.message().isEmpty()) {
                g.writeNullProperty("message");
            } else {
                g.writeStringProperty("message", u.message());
            }
        }
    }

    /** A write context with a platform-independent pretty printer. */
    private static final class Context extends ObjectWriteContext.Base {
        private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
