package org.hor.indicators.output;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.Approaches;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.DataQuality;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.Development;
import org.hor.indicators.evaluation.Evidence;
import org.hor.indicators.evaluation.ExchangeNetwork;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FollowUp;
import org.hor.indicators.evaluation.GroupIndicator;
import org.hor.indicators.evaluation.KeyIndicatorSummary;
import org.hor.indicators.evaluation.MeasureFollowUp;
import org.hor.indicators.evaluation.Peer;
import org.hor.indicators.evaluation.QuarterRecords;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.RuleCheck;
import org.hor.indicators.evaluation.SeriesPoint;
import org.hor.indicators.evaluation.SitePair;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.indicators.evaluation.SupportNeed;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes {@link Findings} as JSON with a stable schema, for embedding into other JSON output
 * ({@code hor evaluate --findings}).
 *
 * <p>Conventions: periods as codes ({@code 2024}, {@code 2024-Q1}, {@code 2019-03-01..2020-02-28}),
 * dates as ISO-8601, enums by name, measures by id. A number with more than 6 fraction digits is
 * rounded half-even to 6 (spec 02), others are written as they are, in plain notation. An undefined
 * value is written as {@code null} with a sibling property {@code <name>Reason} holding its reason.
 * Arrays keep the order of {@link Findings}.
 */
public final class FindingsJson {

    private static final int FRACTION_DIGITS = 6;

    private FindingsJson() {}

    /**
     * {@return the findings as a compact JSON document}
     *
     * @param findings the formative evaluation's findings
     */
    public static String toJson(Findings findings) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            writeFindings(findings, g);
        }
        return out.toString();
    }

    /**
     * Writes {@code findings} as one JSON object at the generator's current position (a value
     * position: the top level, an array element, or after a property name).
     *
     * @param findings the formative evaluation's findings
     * @param g the generator
     */
    public static void writeFindings(Findings findings, JsonGenerator g) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(g, "g");
        g.writeStartObject();
        g.writeStringProperty("asOf", findings.asOf().toString());
        g.writeStringProperty("year", findings.year().code());
        strings(g, "sitesOfYear", findings.sitesOfYear());

        g.writeArrayPropertyStart("development");
        for (Development d : findings.development()) {
            g.writeStartObject();
            g.writeStringProperty("site", d.siteId());
            g.writeStringProperty("indicator", d.indicator());
            g.writeStringProperty("periodType", d.periodType().name());
            g.writeStringProperty("trend", d.trend().name());
            g.writeArrayPropertyStart("points");
            for (SeriesPoint p : d.points()) {
                g.writeStartObject();
                g.writeStringProperty("period", p.period().code());
                value(g, "value", p.value());
                g.writeNumberProperty("activeDays", p.activeDays());
                g.writeBooleanProperty("short", p.isShort());
                value(g, "change", p.change());
                value(g, "changePercent", p.changePercent());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayPropertyStart("checks");
        for (RuleCheck c : findings.checks()) {
            g.writeStartObject();
            g.writeStringProperty("site", c.siteId());
            g.writeStringProperty("rule", c.rule().id());
            g.writeBooleanProperty("evaluable", c.evaluable());
            g.writeBooleanProperty("fired", c.fired());
            evidence(g, "evidence", c.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayPropertyStart("challenges");
        for (Challenge c : findings.challenges()) {
            g.writeStartObject();
            g.writeStringProperty("site", c.siteId());
            g.writeStringProperty("rule", c.rule().id());
            g.writeStringProperty("year", c.year().code());
            g.writeStringProperty("indicator", c.indicator());
            g.writeStringProperty("period", c.period().code());
            if (c.targetStatus() != null) {
                g.writeStringProperty("targetStatus", c.targetStatus().name());
            }
            evidence(g, "evidence", c.evidence());
            strings(g, "measures", c.measures().stream().map(SupportMeasure::id).toList());
            g.writeArrayPropertyStart("peers");
            for (Peer p : c.peers()) {
                g.writeStartObject();
                g.writeStringProperty("site", p.siteId());
                g.writeStringProperty(
                        "carrierType",
                        p.carrierType() == null ? null : p.carrierType().name());
                g.writeBooleanProperty("sameCarrierType", p.sameCarrierType());
                value(g, "value", p.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayPropertyStart("followUps");
        for (FollowUp f : findings.followUps()) {
            g.writeStartObject();
            g.writeStringProperty("site", f.siteId());
            g.writeStringProperty("rule", f.rule().id());
            g.writeStringProperty("state", f.state().name());
            strings(g, "actions", f.actionIds());
            strings(g, "measures", f.measures());
            evidence(g, "evidence", f.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayPropertyStart("measureFollowUps");
        for (MeasureFollowUp m : findings.measureFollowUps()) {
            g.writeStartObject();
            g.writeStringProperty("measure", m.measure());
            g.writeNumberProperty("followUps", m.followUps());
            g.writeNumberProperty("resolved", m.resolved());
            g.writeNumberProperty("persists", m.persists());
            g.writeNumberProperty("open", m.open());
            value(g, "resolvedShare", m.resolvedShare());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayPropertyStart("supportNeeds");
        for (SupportNeed n : findings.supportNeeds()) {
            g.writeStartObject();
            g.writeStringProperty("rule", n.rule().id());
            g.writeNumberProperty("evaluable", n.evaluable());
            g.writeNumberProperty("fired", n.fired());
            value(g, "share", n.share());
            strings(g, "sites", n.siteIds());
            g.writeEndObject();
        }
        g.writeEndArray();

        approaches(g, findings.approaches());
        transfer(g, findings.transfer());

        g.writeObjectPropertyStart("exchange");
        network(g, "year", findings.exchangeYear());
        network(g, "allTime", findings.exchangeAllTime());
        g.writeEndObject();

        dataQuality(g, findings.dataQuality());
        g.writeEndObject();
    }

    private static void approaches(JsonGenerator g, Approaches a) {
        g.writeObjectPropertyStart("approaches");
        g.writeArrayPropertyStart("overall");
        for (KeyIndicatorSummary k : a.overall()) {
            g.writeStartObject();
            g.writeStringProperty("indicator", k.indicator());
            summary(g, k.summary());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("groups");
        for (ApproachGroup group : a.groups()) {
            g.writeStartObject();
            g.writeStringProperty("dimension", group.dimension().fieldName());
            g.writeStringProperty("value", group.value());
            g.writeNumberProperty("sites", group.sites());
            strings(g, "siteIds", group.siteIds());
            g.writeArrayPropertyStart("indicators");
            for (GroupIndicator i : group.indicators()) {
                g.writeStartObject();
                g.writeStringProperty("indicator", i.indicator());
                summary(g, i.summary());
                value(g, "overallMedian", i.overallMedian());
                value(g, "deviation", i.deviation());
                g.writeStringProperty("standing", i.standing().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "strengths", group.strengths());
            strings(g, "weaknesses", group.weaknesses());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void transfer(JsonGenerator g, List<TransferYear> years) {
        g.writeArrayPropertyStart("transfer");
        for (TransferYear y : years) {
            g.writeStartObject();
            g.writeNumberProperty("operatingYear", y.k());
            strings(g, "sites", y.siteIds());
            g.writeArrayPropertyStart("indicators");
            for (TransferIndicator i : y.indicators()) {
                g.writeStartObject();
                g.writeStringProperty("indicator", i.indicator());
                summary(g, i.summary());
                g.writeArrayPropertyStart("recommendedTargets");
                for (RecommendedTarget r : i.recommendations()) {
                    g.writeStartObject();
                    g.writeStringProperty("carrierType", r.carrierType().name());
                    g.writeStringProperty("basis", r.basis().name());
                    g.writeNumberProperty("n", r.n());
                    if (r.suppressed()) {
                        value(g, "value", Value.undefined(org.hor.core.spi.Reason.SUPPRESSED));
                    } else {
                        number(g, "value", r.value());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void network(JsonGenerator g, String name, ExchangeNetwork n) {
        g.writeObjectPropertyStart(name);
        if (n.period() == null) {
            g.writeNullProperty("period");
        } else {
            g.writeStringProperty("period", n.period().code());
        }
        strings(g, "sites", n.siteIds());
        g.writeArrayPropertyStart("matrix");
        for (List<Integer> row : n.matrix()) {
            g.writeStartArray();
            for (int x : row) {
                g.writeNumber(x);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("pairs");
        for (SitePair p : n.pairs()) {
            g.writeStartObject();
            g.writeStringProperty("first", p.first());
            g.writeStringProperty("second", p.second());
            g.writeNumberProperty("exchanges", p.exchanges());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberProperty("pairsMet", n.pairs().size());
        g.writeNumberProperty("allPairs", n.allPairs());
        value(g, "density", n.density());
        strings(g, "isolated", n.isolated());
        g.writeEndObject();
    }

    private static void dataQuality(JsonGenerator g, DataQuality q) {
        g.writeObjectPropertyStart("dataQuality");
        g.writeArrayPropertyStart("quarters");
        for (QuarterRecords r : q.quarters()) {
            g.writeStartObject();
            g.writeStringProperty("site", r.siteId());
            g.writeStringProperty("quarter", r.quarter().code());
            g.writeNumberProperty("activeDays", r.activeDays());
            g.writeNumberProperty("deliveries", r.deliveries());
            g.writeNumberProperty("outcomes", r.outcomes());
            g.writeNumberProperty("cooperationsStarted", r.cooperationsStarted());
            g.writeNumberProperty("measurements", r.measurements());
            g.writeNumberProperty("supportActions", r.supportActions());
            g.writeNumberProperty("exchanges", r.exchanges());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("findings");
        for (DataQualityFinding f : q.findings()) {
            g.writeStartObject();
            g.writeStringProperty("kind", f.kind().name());
            g.writeStringProperty("site", f.siteId());
            g.writeStringProperty("quarter", f.quarter().code());
            if (f.day() != null) {
                g.writeStringProperty("day", f.day().toString());
            }
            evidence(g, "numbers", f.numbers());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, Summary s) {
        g.writeNumberProperty("n", s.n());
        value(g, "min", s.min());
        value(g, "q1", s.q1());
        value(g, "median", s.median());
        value(g, "q3", s.q3());
        value(g, "max", s.max());
    }

    /**
     * Writes the evidence as an array of {@code {name, period, value}} objects: an indicator by its
     * id, a breakdown part as {@code indicator[CATEGORY]}, a target as three entries
     * ({@code target(indicator)}, the indicator, {@code attainment(indicator)} when defined), a share
     * as {@code part.share}, a threshold as {@code threshold} without a period, a quantity by its id.
     */
    static void evidence(JsonGenerator g, String name, List<Evidence> evidence) {
        g.writeArrayPropertyStart(name);
        for (Evidence e : evidence) {
            if (e instanceof Evidence.IndicatorValue v) {
                entry(g, v.indicator(), v.period(), v.value());
            } else if (e instanceof Evidence.PartValue v) {
                entry(g, v.indicator() + "[" + v.category() + "]", v.period(), v.value());
            } else if (e instanceof Evidence.Target t) {
                entry(g, "target(" + t.indicator() + ")", t.period(), Value.of(t.target()));
                entry(g, t.indicator(), t.period(), t.actual());
                if (t.attainment() != null) {
                    entry(g, "attainment(" + t.indicator() + ")", t.period(), Value.of(t.attainment()));
                }
            } else if (e instanceof Evidence.Share v) {
                entry(g, v.part() + ".share", v.period(), v.value());
            } else if (e instanceof Evidence.Threshold v) {
                entry(g, "threshold", null, Value.of(v.percent()));
            } else if (e instanceof Evidence.Quantity v) {
                entry(g, v.kind().id(), v.period(), v.value());
            } else {
                throw new IllegalArgumentException(
                        "unknown evidence " + e.getClass().getName());
            }
        }
        g.writeEndArray();
    }

    private static void entry(JsonGenerator g, String name, @Nullable Period period, Value value) {
        g.writeStartObject();
        g.writeStringProperty("name", name);
        if (period != null) {
            g.writeStringProperty("period", period.code());
        }
        value(g, "value", value);
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void value(JsonGenerator g, String name, Value value) {
        if (value instanceof Value.Defined d) {
            number(g, name, d.number());
        } else if (value instanceof Value.Undefined u) {
            g.writeNullProperty(name);
            g.writeStringProperty(name + "Reason", u.reason().name());
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal number) {
        g.writeName(name);
        g.writeNumber(plain(number));
    }

    /** Returns the plain notation of {@code number}, rounded half-even to 6 fraction digits when it has more. */
    static String plain(BigDecimal number) {
        BigDecimal n =
                number.scale() > FRACTION_DIGITS ? number.setScale(FRACTION_DIGITS, RoundingMode.HALF_EVEN) : number;
        return n.toPlainString();
    }
}
