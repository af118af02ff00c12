package org.hor.indicators.release;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.GermanState;
import org.hor.core.model.Period;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.internal.json.LocatedNode;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import tools.jackson.core.JsonToken;

/**
 * The checks of a release's values and revisions (spec 06): keys in evaluation order and once, of the
 * catalogue's indicators and of scopes, periods and categories that exist, values written as their
 * indicator's values are, known reasons, and revisions whose new side is the release's value.
 */
class ReleaseValues extends ReleaseFields {

    static final List<String> VALUE_FIELDS = List.of("scope", "period", "indicator", "category", "value", "reason");
    static final List<String> REVISION_FIELDS = List.of(
            "scope", "period", "indicator", "category", "change", "old", "new", "oldReason", "newReason", "reason");
    static final KeyedValue MISSING = new KeyedValue(new ValueKey("-", "-", "-", null), null, "-");

    final Catalogue catalogue;
    final Map<String, Integer> catalogueIndex = new HashMap<>();
    Release.Options options;
    LocalDate asOf;

    ReleaseValues(List<Violation> out, Catalogue catalogue) {
        super(out);
        this.catalogue = catalogue;
    }

    /** A value's key, parsed for the order check. */
    record Parsed(ValueKey key, Scope scope, Period period, int indicator, int category, String at) {}

    List<KeyedValue> values(LocatedNode root, List<Release.CatalogueEntry> cat) {
        LocatedNode arr = array(root, "values");
        if (arr == null) {
            return null;
        }
        int before = out.size();
        List<KeyedValue> list = new ArrayList<>(arr.items().size());
        Map<ValueKey, String> seen = new HashMap<>(arr.items().size() * 2);
        Parsed previous = null;
        for (LocatedNode v : objects(arr)) {
            unknown(v, VALUE_FIELDS);
            Parsed key = key(v, cat);
            if (key == null) {
                previous = null;
                continue;
            }
            String first = seen.putIfAbsent(key.key(), v.pointer());
            if (first != null) {
                add(
                        v,
                        RuleCode.RELEASE_KEY,
                        "duplicate",
                        ReleasedChange.describe(key.key()),
                        ReleasedChange.describe(key.key()),
                        first);
            } else if (previous != null && compare(previous, key) > 0) {
                add(
                        v,
                        RuleCode.RELEASE_KEY,
                        "order",
                        ReleasedChange.describe(key.key()),
                        ReleasedChange.describe(key.key()),
                        ReleasedChange.describe(previous.key()));
            }
            previous = key;
            KeyedValue kv = valueAndReason(v, key.key(), "value", "reason");
            if (kv != null) {
                list.add(kv);
            }
        }
        return out.size() == before ? list : null;
    }

    Parsed key(LocatedNode v, List<Release.CatalogueEntry> cat) {
        String scopeId = string(v, "scope", false);
        String periodCode = string(v, "period", false);
        String indicator = string(v, "indicator", false);
        String category = string(v, "category", true);
        if (scopeId == null
                || periodCode == null
                || indicator == null
                || (category == null
                        && v.members().get("category") != null
                        && !v.members().get("category").isNull())) {
            return null;
        }
        Scope scope = scope(scopeId);
        if (scope == null || (options != null && !options.scopeKinds().contains(scope.kind()))) {
            add(v.members().get("scope"), RuleCode.RELEASE_KEY, "scope", scopeId, scopeId);
            return null;
        }
        Period period;
        try {
            period = Period.parse(periodCode);
        } catch (IllegalArgumentException e) {
            period = null;
        }
        if (period == null
                || (asOf != null && period.isFuture(asOf))
                || (options != null
                        && scope.kind() != ScopeKind.SITE
                        && !options.periodTypes().contains(period.type()))) {
            add(v.members().get("period"), RuleCode.RELEASE_KEY, "period", periodCode, periodCode);
            return null;
        }
        Integer position = catalogueIndex.get(indicator);
        if (position == null) {
            if (cat != null) {
                add(v.members().get("indicator"), RuleCode.RELEASE_KEY, "indicator", indicator, indicator);
            }
            return null;
        }
        int categoryPosition = -1;
        if (category != null) {
            Optional<IndicatorDefinition> def = catalogue.definition(indicator);
            if (def.isPresent()) {
                List<String> categories =
                        def.get().breakdownIfAny().map(Breakdown::categories).orElse(List.of());
                categoryPosition = categories.indexOf(category);
                if (categoryPosition < 0) {
                    add(v.members().get("category"), RuleCode.RELEASE_KEY, "category", category, indicator, category);
                    return null;
                }
            } else {
                categoryPosition = Integer.MAX_VALUE; // a category of an indicator this reader does not know
            }
        }
        return new Parsed(
                new ValueKey(scopeId, periodCode, indicator, category),
                scope,
                period,
                position,
                categoryPosition,
                v.pointer());
    }

    Scope scope(String id) {
        Scope s;
        try {
            s = Scope.parse(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
        boolean ok = switch (s.kind()) {
            case SITE -> ID.matcher(s.value()).matches();
            case CARRIER_TYPE -> enumName(CarrierType.class, s.value());
            case COVERAGE -> enumName(Coverage.class, s.value());
            case STATE -> GermanState.ofCode(s.value()).isPresent();
            case PROGRAMME -> true;
        };
        return ok ? s : null;
    }

    int compare(Parsed a, Parsed b) {
        int c = Integer.compare(a.scope().kind().ordinal(), b.scope().kind().ordinal());
        if (c != 0) {
            return c;
        }
        c = switch (a.scope().kind()) {
            case CARRIER_TYPE ->
                Integer.compare(
                        CarrierType.valueOf(a.scope().value()).ordinal(),
                        CarrierType.valueOf(b.scope().value()).ordinal());
            case COVERAGE ->
                Integer.compare(
                        Coverage.valueOf(a.scope().value()).ordinal(),
                        Coverage.valueOf(b.scope().value()).ordinal());
            default -> a.scope().value().compareTo(b.scope().value());
        };
        if (c != 0) {
            return c;
        }
        c = Period.ORDER.compare(a.period(), b.period());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.indicator(), b.indicator());
        if (c != 0) {
            return c;
        }
        return Integer.compare(a.category(), b.category());
    }

    /** The value and reason of a value (or of one side of a revision), checked; null after a violation. */
    KeyedValue valueAndReason(LocatedNode v, ValueKey key, String valueName, String reasonName) {
        LocatedNode value = field(v, valueName, true);
        String reason = string(v, reasonName, true);
        if (value == null
                || (reason == null
                        && v.members().get(reasonName) != null
                        && !v.members().get(reasonName).isNull())) {
            return null;
        }
        BigDecimal number = null;
        if (!value.isNull()) {
            if (value.token() != JsonToken.VALUE_NUMBER_INT && value.token() != JsonToken.VALUE_NUMBER_FLOAT) {
                type(value, "number");
                return null;
            }
            String style = styleProblem(key.indicator(), value.text());
            if (style != null) {
                add(value, RuleCode.RELEASE_VALUE, "format", value.text(), value.text(), key.indicator(), style);
                return null;
            }
            number = new BigDecimal(value.text());
        }
        if (number != null && reason != null) {
            add(v.members().get(reasonName), RuleCode.RELEASE_VALUE, "both", reason);
            return null;
        }
        if (number == null && reason == null) {
            add(value, RuleCode.RELEASE_VALUE, "neither", null);
            return null;
        }
        if (reason != null && !knownReason(reason)) {
            List<String> names = new ArrayList<>();
            for (Reason r : Reason.values()) {
                names.add(r.name());
            }
            add(
                    v.members().get(reasonName),
                    RuleCode.RELEASE_VALUE,
                    "reason",
                    reason,
                    reason,
                    String.join(", ", names));
            return null;
        }
        return new KeyedValue(key, number, reason);
    }

    /** Returns what is wrong with how {@code text} is written for the indicator, or null. */
    String styleProblem(String indicator, String text) {
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return "plain notation";
        }
        int dot = text.indexOf('.');
        int fraction = dot < 0 ? 0 : text.length() - dot - 1;
        Optional<IndicatorDefinition> def = catalogue.definition(indicator);
        if (def.isEmpty()) {
            return fraction == 0 || fraction == 2 || fraction == 6 || !text.endsWith("0")
                    ? null
                    : "0, 2 or 6 fraction digits, or without trailing zeros";
        }
        NumberStyle style = def.get().numberStyle();
        return switch (style) {
            case INTEGER -> fraction == 0 ? null : "an integer";
            case MONEY -> fraction == 2 ? null : "exactly 2 fraction digits";
            case DECIMAL -> fraction == 6 ? null : "exactly 6 fraction digits";
            case EXACT -> fraction == 0 || !text.endsWith("0") ? null : "without trailing zeros";
        };
    }

    // -------------------------------------------------------------- revisions

    List<Release.Revision> revisions(LocatedNode rev, List<KeyedValue> values) {
        if (rev.token() != JsonToken.START_ARRAY) {
            type(rev, "array");
            return List.of();
        }
        Map<ValueKey, KeyedValue> byKey = new HashMap<>();
        if (values != null) {
            values.forEach(v -> byKey.put(v.key(), v));
        }
        List<Release.Revision> list = new ArrayList<>();
        Map<ValueKey, String> seen = new HashMap<>();
        for (LocatedNode r : objects(rev)) {
            unknown(r, REVISION_FIELDS);
            String scopeId = string(r, "scope", false);
            String periodCode = string(r, "period", false);
            String indicator = string(r, "indicator", false);
            String category = string(r, "category", true);
            String change = string(r, "change", false);
            String reason = text(r, "reason");
            if (scopeId == null || periodCode == null || indicator == null || change == null || reason == null) {
                continue;
            }
            ValueKey key = new ValueKey(scopeId, periodCode, indicator, category);
            String first = seen.putIfAbsent(key, r.pointer());
            if (first != null) {
                add(
                        r,
                        RuleCode.RELEASE_KEY,
                        "duplicate",
                        ReleasedChange.describe(key),
                        ReleasedChange.describe(key),
                        first);
                continue;
            }
            Release.Change kind;
            try {
                kind = Release.Change.valueOf(change.toUpperCase(Locale.ROOT));
                if (!kind.name().toLowerCase(Locale.ROOT).equals(change)) {
                    throw new IllegalArgumentException(change);
                }
            } catch (IllegalArgumentException e) {
                add(
                        r.members().get("change"),
                        RuleCode.RELEASE_OPTIONS,
                        null,
                        change,
                        change,
                        "changed, appeared, disappeared");
                continue;
            }
            KeyedValue oldSide = side(r, key, "old", "oldReason");
            KeyedValue newSide = side(r, key, "new", "newReason");
            if (oldSide == MISSING || newSide == MISSING) {
                continue;
            }
            if ((oldSide == null) != (kind == Release.Change.APPEARED)
                    || (newSide == null) != (kind == Release.Change.DISAPPEARED)
                    || (oldSide != null && newSide != null && oldSide.sameAs(newSide))) {
                add(r.members().get("change"), RuleCode.RELEASE_REVISIONS, "change", change, change);
                continue;
            }
            KeyedValue released = byKey.get(key);
            if (values != null
                    && (newSide == null ? released != null : released == null || !released.sameAs(newSide))) {
                add(r, RuleCode.RELEASE_REVISIONS, "value", ReleasedChange.describe(key), ReleasedChange.describe(key));
                continue;
            }
            list.add(Release.Revision.of(oldSide, newSide, reason));
        }
        return list;
    }

    /** One side of a revision: the value, null when both fields are null, MISSING after a violation. */
    KeyedValue side(LocatedNode r, ValueKey key, String valueName, String reasonName) {
        LocatedNode value = field(r, valueName, true);
        LocatedNode reason = field(r, reasonName, true);
        if (value == null || reason == null) {
            return MISSING;
        }
        if (value.isNull() && reason.isNull()) {
            return null;
        }
        KeyedValue kv = valueAndReason(r, key, valueName, reasonName);
        return kv == null ? MISSING : kv;
    }

    static boolean enumName(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean knownReason(String reason) {
        if (reason.startsWith(Reason.FAILED.name() + ": ")
                && reason.length() > Reason.FAILED.name().length() + 2) {
            return true;
        }
        for (Reason r : Reason.values()) {
            if (r.name().equals(reason)) {
                return true;
            }
        }
        return false;
    }
}
