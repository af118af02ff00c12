package org.hor.indicators.files.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hor.core.model.Period;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Trace;
import org.hor.core.spi.Value;
import org.hor.indicators.DisclosureBasis;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.Filter;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;
import org.hor.indicators.internal.HostContext;
import org.hor.indicators.internal.IndexColumns;
import org.hor.indicators.internal.Kernels;
import org.hor.indicators.internal.ScopeSites;

/**
 * One indicator of an indicator file, evaluated as spec 05 says: {@code sites} and {@code periods}
 * give {@code NOT_APPLICABLE} (the host checks the period type), the expression is evaluated over the
 * scope's records (a group's records together), and an undefined operand makes a share or ratio
 * undefined with the first reason in spec 02's order. Values are exact; the writers round them by the
 * expression's number style.
 */
final class EvaluatedIndicator implements Indicator, DisclosureBasis {
    private final FileProvider provider;
    private final FileIndicator source;
    private final FileProvider.Numbered compute;
    private final IndicatorDefinition definition;

    EvaluatedIndicator(FileProvider provider, FileIndicator source, FileProvider.Numbered compute) {
        this.provider = provider;
        this.source = source;
        this.compute = compute;
        Expression e = source.compute();
        this.definition = new IndicatorDefinition(
                source.id(),
                source.label(),
                source.definition(),
                source.unit(),
                source.level(),
                source.direction(),
                e.accrual(),
                source.periods(),
                null,
                e.numberStyle());
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** The evaluation of one scope and period: the compiled leaves, the scope's sites and days. */
    private record Frame(Compiled compiled, Scope scope, int[] sites, boolean[] mask, int first, int last, int ref) {}

    private Frame frame(EvaluationContext ctx, Scope scope, Period period) {
        if (!(ctx instanceof HostContext host)) {
            throw new IllegalStateException("indicator files need the hor engine as host (got the context "
                    + ctx.getClass().getName() + ")");
        }
        Kernels k = host.kernels();
        ScopeSites ss = k.sites(scope);
        return new Frame(
                provider.compiled(k),
                scope,
                ss.sites(),
                ss.mask(),
                IndexColumns.day(period.first()),
                IndexColumns.day(period.last()),
                IndexColumns.day(period.referenceDay(ctx.asOf())));
    }

    /** Returns whether {@code sites} (when the file names any) excludes the scope. */
    private boolean excluded(Frame f) {
        if (source.sites().isEmpty()) {
            return false;
        }
        for (String id : source.sites()) {
            int s = f.compiled.cols.index().siteNumber(id);
            if (s >= 0 && f.mask[s]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Result compute(EvaluationContext ctx, Scope scope, Period period) {
        if (!definition.appliesTo(period.type())) {
            return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
        }
        Frame f = frame(ctx, scope, period);
        if (excluded(f)) {
            return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
        }
        Value[] pass = f.compiled.deliveryLeaves.length == 0
                ? null
                : provider.deliveryPass(f.compiled, scope, f.sites, f.first, f.last);
        return Result.of(evaluate(compute, f, pass, null, null));
    }

    /**
     * Evaluates {@code e}; leaves over deliveries are read from {@code pass} when given, else computed
     * the plain way (adding their contributing records to {@code records} and their numbers to
     * {@code formula} when given).
     */
    private Value evaluate(
            FileProvider.Numbered e, Frame f, Value[] pass, List<Contribution> records, StringBuilder formula) {
        if (e.leaf() >= 0) {
            Leaf leaf = f.compiled.leaves[e.leaf()];
            Value v;
            if (pass != null && leaf.from() == RecordSet.DELIVERIES) {
                v = pass[e.leaf()];
            } else {
                List<Integer> recs = records == null ? null : new ArrayList<>();
                v = f.compiled.leaf(e.leaf(), f.sites, f.first, f.last, f.ref, recs);
                if (recs != null) {
                    recs.forEach(r -> records.add(new Contribution(leaf.from(), r)));
                }
            }
            if (formula != null) {
                formula.append(describe(e.expression()))
                        .append(" = ")
                        .append(show(v, e.expression().numberStyle()));
            }
            return v;
        }
        boolean share = e.expression() instanceof Expression.Share;
        StringBuilder left = formula == null ? null : new StringBuilder();
        StringBuilder right = formula == null ? null : new StringBuilder();
        Value a = evaluate(e.operands().get(0), f, pass, records, left);
        Value b = evaluate(e.operands().get(1), f, pass, records, right);
        Value v = combine(share, a, b);
        if (formula != null) {
            formula.append(share ? "100 × [" : "[")
                    .append(left)
                    .append("] / [")
                    .append(right)
                    .append("] = ")
                    .append(show(v, NumberStyle.DECIMAL));
        }
        return v;
    }

    /** Returns 100 × a / b (share) or a / b, undefined with the first reason of spec 02's order. */
    static Value combine(boolean share, Value a, Value b) {
        if (a instanceof Value.Undefined ua && b instanceof Value.Undefined ub) {
            return ua.reason().ordinal() <= ub.reason().ordinal() ? a : b;
        }
        if (a instanceof Value.Undefined) {
            return a;
        }
        if (b instanceof Value.Undefined) {
            return b;
        }
        BigDecimal n = a.asNumber().orElseThrow();
        BigDecimal d = b.asNumber().orElseThrow();
        return share ? Value.share(n, d) : Value.ratio(n, d);
    }

    private static String show(Value v, NumberStyle style) {
        if (v instanceof Value.Defined d) {
            // as the machine outputs write it: money with its 2 digits, everything else without trailing zeros
            return style == NumberStyle.MONEY
                    ? style.apply(d.number()).toPlainString()
                    : plain(style.apply(d.number()));
        }
        return "undefined (" + ((Value.Undefined) v).reason() + ")";
    }

    private static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** Returns a leaf expression as the file says it, e.g. {@code organisations(deliveries where offerType ∈ {CONSULTING}, atLeast 3)}. */
    static String describe(Expression e) {
        if (e instanceof Expression.Count c) {
            return "count(" + describe(c.selection()) + ")";
        }
        if (e instanceof Expression.Organisations o) {
            return "organisations(" + describe(o.selection()) + (o.atLeast() > 1 ? ", atLeast " + o.atLeast() : "")
                    + ")";
        }
        if (e instanceof Expression.Sum s) {
            return "sum(" + s.field().key() + " of " + describe(s.selection()) + ")";
        }
        throw new IllegalArgumentException("not a leaf: " + e);
    }

    private static String describe(Selection s) {
        List<String> conditions = new ArrayList<>();
        Filter f = s.where();
        set(conditions, "offerType", f.offerType());
        set(conditions, "offerId", f.offerId());
        set(conditions, "organisationType", f.organisationType());
        f.migrantLed().ifPresent(b -> conditions.add("migrantLed = " + b));
        set(conditions, "legalForm", f.legalForm());
        f.attribute()
                .ifPresent(a -> conditions.add("attribute " + a.name() + " ∈ {" + String.join(", ", a.in()) + "}"));
        set(conditions, "type", f.type());
        set(conditions, "metric", f.metric());
        set(conditions, "partnerType", f.partnerType());
        f.formal().ifPresent(b -> conditions.add("formal = " + b));
        return s.from().key() + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    }

    private static void set(List<String> conditions, String name, Set<?> values) {
        if (!values.isEmpty()) {
            conditions.add(name + " ∈ {"
                    + values.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + "}");
        }
    }

    /** A contributing record: its set and dataset position. */
    private record Contribution(RecordSet set, int position) {}

    @Override
    public Trace explain(EvaluationContext ctx, Scope scope, Period period, Result result) {
        if (!definition.appliesTo(period.type())) {
            return new Trace(
                    "applies only to " + new TreeSet<>(definition.periodTypes()) + " periods: NOT_APPLICABLE",
                    "",
                    List.of());
        }
        Frame f = frame(ctx, scope, period);
        if (excluded(f)) {
            return new Trace(
                    "applies only to scopes with one of the sites " + source.sites() + ": NOT_APPLICABLE",
                    "",
                    List.of());
        }
        List<Contribution> records = new ArrayList<>();
        StringBuilder formula = new StringBuilder();
        evaluate(compute, f, null, records, formula);
        Set<RecordSet> sets = EnumSet.noneOf(RecordSet.class);
        records.forEach(r -> sets.add(r.set()));
        String type = sets.size() == 1 ? singular(sets.iterator().next()) : sets.isEmpty() ? "" : "record";
        TreeSet<String> ids = new TreeSet<>();
        for (Contribution c : records) {
            ids.add(f.compiled.recordId(c.set(), c.position()));
        }
        return new Trace(formula.toString(), type, List.copyOf(ids));
    }

    private static String singular(RecordSet set) {
        return switch (set) {
            case DELIVERIES -> "delivery";
            case OUTCOMES -> "outcome";
            case MEASUREMENTS -> "measurement";
            case COOPERATIONS -> "cooperation";
        };
    }

    // ---------------------------------------------------------------- disclosure control

    @Override
    public Kind disclosure() {
        Expression e = source.compute();
        if (e instanceof Expression.Organisations) {
            return Kind.OWN_SIZE;
        }
        if (e instanceof Expression.Share s && s.of() instanceof Expression.Organisations
                || e instanceof Expression.Ratio r && r.denominator() instanceof Expression.Organisations) {
            return Kind.ORGANISATIONS;
        }
        return Kind.NONE;
    }

    @Override
    public Value organisations(EvaluationContext ctx, Scope scope, Period period) {
        if (disclosure() != Kind.ORGANISATIONS) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
        Frame f = frame(ctx, scope, period);
        FileProvider.Numbered denominator = compute.operands().get(1);
        Value[] pass = f.compiled.deliveryLeaves.length == 0
                ? null
                : provider.deliveryPass(f.compiled, scope, f.sites, f.first, f.last);
        return evaluate(denominator, f, pass, null, null);
    }

    @Override
    public String toString() {
        return definition.id();
    }
}
