package org.hor.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.PluginProblem;
import org.hor.indicators.ProviderInfo;

/**
 * One run of a plugin through the host, from {@link PluginTestKit#run}: its values, failures and
 * loading problems, with assertions that throw {@link AssertionError} with a clear message.
 * Immutable.
 */
public final class PluginRun {
    private static final int MAX_LISTED = 10;

    private final IndicatorProvider provider;
    private final Catalogue catalogue;
    private final Evaluation evaluation;
    private final Dataset dataset;
    private final EvaluationOptions options;
    private final Set<String> ids;

    PluginRun(
            IndicatorProvider provider,
            Catalogue catalogue,
            Evaluation evaluation,
            Dataset dataset,
            EvaluationOptions options) {
        this.provider = provider;
        this.catalogue = catalogue;
        this.evaluation = evaluation;
        this.dataset = dataset;
        this.options = options;
        List<String> own = new ArrayList<>();
        List<ProviderInfo> infos = catalogue.providerInfos();
        for (int k = 0; k < infos.size(); k++) {
            if (catalogue.providers().get(k) == provider) {
                own.addAll(infos.get(k).indicatorIds());
            }
        }
        this.ids = Set.copyOf(own);
    }

    /**
     * Returns the whole evaluation: the standard indicators and the plugin's.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return evaluation;
    }

    /**
     * Returns the catalogue the host loaded.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns what the host found wrong while loading the plugin (empty when nothing).
     *
     * @return the problems, empty when there are none
     */
    public List<PluginProblem> problems() {
        return catalogue.problems();
    }

    /**
     * Returns the definitions of the plugin's indicators that the host kept, in catalogue order.
     *
     * @return the plugin's indicator definitions
     */
    public List<IndicatorDefinition> indicators() {
        return catalogue.definitions().stream()
                .filter(d -> ids.contains(d.id()))
                .toList();
    }

    /**
     * Returns the plugin's failed values, in output order.
     *
     * @return the failures of the plugin's indicators
     */
    public List<Evaluation.Failure> failures() {
        return evaluation.failures().stream()
                .filter(f -> ids.contains(f.indicatorId()))
                .toList();
    }

    /**
     * Returns the value of an indicator.
     *
     * @param scope     a scope id such as {@code site:S-A} or {@code programme}
     * @param period    a period id such as {@code 2024} or {@code 2024-Q1}
     * @param indicator an indicator id
     * @return the value
     * @throws AssertionError if the evaluation has no such value
     */
    public Value value(String scope, String period, String indicator) {
        return row(scope, period, indicator).value();
    }

    /**
     * Returns the defined number of an indicator.
     *
     * @param scope a scope id such as {@code site:S-A} or {@code programme}
     * @param period a period id such as {@code 2024} or {@code 2024-Q1}
     * @param indicator an indicator id
     * @return the number
     * @throws AssertionError if the evaluation has no such value or it is undefined
     */
    public BigDecimal number(String scope, String period, String indicator) {
        Value v = value(scope, period, indicator);
        if (v instanceof Value.Undefined u) {
            throw new AssertionError(indicator + " for " + scope + " " + period + " is undefined (" + u.reason()
                    + (u.message().isEmpty() ? "" : ": " + u.message()) + "), not a number");
        }
        return ((Value.Defined) v).number();
    }

    /**
     * Returns the breakdown parts of an indicator, by category in order (empty without a breakdown).
     *
     * @param scope a scope id such as {@code site:S-A} or {@code programme}
     * @param period a period id such as {@code 2024} or {@code 2024-Q1}
     * @param indicator an indicator id
     * @return the parts by category, in breakdown order
     * @throws AssertionError if the evaluation has no such value
     */
    public Map<String, Value> parts(String scope, String period, String indicator) {
        return row(scope, period, indicator).parts();
    }

    /**
     * Asserts that an indicator's value is the number {@code expected} (compared as numbers: {@code 2}
     * equals {@code 2.00}).
     *
     * @param scope a scope id such as {@code site:S-A} or {@code programme}
     * @param period a period id such as {@code 2024} or {@code 2024-Q1}
     * @param indicator an indicator id
     * @param expected the expected number, such as {@code 12.5}
     * @return this run
     * @throws AssertionError if it is not
     */
    public PluginRun assertValue(String scope, String period, String indicator, String expected) {
        BigDecimal actual = number(scope, period, indicator);
        if (actual.compareTo(new BigDecimal(expected)) != 0) {
            throw new AssertionError(indicator + " for " + scope + " " + period + ": expected " + expected + " but was "
                    + actual.toPlainString());
        }
        return this;
    }

    /**
     * Asserts that an indicator's value is undefined with {@code reason}.
     *
     * @param scope a scope id such as {@code site:S-A} or {@code programme}
     * @param period a period id such as {@code 2024} or {@code 2024-Q1}
     * @param indicator an indicator id
     * @param reason the expected reason
     * @return this run
     * @throws AssertionError if it is not
     */
    public PluginRun assertUndefined(String scope, String period, String indicator, Reason reason) {
        Value v = value(scope, period, indicator);
        if (!(v instanceof Value.Undefined u) || u.reason() != reason) {
            throw new AssertionError(indicator + " for " + scope + " " + period + ": expected undefined (" + reason
                    + ") but was " + describe(v));
        }
        return this;
    }

    /**
     * Asserts the plugin contract: the host loaded it without problems (a valid provider id, definitions
     * with an id in the grammar of spec 02 outside the standard catalogue's namespaces, labels and
     * definitions in German and English, no duplicate ids), it contributes at least one indicator,
     * none of its values FAILED (it threw, returned null, ran past its time budget, or returned
     * parts that do not match its breakdown or add up to the total, a fraction for an integer
     * indicator, SUPPRESSED), and a second run on a fresh engine gives the same values
     * (deterministic).
     *
     * @return this run
     * @throws AssertionError listing every breach
     */
    public PluginRun assertContract() {
        List<String> breaches = new ArrayList<>();
        for (PluginProblem p : problems()) {
            breaches.add("loading: " + p);
        }
        if (ids.isEmpty()) {
            breaches.add("the provider '" + safeId() + "' contributes no indicator to the catalogue");
        }
        List<Evaluation.Failure> failures = failures();
        for (int k = 0; k < Math.min(MAX_LISTED, failures.size()); k++) {
            breaches.add("FAILED: " + failures.get(k));
        }
        if (failures.size() > MAX_LISTED) {
            breaches.add("… and " + (failures.size() - MAX_LISTED) + " more FAILED values");
        }
        if (breaches.isEmpty()) {
            Catalogue again = PluginTestKit.catalogue(provider);
            List<Evaluation.Row> second =
                    own(Engine.create(dataset, again).evaluate(options).rows());
            List<Evaluation.Row> first = own(evaluation.rows());
            if (!first.equals(second)) {
                for (int k = 0; k < Math.min(first.size(), second.size()); k++) {
                    if (!first.get(k).equals(second.get(k))) {
                        Evaluation.Row a = first.get(k);
                        breaches.add("not deterministic: " + a.indicator().id() + " for " + a.scope() + " " + a.period()
                                + " was " + describe(a.value()) + " in the first run and "
                                + describe(second.get(k).value())
                                + " in the second");
                        break;
                    }
                }
                if (breaches.isEmpty()) {
                    breaches.add("not deterministic: the two runs have " + first.size() + " and " + second.size()
                            + " values");
                }
            }
        }
        if (!breaches.isEmpty()) {
            throw new AssertionError(
                    "plugin '" + safeId() + "' breaks the plugin contract:\n  " + String.join("\n  ", breaches));
        }
        return this;
    }

    private List<Evaluation.Row> own(List<Evaluation.Row> rows) {
        return rows.stream().filter(r -> ids.contains(r.indicator().id())).toList();
    }

    private Evaluation.Row row(String scope, String period, String indicator) {
        Scope s = Scope.parse(scope);
        Period p = Period.parse(period);
        for (Evaluation.Row r : evaluation.rows()) {
            if (r.scope().equals(s)
                    && r.period().equals(p)
                    && r.indicator().id().equals(indicator)) {
                return r;
            }
        }
        throw new AssertionError("the evaluation has no value of " + indicator + " for " + scope + " " + period
                + (catalogue.definition(indicator).isEmpty()
                        ? " (the catalogue has no such indicator; problems: " + problems() + ")"
                        : " (is the period covered by the evaluation options and the sites' activity?)"));
    }

    private String safeId() {
        try {
            return provider.id();
        } catch (RuntimeException e) {
            return provider.getClass().getName();
        }
    }

    private static String describe(Value v) {
        return v instanceof Value.Defined d
                ? d.number().toPlainString()
                : "undefined (" + ((Value.Undefined) v).reason() + ")";
    }
}
