package org.hor.report.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.Evidence;
import org.hor.report.document.Cell;

/**
 * Names and values of the evidence the findings carry, for readers: indicator ids become labels,
 * breakdown parts name their category, derived quantities get their own text; values of indicators
 * come from the (possibly suppressed) evaluation where it holds them. Reads the evidence's fields;
 * a kind of evidence it does not know is an error, not a silent gap.
 */
final class EvidenceText {

    private final ReportData data;

    EvidenceText(ReportData data) {
        this.data = data;
    }

    /**
     * Returns the rows (quantity, period, value) of one evidence about {@code scope}: one row, or for a
     * target the target, the actual value and (when defined) the attainment.
     */
    List<List<Cell>> rows(Evidence e, Scope scope) {
        if (e instanceof Evidence.IndicatorValue v) {
            return List.of(row(
                    indicatorName(v.indicator()),
                    v.period(),
                    indicatorValue(v.indicator(), v.period(), v.value(), scope)));
        } else if (e instanceof Evidence.PartValue v) {
            return List.of(row(
                    data.label(v.indicator()) + " – " + category(v.indicator(), v.category()),
                    v.period(),
                    partValue(v, scope)));
        } else if (e instanceof Evidence.Target t) {
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(row(
                    data.texts.get("evidence.target.of", data.label(t.indicator())),
                    t.period(),
                    data.cell(Value.of(t.target()), data.definition(t.indicator()))));
            rows.add(row(
                    indicatorName(t.indicator()),
                    t.period(),
                    indicatorValue(t.indicator(), t.period(), t.actual(), scope)));
            if (t.attainment() != null) {
                Value.Undefined withheld = withheld(scope, t.period(), List.of(t.indicator()));
                rows.add(row(
                        data.texts.get("evidence.attainment.of", data.label(t.indicator())),
                        t.period(),
                        withheld != null ? data.undefined(withheld) : data.percent(t.attainment())));
            }
            return rows;
        } else if (e instanceof Evidence.Share v) {
            String key = "evidence." + v.part() + ".share";
            String name = data.texts.has(key)
                    ? data.texts.get(key)
                    : data.texts.get("evidence.share.of", data.label(v.part()));
            Value.Undefined withheld = withheld(scope, v.period(), List.of(v.part(), v.whole()));
            return List.of(row(name, v.period(), withheld != null ? data.undefined(withheld) : percent(v.value())));
        } else if (e instanceof Evidence.Threshold v) {
            return List.of(
                    List.of(Cell.text(data.texts.get("evidence.threshold")), Cell.empty(), data.percent(v.percent())));
        } else if (e instanceof Evidence.Quantity v) {
            return List.of(row(quantityName(v.kind()), v.period(), quantityValue(v)));
        } else {
            throw new IllegalArgumentException(
                    "unknown evidence " + e.getClass().getName());
        }
    }

    private static List<Cell> row(String name, Period period, Cell value) {
        return List.of(Cell.text(name), Cell.text(period.code()), value);
    }

    /** Returns an indicator's label, or its id when the evaluation does not know it. */
    private String indicatorName(String indicator) {
        return data.definition(indicator) != null ? data.label(indicator) : indicator;
    }

    /** Returns the label of a breakdown category of {@code indicator}. */
    String category(String indicator, String category) {
        IndicatorDefinition def = data.definition(indicator);
        String prefix =
                def == null || def.breakdown() == null ? "" : def.breakdown().dimension();
        return data.texts.labelOrCode(prefix, category);
    }

    /** Returns an indicator's value from the evaluation where it holds it (suppressed there, suppressed here). */
    private Cell indicatorValue(String indicator, Period period, Value value, Scope scope) {
        if (data.definition(indicator) == null) {
            return data.cell(value, null);
        }
        if (data.row(scope, period, indicator) != null) {
            return data.cell(scope, period, indicator);
        }
        return data.guarded(indicator, value);
    }

    private Cell partValue(Evidence.PartValue v, Scope scope) {
        if (data.row(scope, v.period(), v.indicator()) != null) {
            return data.partCell(scope, v.period(), v.indicator(), v.category());
        }
        return data.guarded(v.indicator(), v.value());
    }

    private String quantityName(Evidence.Quantity.Kind kind) {
        String key = "evidence." + kind.id();
        return data.texts.has(key) ? data.texts.get(key) : indicatorName(kind.id());
    }

    private Cell quantityValue(Evidence.Quantity v) {
        return v.kind().isPercent() ? percent(v.value()) : data.cell(v.value(), null);
    }

    private Cell percent(Value value) {
        return value instanceof Value.Defined d ? data.percent(d.number()) : data.cell(value, null);
    }

    /**
     * Returns the first suppressed value among {@code inputs} of a derived evidence, or null: an
     * attainment would give back its suppressed actual (attainment × target / 100), a share its
     * suppressed numerator or denominator.
     */
    private Value.Undefined withheld(Scope scope, Period period, List<String> inputs) {
        for (String id : inputs) {
            if (data.value(scope, period, id) instanceof Value.Undefined u && data.isSuppressed(u)) {
                return u;
            }
        }
        return null;
    }

    /**
     * Returns the cells of a data-quality finding after its quarter and kind: deliveries in the
     * quarter, the quantity that triggered it, its value, the threshold and the day (bulk dating).
     */
    List<Cell> dataQualityCells(DataQualityFinding f) {
        Cell count = Cell.empty();
        String what = "";
        Cell value = Cell.empty();
        Cell threshold = Cell.empty();
        String previous = "";
        for (Evidence e : f.numbers()) {
            if (e instanceof Evidence.Threshold t) {
                threshold = data.percent(t.percent());
            } else if (e instanceof Evidence.Quantity q && q.kind() == Evidence.Quantity.Kind.DELIVERIES) {
                if (q.period().equals(f.quarter())) {
                    count = data.cell(q.value(), null);
                } else {
                    previous = " ("
                            + data.texts.get(
                                    "dataQuality.previous",
                                    q.period().code(),
                                    q.value()
                                            .asNumber()
                                            .map(BigDecimal::toPlainString)
                                            .orElse("–"))
                            + ")";
                }
            } else if (e instanceof Evidence.Quantity q) {
                what = quantityName(q.kind());
                value = quantityValue(q);
            } else {
                throw new IllegalArgumentException("unexpected evidence of a data-quality finding: " + e);
            }
        }
        if (f.kind() == DataQualityFinding.Kind.JUMP) {
            what = what + previous;
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(count);
        cells.add(Cell.text(what));
        cells.add(value);
        cells.add(threshold);
        cells.add(f.dayIfAny().<Cell>map(Cell::date).orElse(Cell.empty()));
        return cells;
    }
}
