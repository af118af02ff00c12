package org.hor.indicators.files.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hor.core.spi.LocalizedText;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.files.Filter;
import org.hor.indicators.internal.json.LocatedNode;
import tools.jackson.core.JsonToken;

/**
 * The reporting and the value checks of an indicator file (spec 05): violations with their place,
 * and the checked texts, ids, lists, enumerations, booleans and attributes that
 * {@link IndicatorFileReader}'s walk and {@link ExpressionReader} read. Each check returns the value,
 * or {@code null} (or nothing) after a violation.
 */
final class FileValues {

    private static final Pattern DATA_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    final List<Violation> violations;

    FileValues(List<Violation> violations) {
        this.violations = violations;
    }

    void add(LocatedNode at, RuleCode rule, String variant, String value, Object... args) {
        add(at.pointer(), at.line(), at.column(), rule, variant, value, args);
    }

    void add(String pointer, long line, long column, RuleCode rule, String variant, String value, Object... args) {
        violations.add(new Violation(
                pointer,
                line,
                column,
                rule.code(),
                value,
                variant == null ? rule.messageKey() : rule.messageKey(variant),
                List.of(args)));
    }

    void type(LocatedNode n, String expected) {
        add(n, RuleCode.INDICATOR_FILE_TYPE, expected, n.text(), n.describe());
    }

    void required(LocatedNode parent, String key) {
        add(
                parent.pointer() + "/" + Violation.escapePointerToken(key),
                parent.line(),
                parent.column(),
                RuleCode.INDICATOR_FILE_REQUIRED,
                null,
                null);
    }

    /** Reports the keys of {@code n} that are not in {@code known}. */
    void unknownKeys(LocatedNode n, List<String> known) {
        for (String key : n.members().keySet()) {
            if (!known.contains(key)) {
                LocatedNode member = n.members().get(key);
                add(
                        n.pointer() + "/" + Violation.escapePointerToken(key),
                        member.keyLine(),
                        member.keyColumn(),
                        RuleCode.INDICATOR_FILE_UNKNOWN_FIELD,
                        null,
                        key,
                        key,
                        String.join(", ", known));
            }
        }
    }

    LocalizedText localized(LocatedNode parent, String key, int max) {
        LocatedNode n = parent.get(key);
        if (n == null) {
            required(parent, key);
            return null;
        }
        if (!n.isObject()) {
            type(n, "object");
            return null;
        }
        unknownKeys(n, List.of("de", "en"));
        LocatedNode de = n.get("de");
        LocatedNode en = n.get("en");
        if (de == null && en == null) {
            add(n, RuleCode.INDICATOR_FILE_REQUIRED, "language", null);
            return null;
        }
        String d = de == null ? null : text(de, max);
        String e = en == null ? null : text(en, max);
        if ((de != null && d == null) || (en != null && e == null)) {
            return null;
        }
        return new LocalizedText(d == null ? e : d, e == null ? d : e);
    }

    /** Checks a text of spec 01 of at most {@code max} code points; returns it, or {@code null} after a violation. */
    String text(LocatedNode n, int max) {
        if (!n.isString()) {
            type(n, "string");
            return null;
        }
        String s = n.text();
        int count = 0;
        boolean visible = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            count++;
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                count = Integer.MAX_VALUE;
                break;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        if (count == 0 || count > max || !visible) {
            add(n, RuleCode.INDICATOR_FILE_TEXT, null, s, max);
            return null;
        }
        return s;
    }

    /** Checks an id of spec 01 (sites, offers, metrics, attribute names). */
    String dataId(LocatedNode n) {
        if (!n.isString()) {
            type(n, "string");
            return null;
        }
        if (!DATA_ID.matcher(n.text()).matches()) {
            add(n, RuleCode.INDICATOR_FILE_ID, null, n.text());
            return null;
        }
        return n.text();
    }

    /** Returns the elements of a non-empty array, or none after a violation. */
    List<LocatedNode> list(LocatedNode n) {
        if (!n.isArray()) {
            type(n, "array");
            return List.of();
        }
        if (n.items().isEmpty()) {
            add(n, RuleCode.INDICATOR_FILE_EMPTY, null, null);
        }
        return n.items();
    }

    <E extends Enum<E>> E enumValue(LocatedNode parent, String key, boolean required, Class<E> type) {
        LocatedNode n = parent.get(key);
        if (n == null) {
            if (required) {
                required(parent, key);
            }
            return null;
        }
        return mapped(n, names(type));
    }

    <T> T mapped(LocatedNode n, Map<String, T> names) {
        if (!n.isString()) {
            type(n, "string");
            return null;
        }
        T t = names.get(n.text());
        if (t == null) {
            add(n, RuleCode.INDICATOR_FILE_ENUM, null, n.text(), String.join(", ", names.keySet()));
        }
        return t;
    }

    static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            names.put(e.name(), e);
        }
        return names;
    }

    <E> Set<E> enumSet(LocatedNode n, Map<String, E> names) {
        return collect(n, x -> mapped(x, names));
    }

    Set<String> idSet(LocatedNode n) {
        return collect(n, this::dataId);
    }

    private <E> Set<E> collect(LocatedNode n, Function<LocatedNode, E> each) {
        if (n == null) {
            return Set.of();
        }
        Set<E> set = new LinkedHashSet<>();
        for (LocatedNode x : list(n)) {
            E e = each.apply(x);
            if (e != null) {
                set.add(e);
            }
        }
        return set;
    }

    Optional<Boolean> bool(LocatedNode n) {
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isBoolean()) {
            type(n, "boolean");
            return Optional.empty();
        }
        return Optional.of(n.token() == JsonToken.VALUE_TRUE);
    }

    Optional<Filter.Attribute> attribute(LocatedNode n) {
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            type(n, "object");
            return Optional.empty();
        }
        unknownKeys(n, List.of("name", "in"));
        String name = null;
        LocatedNode nameNode = n.get("name");
        if (nameNode == null) {
            required(n, "name");
        } else {
            name = dataId(nameNode);
        }
        List<String> in = new ArrayList<>();
        LocatedNode inNode = n.get("in");
        if (inNode == null) {
            required(n, "in");
        } else {
            for (LocatedNode x : list(inNode)) {
                String t = text(x, 500);
                if (t != null && !in.contains(t)) {
                    in.add(t);
                }
            }
        }
        return name == null ? Optional.empty() : Optional.of(new Filter.Attribute(name, in));
    }
}
