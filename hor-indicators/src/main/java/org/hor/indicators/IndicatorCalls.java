package org.hor.indicators;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Trace;
import org.hor.core.spi.Value;

/**
 * The engine's calls into the indicators of its catalogue: {@code compute} with the host's
 * applicability rules and result checks, and {@code explain}. Standard and plugin indicators are
 * asked the same way; what differs is trust, not the interface: the standard provider's calls run
 * inline (no worker thread, time budget or contract check per value, which would cost the bulk
 * evaluation its speed), a plugin's through the {@link PluginGuard}, and a plugin's explanation is
 * prefixed with the plugin's id and version.
 */
final class IndicatorCalls {
    private final Catalogue catalogue;
    private final EvaluationContext context;

    IndicatorCalls(Catalogue catalogue, EvaluationContext context) {
        this.catalogue = catalogue;
        this.context = context;
    }

    /** Returns the engine's context. */
    EvaluationContext context() {
        return context;
    }

    /**
     * Explains value {@code r} of catalogue entry {@code k}: the definition, the formula with the
     * numbers filled in, and the ids of the contributing records.
     */
    Explanation explain(int k, Scope scope, Period period, Result r) {
        Indicator indicator = catalogue.indicators().get(k);
        IndicatorDefinition def = indicator.definition();
        IndicatorProvider owner = catalogue.owner(k);
        Trace trace;
        if (!def.appliesTo(period.type())) {
            trace = new Trace(
                    "applies only to " + def.periodTypes().stream().sorted().toList() + " periods: NOT_APPLICABLE",
                    "",
                    List.of());
        } else {
            trace = explainGuarded(owner, indicator, scope, period, r);
        }
        String formula = trace.formula();
        if (owner instanceof org.hor.indicators.files.internal.FileProvider file) {
            // say which file defined it: the same id may mean another thing in another file
            formula = "defined in indicator file " + file.file().name() + " (sha256 "
                    + file.file().sha256() + "): " + formula;
        } else if (!Catalogue.isStandard(owner)) {
            // a plugin's explanation is its own words: say whose
            formula = "computed by plugin " + owner.id() + " " + owner.version() + ": " + formula;
        }
        List<String> ids = trace.recordIds();
        List<String> first = ids.size() > Explanation.MAX_RECORDS ? ids.subList(0, Explanation.MAX_RECORDS) : ids;
        return new Explanation(
                scope, period, def, r.value(), r.parts(), formula, trace.recordType(), first, ids.size());
    }

    /**
     * Returns the trace of value {@code r} of catalogue entry {@code k} as the indicator gives it, with
     * every contributing record id (not cut to {@value Explanation#MAX_RECORDS}); empty of records
     * where the indicator does not apply to the period.
     */
    Trace trace(int k, Scope scope, Period period, Result r) {
        Indicator indicator = catalogue.indicators().get(k);
        if (!indicator.definition().appliesTo(period.type())) {
            return new Trace("NOT_APPLICABLE", "", List.of());
        }
        return explainGuarded(catalogue.owner(k), indicator, scope, period, r);
    }

    /** Asks {@code indicator} to explain {@code r}; a failing or null explanation becomes a trace that says so. */
    private Trace explainGuarded(IndicatorProvider owner, Indicator indicator, Scope scope, Period period, Result r) {
        Trace trace;
        try {
            trace = indicator.explain(context, scope, period, r);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            return new Trace(
                    Trace.show(r.value()) + " (the explanation failed: " + PluginGuard.cut(owner.id() + ": " + e) + ")",
                    "",
                    List.of());
        }
        return trace != null ? trace : Trace.unexplained(r.value());
    }

    /** Computes catalogue entry {@code k}: guarded, with the host's applicability rules and checks. */
    Result compute(int k, Scope scope, Period period, PluginGuard guard) {
        Indicator indicator = catalogue.indicators().get(k);
        IndicatorDefinition def = indicator.definition();
        Breakdown breakdown = def.breakdown();
        if (!def.appliesTo(period.type())) {
            return Result.undefined(Reason.NOT_APPLICABLE, "", breakdown);
        }
        IndicatorProvider owner = catalogue.owner(k);
        // the standard catalogue and indicator files are the host's own code: inline, unguarded
        boolean standard = Catalogue.isInline(owner);
        Result r;
        if (standard) {
            try {
                r = indicator.compute(context, scope, period);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                return Result.undefined(Reason.FAILED, owner.id() + ": " + e, breakdown);
            }
        } else {
            try {
                if (!appliesToScope(owner, scope)) {
                    return Result.undefined(Reason.NOT_APPLICABLE, "", breakdown);
                }
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                // everything but OutOfMemoryError fails the value, a StackOverflowError too (see PluginGuard)
                return Result.undefined(
                        Reason.FAILED, owner.id() + ": appliesTo failed: " + PluginGuard.describe(def, e), breakdown);
            }
            PluginGuard.Outcome o = guard.call(owner, indicator, def, context, scope, period);
            if (o.failure() != null) {
                return Result.undefined(Reason.FAILED, owner.id() + ": " + o.failure(), breakdown);
            }
            r = o.result();
        }
        if (r == null) {
            return Result.undefined(Reason.FAILED, owner.id() + ": " + def.id() + " returned no result", breakdown);
        }
        List<String> categories = breakdown == null ? List.of() : breakdown.categories();
        if (!sameKeys(r.parts(), categories)) {
            if (!sameKeySet(r.parts(), categories)) {
                return Result.undefined(
                        Reason.FAILED,
                        owner.id() + ": " + def.id() + " returned the parts "
                                + r.parts().keySet() + " instead of " + categories + mismatch(r.parts(), categories),
                        breakdown);
            }
            // the same categories in another order: the host puts them in the breakdown's order
            r = inOrder(r, categories);
        }
        if (!standard) {
            String breach = PluginGuard.breach(def, r);
            if (breach != null) {
                return Result.undefined(Reason.FAILED, owner.id() + ": " + breach, breakdown);
            }
            if (r.value() instanceof Value.Undefined u && u.reason() == Reason.FAILED) {
                String tagged =
                        u.message().startsWith(owner.id() + ": ") ? u.message() : owner.id() + ": " + u.message();
                String message = PluginGuard.cut(tagged);
                if (!message.equals(u.message())) {
                    r = Result.of(Value.undefined(Reason.FAILED, message), r.parts());
                }
            }
            r = rounded(r, def.numberStyle());
        }
        if (r.value() instanceof Value.Undefined u && !r.parts().isEmpty()) {
            Map<String, Value> parts = new LinkedHashMap<>();
            categories.forEach(c -> parts.put(c, u));
            return Result.of(u, parts);
        }
        return r;
    }

    /** Returns whether the keys of {@code parts} are {@code categories}, in that order (copies nothing: called per value). */
    private static boolean sameKeys(Map<String, Value> parts, List<String> categories) {
        if (parts.size() != categories.size()) {
            return false;
        }
        if (parts.isEmpty()) {
            return true; // without iterating: an iterator over an empty map is still an object per value
        }
        int c = 0;
        for (String key : parts.keySet()) {
            if (!key.equals(categories.get(c++))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a plugin's result with its value and parts in the indicator's number style, as every
     * output writes the standard values (spec 02: shares, means and ratios half-even to 6 fraction
     * digits, money to 2, counts as integers), so that CSV, JSON, {@code explain}, the test kit, targets
     * and the report all see the same digits. Rounded once, here, after the parts were checked
     * against the exact total; a number that rounding would not change is kept as it is.
     */
    static Result rounded(Result r, NumberStyle style) {
        Value value = rounded(r.value(), style);
        boolean changed = value != r.value();
        Map<String, Value> parts = r.parts();
        if (!parts.isEmpty()) {
            Map<String, Value> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : parts.entrySet()) {
                Value v = rounded(e.getValue(), style);
                changed |= v != e.getValue();
                copy.put(e.getKey(), v);
            }
            parts = copy;
        }
        return changed ? Result.of(value, parts) : r;
    }

    private static Value rounded(Value v, NumberStyle style) {
        if (v instanceof Value.Defined d) {
            BigDecimal n = style.apply(d.number());
            // only a number with more digits than its style changes; 7 stays 7 (the writers pad it)
            return n.compareTo(d.number()) == 0 ? v : Value.of(n);
        }
        return v;
    }

    /** Returns whether the keys of {@code parts} are {@code categories}, in any order. */
    private static boolean sameKeySet(Map<String, Value> parts, List<String> categories) {
        return parts.size() == categories.size() && parts.keySet().containsAll(categories);
    }

    /** Names the unknown and the missing categories of {@code parts}, e.g. {@code " (unknown: [C]; missing: [B])"}. */
    private static String mismatch(Map<String, Value> parts, List<String> categories) {
        List<String> unknown =
                parts.keySet().stream().filter(c -> !categories.contains(c)).toList();
        List<String> missing =
                categories.stream().filter(c -> !parts.containsKey(c)).toList();
        StringBuilder b = new StringBuilder(" (");
        if (!unknown.isEmpty()) {
            b.append("unknown: ").append(unknown);
        }
        if (!missing.isEmpty()) {
            b.append(unknown.isEmpty() ? "" : "; ").append("missing: ").append(missing);
        }
        return b.append(')').toString();
    }

    /** Returns {@code r} with its parts in the order of {@code categories} (which are exactly its keys). */
    private static Result inOrder(Result r, List<String> categories) {
        Map<String, Value> parts = new LinkedHashMap<>();
        for (String c : categories) {
            parts.put(c, r.parts().get(c));
        }
        return Result.of(r.value(), parts);
    }

    private boolean appliesToScope(IndicatorProvider provider, Scope scope) {
        for (Site site : context.sites(scope)) {
            if (provider.appliesTo(site)) {
                return true;
            }
        }
        return false;
    }
}
