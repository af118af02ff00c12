package org.hor.indicators.files.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.LegalForm;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.Filter;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;
import org.hor.indicators.internal.json.LocatedNode;

/**
 * Reads the expressions of an indicator file (spec 05 {@code compute}): {@code share} and
 * {@code ratio} over operands, and the selections {@code count}, {@code organisations} and
 * {@code sum} with their {@code from}, {@code where}, {@code field} and {@code atLeast}. Reports what
 * it finds through {@link FileValues}.
 */
final class ExpressionReader {

    private static final List<String> EXPRESSIONS = List.of("count", "organisations", "sum", "share", "ratio");
    private static final List<String> FILTER_KEYS = List.of(
            "offerType",
            "offerId",
            "organisationType",
            "migrantLed",
            "legalForm",
            "attribute",
            "type",
            "metric",
            "partnerType",
            "formal");
    private static final Map<RecordSet, List<String>> WHERE = Map.of(
            RecordSet.DELIVERIES,
                    List.of("offerType", "offerId", "organisationType", "migrantLed", "legalForm", "attribute"),
            RecordSet.OUTCOMES, List.of("type", "organisationType", "migrantLed", "legalForm", "attribute"),
            RecordSet.MEASUREMENTS, List.of("metric"),
            RecordSet.COOPERATIONS, List.of("partnerType", "formal"));

    private final FileValues v;

    ExpressionReader(FileValues v) {
        this.v = v;
    }

    /** Reads an expression at nesting {@code depth} (1 for {@code compute}); {@code null} after a violation. */
    Expression expression(LocatedNode n, int depth) {
        if (!n.isObject()) {
            v.type(n, "object");
            return null;
        }
        if (depth > IndicatorFileReader.MAX_EXPRESSION_DEPTH) {
            v.add(n, RuleCode.INDICATOR_FILE_EXPRESSION_DEPTH, null, null, IndicatorFileReader.MAX_EXPRESSION_DEPTH);
            return null;
        }
        List<String> known = new ArrayList<>();
        for (String key : n.members().keySet()) {
            if (EXPRESSIONS.contains(key)) {
                known.add(key);
            }
        }
        v.unknownKeys(n, EXPRESSIONS);
        if (known.isEmpty()) {
            if (n.members().isEmpty()) {
                v.add(n, RuleCode.INDICATOR_FILE_EXPRESSION, null, null, String.join(", ", EXPRESSIONS));
            }
            return null;
        }
        if (known.size() > 1) {
            v.add(n, RuleCode.INDICATOR_FILE_EXPRESSION, "many", String.join(", ", known), String.join(", ", known));
            return null;
        }
        String kind = known.get(0);
        LocatedNode body = n.members().get(kind);
        if (body.isNull()) {
            v.required(n, kind);
            return null;
        }
        if (!body.isObject()) {
            v.type(body, "object");
            return null;
        }
        return switch (kind) {
            case "share" -> {
                v.unknownKeys(body, List.of("part", "of"));
                Expression part = operand(body, "part", depth);
                Expression of = operand(body, "of", depth);
                yield part == null || of == null ? null : new Expression.Share(part, of);
            }
            case "ratio" -> {
                v.unknownKeys(body, List.of("numerator", "denominator"));
                Expression num = operand(body, "numerator", depth);
                Expression den = operand(body, "denominator", depth);
                yield num == null || den == null ? null : new Expression.Ratio(num, den);
            }
            default -> selectionExpression(kind, body);
        };
    }

    private Expression operand(LocatedNode body, String key, int depth) {
        LocatedNode n = body.get(key);
        if (n == null) {
            v.required(body, key);
            return null;
        }
        return expression(n, depth + 1);
    }

    private Expression selectionExpression(String kind, LocatedNode body) {
        int before = v.violations.size();
        List<String> keys = switch (kind) {
            case "count" -> List.of("from", "where");
            case "organisations" -> List.of("from", "where", "atLeast");
            default -> List.of("from", "where", "field");
        };
        for (String key : body.members().keySet()) {
            LocatedNode member = body.members().get(key);
            String pointer = body.pointer() + "/" + Violation.escapePointerToken(key);
            if (keys.contains(key)) {
                continue;
            }
            if (key.equals("field")) {
                v.add(
                        pointer,
                        member.keyLine(),
                        member.keyColumn(),
                        RuleCode.INDICATOR_FILE_NOT_ALLOWED,
                        "sumOnly",
                        key);
            } else if (key.equals("atLeast")) {
                v.add(
                        pointer,
                        member.keyLine(),
                        member.keyColumn(),
                        RuleCode.INDICATOR_FILE_NOT_ALLOWED,
                        "atLeastOnly",
                        key);
            } else {
                v.add(
                        pointer,
                        member.keyLine(),
                        member.keyColumn(),
                        RuleCode.INDICATOR_FILE_UNKNOWN_FIELD,
                        null,
                        key,
                        key,
                        String.join(", ", keys));
            }
        }
        Map<String, RecordSet> sets = new LinkedHashMap<>();
        for (RecordSet r : RecordSet.values()) {
            sets.put(r.key(), r);
        }
        RecordSet from = null;
        LocatedNode fromNode = body.get("from");
        if (fromNode == null) {
            v.required(body, "from");
        } else {
            from = v.mapped(fromNode, sets);
            if (from != null
                    && kind.equals("organisations")
                    && (from == RecordSet.MEASUREMENTS || from == RecordSet.COOPERATIONS)) {
                v.add(fromNode, RuleCode.INDICATOR_FILE_NOT_ALLOWED, "organisations", fromNode.text(), fromNode.text());
            }
        }
        Filter where = where(body, from);
        Field field = null;
        if (kind.equals("sum")) {
            field = field(body, from);
        }
        int atLeast = 1;
        if (kind.equals("organisations")) {
            LocatedNode a = body.get("atLeast");
            if (a != null) {
                atLeast = atLeast(a);
            }
        }
        if (v.violations.size() > before || from == null || where == null) {
            return null;
        }
        Selection selection = new Selection(from, where);
        return switch (kind) {
            case "count" -> new Expression.Count(selection);
            case "organisations" -> new Expression.Organisations(selection, atLeast);
            default -> new Expression.Sum(selection, field);
        };
    }

    private int atLeast(LocatedNode a) {
        if (!a.isNumber()) {
            v.type(a, "number");
            return 1;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(a.text());
        } catch (NumberFormatException | ArithmeticException e) {
            d = null;
        }
        if (d == null
                || d.signum() <= 0
                || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || d.stripTrailingZeros().scale() > 0) {
            v.add(a, RuleCode.INDICATOR_FILE_AT_LEAST, null, a.text());
            return 1;
        }
        return d.intValueExact();
    }

    private Field field(LocatedNode body, RecordSet from) {
        LocatedNode f = body.get("field");
        List<String> allowed = new ArrayList<>();
        for (Field x : Field.values()) {
            if (from == null || x.recordSet() == from) {
                allowed.add(x.key());
            }
        }
        String allowedText = allowed.isEmpty() ? "–" : String.join(", ", allowed);
        if (f == null) {
            v.add(
                    body.pointer() + "/field",
                    body.line(),
                    body.column(),
                    RuleCode.INDICATOR_FILE_REQUIRED,
                    "field",
                    null,
                    allowedText);
            return null;
        }
        if (!f.isString()) {
            v.type(f, "string");
            return null;
        }
        for (Field x : Field.values()) {
            if (x.key().equals(f.text())) {
                if (from != null && x.recordSet() != from) {
                    v.add(f, RuleCode.INDICATOR_FILE_NOT_ALLOWED, "field", f.text(), f.text(), from.key(), allowedText);
                    return null;
                }
                return x;
            }
        }
        if (from != null && allowed.isEmpty()) {
            v.add(f, RuleCode.INDICATOR_FILE_NOT_ALLOWED, "field", f.text(), f.text(), from.key(), allowedText);
        } else {
            v.add(f, RuleCode.INDICATOR_FILE_ENUM, null, f.text(), allowedText);
        }
        return null;
    }

    private Filter where(LocatedNode body, RecordSet from) {
        LocatedNode w = body.get("where");
        if (w == null) {
            if (from == RecordSet.MEASUREMENTS) {
                v.add(
                        body.pointer() + "/where/metric",
                        body.line(),
                        body.column(),
                        RuleCode.INDICATOR_FILE_REQUIRED,
                        "metric",
                        null);
                return null;
            }
            return Filter.NONE;
        }
        if (!w.isObject()) {
            v.type(w, "object");
            return null;
        }
        int before = v.violations.size();
        List<String> allowed = from == null ? FILTER_KEYS : WHERE.get(from);
        for (String key : w.members().keySet()) {
            LocatedNode member = w.members().get(key);
            String pointer = w.pointer() + "/" + Violation.escapePointerToken(key);
            if (!FILTER_KEYS.contains(key)) {
                v.add(
                        pointer,
                        member.keyLine(),
                        member.keyColumn(),
                        RuleCode.INDICATOR_FILE_UNKNOWN_FIELD,
                        null,
                        key,
                        key,
                        String.join(", ", allowed));
            } else if (!allowed.contains(key)) {
                v.add(
                        pointer,
                        member.keyLine(),
                        member.keyColumn(),
                        RuleCode.INDICATOR_FILE_NOT_ALLOWED,
                        "where",
                        key,
                        key,
                        from.key(),
                        String.join(", ", allowed));
            }
        }
        Set<OfferType> offerType = v.enumSet(w.get("offerType"), FileValues.names(OfferType.class));
        Set<String> offerId = v.idSet(w.get("offerId"));
        Set<OrganisationType> organisationType =
                v.enumSet(w.get("organisationType"), FileValues.names(OrganisationType.class));
        Optional<Boolean> migrantLed = v.bool(w.get("migrantLed"));
        Set<LegalForm> legalForm = v.enumSet(w.get("legalForm"), FileValues.names(LegalForm.class));
        Optional<Filter.Attribute> attribute = v.attribute(w.get("attribute"));
        Set<OutcomeType> type = v.enumSet(w.get("type"), FileValues.names(OutcomeType.class));
        Set<String> metric = v.idSet(w.get("metric"));
        Set<PartnerType> partnerType = v.enumSet(w.get("partnerType"), FileValues.names(PartnerType.class));
        Optional<Boolean> formal = v.bool(w.get("formal"));
        if (from == RecordSet.MEASUREMENTS && w.get("metric") == null) {
            v.add(w.pointer() + "/metric", w.line(), w.column(), RuleCode.INDICATOR_FILE_REQUIRED, "metric", null);
        }
        if (v.violations.size() > before) {
            return null;
        }
        return new Filter(
                offerType,
                offerId,
                organisationType,
                migrantLed,
                legalForm,
                attribute,
                type,
                metric,
                partnerType,
                formal);
    }
}
