package org.hor.indicators.internal.json;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * A JSON value with where it stands: its JSON pointer (RFC 6901, {@code ""} for the document), and
 * the line and column of its first character. Read by {@link LocatedTree#read}.
 *
 * @param token what the value is: {@code START_OBJECT}, {@code START_ARRAY} or a scalar's token
 * @param pointer the value's JSON pointer
 * @param line the line of its first character (from 1)
 * @param column the column of its first character (from 1)
 * @param text a scalar as written: a string's value, a number's literal, {@code true}, {@code false}
 *     or {@code null}; {@code null} for objects and arrays
 * @param members an object's members in file order, the first value of each key; empty for every
 *     other value
 * @param items an array's elements in file order; empty for every other value
 * @param keyLine the line of the key the value stands under in its object (from 1); -1 for the
 *     document and an array's elements
 * @param keyColumn the column of that key (from 1); -1 for the document and an array's elements
 */
public record LocatedNode(
        JsonToken token,
        String pointer,
        int line,
        int column,
        @Nullable String text,
        Map<String, LocatedNode> members,
        List<LocatedNode> items,
        int keyLine,
        int keyColumn) {

    /** {@return whether the value is an object} */
    public boolean isObject() {
        return token == JsonToken.START_OBJECT;
    }

    /** {@return whether the value is an array} */
    public boolean isArray() {
        return token == JsonToken.START_ARRAY;
    }

    /** {@return whether the value is a string} */
    public boolean isString() {
        return token == JsonToken.VALUE_STRING;
    }

    /** {@return whether the value is a number, integral or not} */
    public boolean isNumber() {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    /** {@return whether the value is {@code true} or {@code false}} */
    public boolean isBoolean() {
        return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }

    /** {@return whether the value is JSON {@code null}} */
    public boolean isNull() {
        return token == JsonToken.VALUE_NULL;
    }

    /**
     * Returns an object's member that has a value.
     *
     * @param key the member's key
     * @return the member {@code key}, or {@code null} when it is absent or JSON {@code null} (use
     *     {@link #members()} to tell the two apart)
     */
    public @Nullable LocatedNode get(String key) {
        LocatedNode n = members.get(key);
        return n == null || n.isNull() ? null : n;
    }

    /** {@return the text of a string or number as written, {@code null} for every other value} */
    public @Nullable String stringOrNumber() {
        return isString() || isNumber() ? text : null;
    }

    /** {@return what the value is, for messages: object, array, string, number, boolean or null} */
    public String describe() {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
