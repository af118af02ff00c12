package org.hor.report.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.Evidence;
import org.hor.report.document.Cell;

/**
 * Names and values of the evidence the findings carry, for readers: indicator ids become labels,
 * breakdown parts name their category, derived quantities get their own text; values of indicators
 * come from the (possibly suppressed) evaluation where it holds them.
 */
final class EvidenceText {

    private final ReportData data;

    EvidenceText(ReportData data) {
        this.data = data;
    }

    /** Returns the reader's name of an evidence. */
    String name(Evidence e) {
        String n = e.name();
        int bracket = n.indexOf('[');
        if (bracket > 0 && n.endsWith("]")) {
            String indicator = n.substring(0, bracket);
            return data.label(indicator) + " – " + category(indicator, n.substring(bracket + 1, n.length() - 1));
        }
        if (n.startsWith("target(") && n.endsWith(")")) {
            return data.texts.get("evidence.target.of", data.label(inner(n)));
        }
        if (n.startsWith("attainment(") && n.endsWith(")")) {
            return data.texts.get("evidence.attainment.of", data.label(inner(n)));
        }
        if (data.definition(n) != null) {
            return data.label(n);
        }
        if (data.texts.has("evidence." + n)) {
            return data.texts.get("evidence." + n);
        }
        if (n.endsWith(".share") && data.definition(n.substring(0, n.length() - 6)) != null) {
            return data.texts.get("evidence.share.of", data.label(n.substring(0, n.length() - 6)));
        }
        return n;
    }

    /** Returns the label of a breakdown category of {@code indicator}. */
    String category(String indicator, String category) {
        IndicatorDefinition def = data.definition(indicator);
        String prefix = def == null || def.breakdown() == null ? "" : def.breakdown().dimension();
        return data.texts.labelOrCode(prefix, category);
    }

    /** Returns the value of an evidence about {@code scope} as a cell. */
    Cell value(Evidence e, Scope scope) {
        String n = e.name();
        int bracket = n.indexOf('[');
        if (bracket > 0 && n.endsWith("]") && e.period() != null) {
            String indicator = n.substring(0, bracket);
            Evaluation.Row row = data.row(scope, e.period(), indicator);
            if (row != null) {
                return data.partCell(scope, e.period(), indicator, n.substring(bracket + 1, n.length() - 1));
            }
            return data.guarded(indicator, e.value());
        }
        if (data.definition(n) != null) {
            if (e.period() != null && data.row(scope, e.period(), n) != null) {
                return data.cell(scope, e.period(), n);
            }
            return data.guarded(n, e.value());
        }
        if (n.startsWith("target(")) {
            IndicatorDefinition def = data.definition(inner(n));
            return data.cell(e.value(), def);
        }
        Value.Undefined withheld = withheldInput(n, e, scope);
        if (withheld != null) {
            return data.undefined(withheld);
        }
        if (n.equals("threshold") || n.startsWith("attainment(") || n.endsWith(".share") || n.endsWith(".change")) {
            return e.value() instanceof Value.Defined d ? Cell.percent(d.number()) : data.cell(e.value(), null);
        }
        return data.cell(e.value(), null);
    }

    /**
     * Returns the suppressed input of a derived evidence, or null: an attainment would give back its
     * suppressed actual (attainment × target / 100), a share of new organisations its suppressed
     * numerator or denominator (share × reach / 100).
     */
    private Value.Undefined withheldInput(String n, Evidence e, Scope scope) {
        if (e.period() == null) {
            return null;
        }
        List<String> inputs = new ArrayList<>();
        if (n.startsWith("attainment(") && n.endsWith(")")) {
            inputs.add(inner(n));
        } else if (n.endsWith(".share") && data.definition(n.substring(0, n.length() - 6)) != null) {
            String base = n.substring(0, n.length() - 6);
            inputs.add(base);
            if (base.startsWith("reach.organisations.")) {
                inputs.add("reach.organisations");
            }
        }
        for (String id : inputs) {
            if (data.value(scope, e.period(), id) instanceof Value.Undefined u && data.isSuppressed(u)) {
                return u;
            }
        }
        return null;
    }

    /** Returns the period of an evidence, or empty for a threshold. */
    Cell period(Evidence e) {
        return e.period() == null ? Cell.empty() : Cell.text(e.period().code());
    }

    private static String inner(String n) {
        return n.substring(n.indexOf('(') + 1, n.length() - 1);
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
        for (Evidence e : f.numbers()) {
            if (e.name().equals("deliveries.count") && f.quarter().equals(e.period())) {
                count = data.cell(e.value(), null);
            } else if (e.name().equals("threshold")) {
                threshold = value(e, Scope.site(f.siteId()));
            } else if (!e.name().equals("deliveries.count")) {
                what = name(e);
                value = value(e, Scope.site(f.siteId()));
            }
        }
        if (f.kind() == DataQualityFinding.Kind.JUMP) {
            for (Evidence e : f.numbers()) {
                if (e.name().equals("deliveries.count") && !f.quarter().equals(e.period())) {
                    what = what + " (" + data.texts.get("dataQuality.previous", e.period().code(),
                            e.value().asNumber().map(BigDecimal::toPlainString).orElse("–")) + ")";
                }
            }
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
