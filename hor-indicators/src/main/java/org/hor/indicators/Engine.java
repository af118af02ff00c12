package org.hor.indicators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hor.core.io.ProgressListener;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.Target;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.internal.DatasetIndex;
import org.hor.indicators.internal.HostContext;
import org.hor.indicators.internal.Kernels;
import org.hor.indicators.internal.TargetMath;

/**
 * The indicator engine: indexes a dataset once and evaluates a {@link Catalogue} of indicators for
 * any scope and period, in bulk ({@link #evaluate}) or on demand ({@link #result}, {@link #value},
 * {@link #parts}, {@link #targets}, {@link #explain}).
 *
 * <pre>{@code
 * Engine engine = Engine.create(dataset);
 * Evaluation all = engine.evaluate(EvaluationOptions.defaults());
 * Value reach = engine.value(Scope.parse("site:S-A"), Period.parse("2024"), "reach.organisations");
 * }</pre>
 *
 * <p>Every call into an indicator is guarded: an exception becomes a {@link Reason#FAILED} value
 * tagged with the provider's id ({@code "acme: …"}), and the others go on. Standard indicators run
 * inline. A plugin indicator runs on a daemon worker thread named {@code hor-plugin-<providerId>}
 * with a time budget ({@link #DEFAULT_PLUGIN_TIMEOUT}, see {@link #withPluginTimeout}) per call (one
 * indicator, scope and period); its result must keep the contract of
 * {@link Indicator#compute} (not null, the breakdown's categories, parts that add up to a defined
 * total, integers for an {@code INTEGER} indicator, numbers of at most 30 digits before and 100
 * after the decimal point, no {@code SUPPRESSED}) or it becomes
 * {@code FAILED} with the reason. A call past the budget is interrupted and the indicator is not
 * called again in the run (each later value is {@code FAILED}, "timed out earlier"); a thread that
 * ignores the interrupt is abandoned (renamed {@code hor-plugin-<providerId>-abandoned}; a daemon).
 * Every other plugin thread has ended when {@link #evaluate} returns. An {@link OutOfMemoryError} is
 * never swallowed; any other {@link Error} of a plugin ({@link StackOverflowError},
 * {@link LinkageError}, …) fails only its value. {@link Evaluation#failures()} lists the
 * failed values. Thread-safe. The dataset must have passed validation.
 */
public final class Engine {
    private static final String HOST_VERSION = Optional.ofNullable(Engine.class.getPackage())
            .map(Package::getImplementationVersion)
            .orElse("DEVELOPMENT");

    private final Dataset dataset;
    private final Catalogue catalogue;
    private final Kernels kernels;
    private final IndicatorCalls calls;
    private final SiteTargets targets;
    private final Duration pluginTimeout;
    /** Plugin indicators that timed out in an on-demand call: not called again by this engine. */
    private final Map<String, String> timedOutOnDemand = new ConcurrentHashMap<>();

    /** The time budget of one plugin indicator call: 2 seconds. */
    public static final Duration DEFAULT_PLUGIN_TIMEOUT = Duration.ofSeconds(2);

    private Engine(Engine base, Duration pluginTimeout) {
        this.dataset = base.dataset;
        this.catalogue = base.catalogue;
        this.kernels = base.kernels;
        this.calls = base.calls;
        this.targets = base.targets;
        this.pluginTimeout = pluginTimeout;
    }

    private Engine(Dataset dataset, Catalogue catalogue) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.pluginTimeout = DEFAULT_PLUGIN_TIMEOUT;
        this.kernels = new Kernels(new DatasetIndex(dataset));
        this.calls = new IndicatorCalls(catalogue, new HostContext(kernels, HOST_VERSION));
        this.targets = new SiteTargets(dataset, catalogue);
    }

    /**
     * {@return an engine for {@code dataset} with the standard catalogue}
     *
     * @param dataset the dataset
     * @throws IllegalArgumentException if a reference of the dataset does not resolve
     */
    public static Engine create(Dataset dataset) {
        return new Engine(dataset, Catalogue.standard());
    }

    /**
     * {@return an engine for {@code dataset} with {@code catalogue}}
     *
     * @param dataset the dataset
     * @param catalogue the catalogue
     * @throws IllegalArgumentException if a reference of the dataset does not resolve, or a target
     *                                  names an indicator the catalogue does not have
     */
    public static Engine create(Dataset dataset, Catalogue catalogue) {
        return new Engine(dataset, catalogue);
    }

    /**
     * {@return an engine for {@code dataset} with the indicators of exactly {@code providers}}
     *
     * @param dataset the dataset
     * @param providers the providers
     * @throws IllegalArgumentException see {@link Catalogue#of(List)} and {@link #create(Dataset, Catalogue)}
     */
    public static Engine create(Dataset dataset, List<? extends IndicatorProvider> providers) {
        return new Engine(dataset, Catalogue.of(providers));
    }

    /**
     * {@return an engine like this one (sharing its index) whose plugin indicator calls each have
     * {@code timeout} as their time budget}
     *
     * @param timeout the time budget of a plugin's call
     * @throws NullPointerException     if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Engine withPluginTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a plugin timeout must be positive: " + timeout);
        }
        return new Engine(this, timeout);
    }

    /** {@return the time budget of one plugin indicator call} */
    public Duration pluginTimeout() {
        return pluginTimeout;
    }

    /** {@return the dataset} */
    public Dataset dataset() {
        return dataset;
    }

    /** {@return the indicator definitions in catalogue order} */
    public List<IndicatorDefinition> catalogue() {
        return catalogue.definitions();
    }

    /** {@return the providers of the catalogue, the standard catalogue first} */
    public List<IndicatorProvider> providers() {
        return catalogue.providers();
    }

    // ---------------------------------------------------------------- coverage

    /**
     * {@return the scopes of {@code kinds} that exist, in output order: sites by id, then the carrier
     * type, coverage and state groups that at least one site has (in the order of spec 01, states by
     * code), then the programme}
     *
     * @param kinds the scope kinds
     */
    public List<Scope> scopes(Set<ScopeKind> kinds) {
        return ScopesAndPeriods.scopes(dataset.sites(), kinds);
    }

    /**
     * {@return the periods {@code scope} gets under {@code options}, in output order: the periods of
     * the asked types that are not future and on one of whose days a site of the scope is active;
     * for a site scope also the (not future) periods of its targets, whatever their type; all within
     * the options' range}
     *
     * @param scope the scope
     * @param options the options
     * @throws IllegalArgumentException if no site belongs to the scope
     */
    public List<Period> periods(Scope scope, EvaluationOptions options) {
        return ScopesAndPeriods.periods(kernels, targets, dataset.asOf(), scope, options);
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * Evaluates with {@link EvaluationOptions#defaults()}.
     *
     * @return the evaluation
     */
    public Evaluation evaluate() {
        return evaluate(EvaluationOptions.defaults());
    }

    /**
     * Evaluates every indicator for every scope and period that {@code options} cover, in the order
     * of spec 02: scopes (see {@link #scopes}), within a scope periods (see {@link #periods}), within a
     * period indicators in catalogue order.
     *
     * <p>The standard indicators of the scopes are evaluated in parallel on the common fork-join pool
     * and their rows joined in scope order, so the result does not depend on the number of threads.
     * Plugin indicators are then called one at a time in output order (a plugin need not be
     * thread-safe, and a failing or slow plugin fails at the same place in every run).
     *
     * @param options the options
     * @return the evaluation
     */
    public Evaluation evaluate(EvaluationOptions options) {
        return evaluate(options, ProgressListener.NONE);
    }

    /**
     * Evaluates like {@link #evaluate(EvaluationOptions)} and tells {@code progress} how far it has
     * come (task {@code "evaluate"}; units are the deliveries of the scopes, counted once per period
     * type, so the programme weighs as much as all its sites together).
     *
     * @param options the options
     * @param progress told how far the evaluation has come
     * @return the evaluation
     * @throws NullPointerException if an argument is null
     */
    public Evaluation evaluate(EvaluationOptions options, ProgressListener progress) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        List<Scope> scopes = scopes(options.scopeKinds());
        long[] weight = new long[scopes.size()];
        long total = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = kernels.weight(scopes.get(i)) * options.periodTypes().size();
            total += weight[i];
        }
        long all = total;
        long[] done = new long[1];
        // the standard indicators of each scope in parallel; every plugin call afterwards, in output
        // order on this thread, so which call meets a plugin's failure or time-out first is the same
        // in every run and the output does not depend on thread scheduling
        List<ScopeRows> perScope = java.util.stream.IntStream.range(0, scopes.size())
                .parallel()
                .mapToObj(i -> {
                    ScopeRows r = standardRows(scopes.get(i), options);
                    synchronized (done) { // one call at a time, done increasing
                        done[0] += weight[i];
                        progress.progress("evaluate", done[0], all);
                    }
                    return r;
                })
                .toList();
        kernels.forgetSitePasses();
        int rowCount = 0;
        for (ScopeRows r : perScope) {
            rowCount += r.rows().length;
        }
        List<Evaluation.Row> rows = new ArrayList<>(rowCount);
        // one guard for the run: its plugin worker threads have all ended when evaluate returns
        try (PluginGuard guard = new PluginGuard(pluginTimeout, new ConcurrentHashMap<>())) {
            for (ScopeRows r : perScope) {
                rows(r, guard, rows);
            }
        }
        return new Evaluation(dataset.asOf(), catalogue.definitions(), rows);
    }

    /**
     * A scope's periods and its rows, period-major then in catalogue order, those of the standard
     * indicators made (null for plugins').
     */
    private record ScopeRows(Scope scope, List<Period> periods, Evaluation.Row[] rows) {}

    /**
     * Makes the rows of the standard indicators of one scope. They are made here, on the parallel
     * workers, rather than after them: the results then die young instead of waiting for all scopes
     * (and being copied by every collection meanwhile), and no sequential step remains for a
     * catalogue without plugins.
     */
    private ScopeRows standardRows(Scope scope, EvaluationOptions options) {
        List<Period> periods = periods(scope, options);
        List<Indicator> indicators = catalogue.indicators();
        int n = indicators.size();
        Evaluation.Row[] rows = new Evaluation.Row[periods.size() * n];
        boolean targets = this.targets.has(scope);
        for (int pi = 0; pi < periods.size(); pi++) {
            Period period = periods.get(pi);
            for (int k = 0; k < n; k++) {
                if (Catalogue.isInline(catalogue.owner(k))) {
                    rows[pi * n + k] = row(scope, period, k, calls.compute(k, scope, period, null), targets);
                }
            }
        }
        return new ScopeRows(scope, periods, rows);
    }

    /** Adds the rows of one scope in output order, computing the plugins' values now, one at a time. */
    private void rows(ScopeRows sr, PluginGuard guard, List<Evaluation.Row> rows) {
        Scope scope = sr.scope();
        int n = catalogue.indicators().size();
        boolean targets = this.targets.has(scope);
        Evaluation.Row[] made = sr.rows();
        for (int i = 0; i < made.length; i++) {
            Evaluation.Row row = made[i];
            if (row == null) {
                Period period = sr.periods().get(i / n);
                row = row(scope, period, i % n, calls.compute(i % n, scope, period, guard), targets);
            }
            rows.add(row);
        }
    }

    /** Makes the row of catalogue entry {@code k} with result {@code r}, and its target's result if any. */
    private Evaluation.Row row(Scope scope, Period period, int k, Result r, boolean targets) {
        IndicatorDefinition def = catalogue.indicators().get(k).definition();
        TargetResult target =
                targets ? this.targets.result(scope.value(), def, period, r.value(), dataset.asOf()) : null;
        return new Evaluation.Row(scope, period, def, r.value(), r.parts(), target);
    }

    /**
     * Computes indicator {@code indicatorId} for {@code scope} and {@code period} (any period, also a
     * custom range, that is not future).
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @return the result
     * @throws IllegalArgumentException if the indicator is unknown, no site belongs to the scope, or
     *                                  the period is future
     */
    public Result result(Scope scope, Period period, String indicatorId) {
        int k = check(scope, period, indicatorId);
        try (PluginGuard guard = onDemandGuard()) {
            return calls.compute(k, scope, period, guard);
        }
    }

    /**
     * {@return the value of indicator {@code indicatorId} for {@code scope} and {@code period}}
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @throws IllegalArgumentException see {@link #result}
     */
    public Value value(Scope scope, Period period, String indicatorId) {
        return result(scope, period, indicatorId).value();
    }

    /**
     * {@return the value of indicator {@code indicatorId} for {@code scope} and {@code period}, with
     * {@code previous} as the previous period prev(p)} Only {@code retention.share} looks at prev(p);
     * spec 03 §6 needs this for operating years, whose previous period is the operating year before,
     * which differs from {@link Period#previous()} where a 29 February lies in one of them.
     *
     * @param scope the scope
     * @param period the period
     * @param previous the period before it, as spec 02 defines it
     * @param indicatorId the indicator's id
     * @throws IllegalArgumentException see {@link #result}
     */
    public Value value(Scope scope, Period period, Period previous, String indicatorId) {
        Objects.requireNonNull(previous, "previous");
        if (!indicatorId.equals("retention.share") || previous.equals(period.previous())) {
            return value(scope, period, indicatorId);
        }
        check(scope, period, indicatorId);
        return kernels.retentionShare(scope, period, previous);
    }

    /**
     * Checks an on-demand request and returns the indicator's catalogue position.
     *
     * @throws IllegalArgumentException if the indicator is unknown, no site belongs to the scope, or
     *                                  the period is future
     */
    private int check(Scope scope, Period period, String indicatorId) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        int k = catalogue.position(indicatorId);
        kernels.sites(scope);
        if (period.isFuture(dataset.asOf())) {
            throw new IllegalArgumentException(
                    "a future period is never evaluated: " + period + " starts after asOf " + dataset.asOf());
        }
        return k;
    }

    /**
     * {@return the breakdown parts of indicator {@code indicatorId} for {@code scope} and
     * {@code period}, by category in the breakdown's order (empty without a breakdown)}
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @throws IllegalArgumentException see {@link #result}
     */
    public Map<String, Value> parts(Scope scope, Period period, String indicatorId) {
        return result(scope, period, indicatorId).parts();
    }

    /**
     * {@return the results of the targets of site {@code siteId} whose period is not future, ordered by
     * period (output order) then catalogue order}
     *
     * @param siteId the site's id
     * @throws IllegalArgumentException if there is no such site
     */
    public List<TargetResult> targets(String siteId) {
        Scope scope = Scope.site(siteId);
        kernels.sites(scope);
        List<Target> targets = this.targets.due(siteId, dataset.asOf(), catalogue);
        List<TargetResult> results = new ArrayList<>();
        try (PluginGuard guard = onDemandGuard()) {
            for (Target t : targets) {
                Period p = Period.parse(t.period());
                int k = catalogue.position(t.indicator());
                Value actual = calls.compute(k, scope, p, guard).value();
                results.add(TargetMath.evaluate(
                        siteId, catalogue.indicators().get(k).definition(), p, t.value(), actual, dataset.asOf()));
            }
        }
        return List.copyOf(results);
    }

    /**
     * Explains one value: the definition, the formula with the numbers filled in, and the ids of the
     * contributing records (the first {@value Explanation#MAX_RECORDS}, and their count), as the
     * indicator gives them ({@link Indicator#explain}); a plugin's formula is prefixed with the plugin's
     * id and version, and a plugin that does not explain gives only the value.
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @return the explanation
     * @throws IllegalArgumentException see {@link #result}
     */
    public Explanation explain(Scope scope, Period period, String indicatorId) {
        Result r = result(scope, period, indicatorId);
        return calls.explain(catalogue.position(indicatorId), scope, period, r);
    }

    /**
     * {@return how disclosure control treats indicator {@code indicatorId}, when its indicator declares
     * it ({@link DisclosureBasis}, as the indicators of indicator files do); {@link DisclosureBasis.Kind#NONE}
     * otherwise, the standard indicators included (their table is {@link org.hor.indicators.standard.Denominator})}
     *
     * @param indicatorId the indicator's id
     * @throws IllegalArgumentException if the indicator is unknown
     */
    public DisclosureBasis.Kind disclosure(String indicatorId) {
        Indicator i = catalogue.indicators().get(catalogue.position(indicatorId));
        if (i instanceof DisclosureBasis b) {
            DisclosureBasis.Kind kind = b.disclosure();
            return kind == null ? DisclosureBasis.Kind.NONE : kind;
        }
        return DisclosureBasis.Kind.NONE;
    }

    /**
     * {@return the count of organisations the value of indicator {@code indicatorId} for {@code scope}
     * and {@code period} rests on, when its {@link #disclosure} is {@link DisclosureBasis.Kind#ORGANISATIONS};
     * undefined otherwise}
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @throws IllegalArgumentException see {@link #result}
     */
    public Value disclosureCount(Scope scope, Period period, String indicatorId) {
        int k = check(scope, period, indicatorId);
        Indicator i = catalogue.indicators().get(k);
        if (i instanceof DisclosureBasis b
                && b.disclosure() == DisclosureBasis.Kind.ORGANISATIONS
                && i.definition().appliesTo(period.type())) {
            return b.organisations(calls.context(), scope, period);
        }
        return Value.undefined(Reason.NOT_APPLICABLE);
    }

    /**
     * Explains one value as {@link #explain} does, but returns the indicator's own {@link org.hor.core.spi.Trace} with
     * the ids of <em>all</em> contributing records (no cut after {@value Explanation#MAX_RECORDS}), for
     * callers that match them against other records ({@code hor diff}'s causes). A plugin's trace is
     * not prefixed.
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @return the trace with every contributing record
     * @throws IllegalArgumentException see {@link #result}
     */
    public org.hor.core.spi.Trace trace(Scope scope, Period period, String indicatorId) {
        Result r = result(scope, period, indicatorId);
        return calls.trace(catalogue.position(indicatorId), scope, period, r);
    }

    private PluginGuard onDemandGuard() {
        return new PluginGuard(pluginTimeout, timedOutOnDemand);
    }
}
