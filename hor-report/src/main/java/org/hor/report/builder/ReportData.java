package org.hor.report.builder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.privacy.PersonalDataScan;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetStatus;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.standard.StandardCatalogue;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Change;
import org.hor.report.document.Tone;

/**
 * What both reports read: the dataset, the evaluation rows indexed by scope, period and indicator,
 * the findings and the texts; which records an indicator counts, from the engine; and the conversion
 * of values into typed cells.
 */
final class ReportData {

    /** The standard indicators' ids; every other indicator of an evaluation is a plugin's. */
    static final Set<String> STANDARD_IDS = new StandardCatalogue()
            .indicators().stream()
                    .map(Indicator::definition)
                    .map(IndicatorDefinition::id)
                    .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> SMALL_COUNTS = Set.of("reach.organisations", "reach.organisations.new");

    final Dataset dataset;
    private final Engine engine;
    final Evaluation evaluation;
    final Findings findings;
    final ReportOptions options;
    final Texts texts;
    final Period year;
    final Period previousYear;
    final LocalDate asOf;
    private final Map<String, Site> sites = new TreeMap<>();
    private final Map<String, IndicatorDefinition> definitions = new HashMap<>();
    private final Map<Key, Evaluation.Row> rows = new HashMap<>();
    final SinceSection since;

    ReportData(Engine engine, Evaluation evaluation, Findings findings, ReportOptions options) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.dataset = engine.dataset();
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.options = Objects.requireNonNull(options, "options");
        this.texts = Texts.of(options.locale());
        this.year = findings.year();
        this.previousYear = year.previous();
        this.asOf = dataset.asOf();
        dataset.sites().forEach(s -> sites.put(s.id(), s));
        evaluation.indicators().forEach(d -> definitions.put(d.id(), d));
        for (Evaluation.Row r : evaluation.rows()) {
            rows.put(key(r.scope(), r.period(), r.indicator().id()), r);
        }
        this.since = new SinceSection(this);
    }

    private static Key key(Scope scope, Period period, String indicator) {
        return new Key(scope, period, indicator);
    }

    /** A row's key: records, not a joined string, which cost a fifth of building a programme report. */
    private record Key(Scope scope, Period period, String indicator) {}

    // ------------------------------------------------------------------ lookups

    /** Returns the site with {@code id}, or null. */
    Site site(String id) {
        return sites.get(id);
    }

    /** Returns the sites by id. */
    List<Site> sites() {
        return List.copyOf(sites.values());
    }

    /** Returns the site's name, or its id when the dataset has no such site. */
    String siteName(String id) {
        Site s = sites.get(id);
        // isolated: a name from the data must not reorder the text around it (bidi spoofing)
        return Bidi.isolate(s == null || s.name() == null ? id : shown(s.name()));
    }

    /**
     * Returns a free text as a report may print it: the text, or the removed marker when the scan for
     * personal data finds something in it (a report never prints such a field).
     */
    String shown(String text) {
        return PersonalDataScan.shown(text, PersonalDataScan.removedMarker(texts.locale()));
    }

    /** Returns the names of the sites, in the order given. */
    List<String> siteNames(List<String> ids) {
        return ids.stream().map(this::siteName).toList();
    }

    /** Returns the definition of an indicator of the evaluation, or null. */
    IndicatorDefinition definition(String id) {
        return definitions.get(id);
    }

    /** Returns the indicator's label in the report's language, or its id when it is unknown. */
    String label(String id) {
        IndicatorDefinition d = definitions.get(id);
        String label = d == null ? id : d.label().in(texts.locale());
        // a plugin's label is text from outside hor: isolated like data
        return STANDARD_IDS.contains(id) ? label : Bidi.isolate(label);
    }

    /** Returns the row, or null when the evaluation has none. */
    Evaluation.Row row(Scope scope, Period period, String indicator) {
        return rows.get(key(scope, period, indicator));
    }

    /**
     * Returns the ids of the records that make up indicator {@code indicator}'s value for {@code scope}
     * and {@code period}, in id order, as the engine's definition of it counts them (its trace, uncut),
     * so that a list of them and the figure never disagree; none when the evaluation does not have the
     * indicator.
     */
    List<String> contributing(Scope scope, Period period, String indicator) {
        if (!definitions.containsKey(indicator)) {
            return List.of();
        }
        return engine.trace(scope, period, indicator).recordIds();
    }

    /** Returns the records of {@code records} whose id ({@code id}) is one of {@code ids}, in the order of {@code records}. */
    static <T> List<T> withIds(List<T> records, Function<T, String> id, List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return records.stream().filter(r -> wanted.contains(id.apply(r))).toList();
    }

    /** Returns the value; a value the evaluation does not hold is undefined ({@code NOT_APPLICABLE}). */
    Value value(Scope scope, Period period, String indicator) {
        Evaluation.Row r = row(scope, period, indicator);
        return r == null ? Value.undefined(Reason.NOT_APPLICABLE) : r.value();
    }

    /** Returns one breakdown part, undefined like {@link #value} when missing. */
    Value part(Scope scope, Period period, String indicator, String category) {
        Evaluation.Row r = row(scope, period, indicator);
        if (r == null) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
        Value v = r.parts().get(category);
        return v == null
                ? r.value() instanceof Value.Undefined ? r.value() : Value.undefined(Reason.NOT_APPLICABLE)
                : v;
    }

    /** Returns the periods of {@code type} the evaluation holds for {@code scope}, in order. */
    List<Period> periods(Scope scope, PeriodType type) {
        TreeSet<Period> set = new TreeSet<>(Period.ORDER);
        for (Evaluation.Row r : evaluation.rows()) {
            if (r.scope().equals(scope) && r.period().type() == type) {
                set.add(r.period());
            }
        }
        return List.copyOf(set);
    }

    /** Returns the complete years up to Y that the evaluation holds for {@code scope}. */
    List<Period> completeYears(Scope scope) {
        return periods(scope, PeriodType.YEAR).stream()
                .filter(p -> p.isComplete(asOf) && !p.first().isAfter(year.first()))
                .toList();
    }

    /** Returns the quarters of Y that the evaluation holds for {@code scope}. */
    List<Period> quartersOfYear(Scope scope) {
        return periods(scope, PeriodType.QUARTER).stream()
                .filter(year::contains)
                .toList();
    }

    /**
     * Returns the indicator file that defines {@code def}, if one of the engine's providers is a
     * file's (spec 05): such indicators have a section of their own.
     */
    java.util.Optional<org.hor.indicators.files.IndicatorFile> origin(IndicatorDefinition def) {
        return org.hor.indicators.files.IndicatorFiles.origin(engine.providers(), def.id());
    }

    // ------------------------------------------------------------------ cells

    /** Returns the value as a cell (marked when it changed since a release, {@link SinceSection}). */
    Cell cell(Scope scope, Period period, String indicator) {
        return since.mark(
                indicatorCell(value(scope, period, indicator), definitions.get(indicator)),
                scope,
                period,
                indicator,
                null);
    }

    /** Returns a part as a cell (marked when it changed since a release). */
    Cell partCell(Scope scope, Period period, String indicator, String category) {
        return since.mark(
                indicatorCell(part(scope, period, indicator, category), definitions.get(indicator)),
                scope,
                period,
                indicator,
                category);
    }

    /** Returns a value as a cell of the kind the indicator's unit asks for ({@code def} may be null). */
    Cell cell(Value value, IndicatorDefinition def) {
        if (value instanceof Value.Undefined u) {
            return undefined(u);
        }
        BigDecimal n = ((Value.Defined) value).number();
        // a figure derived from an indicator (a median, a target) is not the indicator's value: it keeps
        // its own digits, at most 6 fraction digits as spec 02 rounds every derived number
        BigDecimal shown = n.scale() > 6 ? n.setScale(6, RoundingMode.HALF_EVEN) : n;
        return number(shown, def == null ? "" : def.unit());
    }

    /**
     * Returns an indicator's own value as a cell, rounded by its number style as the evaluation's
     * machine outputs round it (spec 02), so that the report's JSON document prints the same numbers.
     */
    private Cell indicatorCell(Value value, IndicatorDefinition def) {
        if (def != null && value instanceof Value.Defined d) {
            return number(def.numberStyle().apply(d.number()), def.unit());
        }
        return cell(value, def);
    }

    /**
     * Returns a share in percent as a cell, rounded as spec 02 rounds shares in machine outputs (half-even
     * to 6 fraction digits), so that the report's JSON document prints the numbers the evaluation's JSON
     * and CSV print.
     */
    Cell percent(BigDecimal n) {
        return Cell.percent(NumberStyle.DECIMAL.apply(n));
    }

    /** Returns a number as a cell for {@code unit}: percent, euro, hours or a plain number. */
    Cell number(BigDecimal n, String unit) {
        return switch (unit) {
            case "percent" -> percent(n);
            case "EUR" -> Cell.euro(n);
            case "hours" -> Cell.number(n, texts.get("unit.hours"), decimals(n));
            default -> Cell.number(n, "", decimals(n));
        };
    }

    /** Returns an undefined value as a cell: suppressed cells show {@code < k}. */
    Cell undefined(Value.Undefined u) {
        if (u.reason() == Reason.SUPPRESSED) {
            int k = threshold(u.message());
            return k > 0 ? Cell.suppressed(k) : Cell.undefined(Reason.SUPPRESSED.name());
        }
        return Cell.undefined(u.reason().name(), u.message());
    }

    /** Returns whether {@code v} is withheld by disclosure control. */
    boolean isSuppressed(Value v) {
        return v instanceof Value.Undefined u && u.reason() == Reason.SUPPRESSED;
    }

    /** Returns the threshold k of a suppressed value (its message), or the report's. */
    int threshold(Value v) {
        return v instanceof Value.Undefined u ? threshold(u.message()) : options.suppressBelow();
    }

    /** Returns a value suppressed with the report's threshold k (for figures withheld by the builder). */
    Value suppressedValue() {
        return Value.undefined(Reason.SUPPRESSED, String.valueOf(Math.max(2, options.suppressBelow())));
    }

    private int threshold(String message) {
        String digits = message.replaceAll("[^0-9]", "");
        if (!digits.isEmpty() && digits.length() < 6) {
            return Integer.parseInt(digits);
        }
        return options.suppressBelow();
    }

    /** Returns the fraction digits of {@code n} without trailing zeros, at most 2. */
    static int decimals(BigDecimal n) {
        return Math.min(2, Math.max(0, n.stripTrailingZeros().scale()));
    }

    /**
     * Returns a figure the builder derived itself (not from the evaluation), suppressed when it is a
     * count of organisations between 1 and k−1 under disclosure control.
     */
    Cell guarded(String indicator, Value value) {
        if (options.suppressBelow() > 0
                && SMALL_COUNTS.contains(indicator)
                && value instanceof Value.Defined d
                && d.number().signum() > 0
                && d.number().compareTo(BigDecimal.valueOf(options.suppressBelow())) < 0) {
            return Cell.suppressed(options.suppressBelow());
        }
        return cell(value, definitions.get(indicator));
    }

    /**
     * Returns the change of an indicator from {@code before} to {@code now}: absolute, in percentage
     * points for shares, toned by the indicator's direction; a gap when either value is undefined
     * (suppressed when either is suppressed, so the change reveals nothing).
     */
    Change change(Scope scope, Period now, Period before, String indicator) {
        Value a = value(scope, before, indicator);
        Value b = value(scope, now, indicator);
        String label = texts.get("keyFigures.change", before.code());
        return new Change(changeCell(a, b, indicator), tone(a, b, indicator), label);
    }

    /** Returns the change from {@code a} to {@code b} as a signed cell ({@code +3}, {@code −3}, {@code ±0}), or a gap. */
    Cell changeCell(Value a, Value b, String indicator) {
        for (Value v : List.of(b, a)) {
            if (v instanceof Value.Undefined u && u.reason() == Reason.SUPPRESSED) {
                return undefined(u);
            }
        }
        if (b instanceof Value.Undefined u) {
            return undefined(u);
        }
        if (a instanceof Value.Undefined u) {
            return undefined(u);
        }
        IndicatorDefinition def = definitions.get(indicator);
        // the change between the two values as the report prints them (rounded by the number style)
        NumberStyle style = def == null ? NumberStyle.EXACT : def.numberStyle();
        BigDecimal diff = style.apply(((Value.Defined) b).number()).subtract(style.apply(((Value.Defined) a).number()));
        String unit = def == null ? "" : def.unit();
        if (unit.equals("percent")) {
            return Cell.number(diff, texts.get("unit.percentPoints"), 1).asChange();
        }
        return number(diff, unit).asChange();
    }

    private Tone tone(Value a, Value b, String indicator) {
        if (!(a instanceof Value.Defined x) || !(b instanceof Value.Defined y)) {
            return Tone.NEUTRAL;
        }
        int sign = y.number().compareTo(x.number());
        IndicatorDefinition def = definitions.get(indicator);
        if (def != null && def.direction() == Direction.DOWN) {
            sign = -sign;
        }
        return sign > 0 ? Tone.POSITIVE : sign < 0 ? Tone.NEGATIVE : Tone.NEUTRAL;
    }

    /** Returns a target status as a badge. */
    Cell status(TargetStatus status) {
        Tone tone = switch (status) {
            case ACHIEVED, ON_TRACK -> Tone.POSITIVE;
            case NEARLY, BEHIND, PARTLY -> Tone.WARNING;
            case MISSED, FAR_BEHIND -> Tone.NEGATIVE;
        };
        return Cell.status(tone, texts.label("targetStatus", status));
    }

    /** Returns a period's name: {@code 2025}, {@code 2025-Q1}, or a custom range as its dates. */
    String periodName(Period p) {
        return p.code();
    }

    /** Returns the labels of some indicators. */
    List<String> labels(List<String> ids) {
        List<String> list = new ArrayList<>();
        ids.forEach(id -> list.add(label(id)));
        return list;
    }
}
