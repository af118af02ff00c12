package org.hor.indicators.release;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.internal.json.LocatedNode;
import tools.jackson.core.JsonToken;

/**
 * The reporting and the field checks of a release file: a violation at a node, and each field read as
 * the type, text, date or SHA-256 it must be (null after a violation). The base of {@link ReleaseCheck}.
 */
class ReleaseFields {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    final List<Violation> out;

    ReleaseFields(List<Violation> out) {
        this.out = out;
    }

    void add(LocatedNode at, RuleCode rule, String variant, String value, Object... args) {
        out.add(new Violation(
                at.pointer(),
                at.line(),
                at.column(),
                rule.code(),
                value,
                variant == null ? rule.messageKey() : rule.messageKey(variant),
                List.of(args)));
    }

    void type(LocatedNode at, String expected) {
        add(at, RuleCode.TYPE, expected, at.stringOrNumber(), at.describe());
    }

    void unknown(LocatedNode obj, List<String> known) {
        for (Map.Entry<String, LocatedNode> e : obj.members().entrySet()) {
            if (!known.contains(e.getKey())) {
                add(e.getValue(), RuleCode.UNKNOWN_FIELD, null, e.getKey(), e.getKey(), String.join(", ", known));
            }
        }
    }

    /** The field's node, or null after a REQUIRED violation (also for null when not nullable). */
    LocatedNode field(LocatedNode obj, String name, boolean nullable) {
        LocatedNode n = obj.members().get(name);
        if (n == null || (n.isNull() && !nullable)) {
            out.add(new Violation(
                    obj.pointer() + "/" + Violation.escapePointerToken(name),
                    n == null ? obj.line() : n.line(),
                    n == null ? obj.column() : n.column(),
                    RuleCode.REQUIRED.code(),
                    null,
                    RuleCode.REQUIRED.messageKey(),
                    List.of(name)));
            return null;
        }
        return n;
    }

    String string(LocatedNode obj, String name, boolean nullable) {
        LocatedNode n = field(obj, name, nullable);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.token() != JsonToken.VALUE_STRING) {
            type(n, "string");
            return null;
        }
        return n.text();
    }

    String text(LocatedNode obj, String name) {
        String s = string(obj, name, false);
        if (s != null && !isText(s)) {
            add(obj.members().get(name), RuleCode.TEXT, null, s);
            return null;
        }
        return s;
    }

    LocalDate date(LocatedNode obj, String name) {
        String s = string(obj, name, false);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, DATE);
        } catch (DateTimeParseException e) {
            add(obj.members().get(name), RuleCode.DATE, null, s);
            return null;
        }
    }

    String sha256(LocatedNode obj, String name) {
        String s = string(obj, name, false);
        if (s != null && !Release.SHA256.matcher(s).matches()) {
            add(obj.members().get(name), RuleCode.RELEASE_SHA256, null, s);
            return null;
        }
        return s;
    }

    LocatedNode object(LocatedNode obj, String name, boolean nullable) {
        LocatedNode n = field(obj, name, nullable);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.token() != JsonToken.START_OBJECT) {
            type(n, "object");
            return null;
        }
        return n;
    }

    LocatedNode array(LocatedNode obj, String name) {
        LocatedNode n = field(obj, name, false);
        if (n == null) {
            return null;
        }
        if (n.token() != JsonToken.START_ARRAY) {
            type(n, "array");
            return null;
        }
        return n;
    }

    List<LocatedNode> objects(LocatedNode array) {
        List<LocatedNode> list = new ArrayList<>();
        for (LocatedNode item : array.items()) {
            if (item.token() != JsonToken.START_OBJECT) {
                type(item, "object");
            } else {
                list.add(item);
            }
        }
        return list;
    }

    /** Spec 01 text: 1 to 500 code points, not all white space, no control characters. */
    static boolean isText(String s) {
        int n = s.codePointCount(0, s.length());
        if (n < 1 || n > 500 || s.isBlank()) {
            return false;
        }
        return s.codePoints().noneMatch(Character::isISOControl);
    }
}
