package org.hor.indicators.files.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A small JSON tree with the place of every value and key, read from a token stream: an indicator
 * file is small (its size is limited), and its rules look across keys ({@code from} decides which
 * {@code where} keys are allowed, in any order), so it is read whole before it is checked. A key
 * that occurs twice is reported ({@code HOR-506}) and its second value is read but not kept.
 */
final class JsonTree {

    /** A JSON value with its pointer and place. */
    static final class Node {
        final JsonToken token;
        final String pointer;
        final long line;
        final long column;
        /** The scalar's text as written (numbers, strings, booleans); {@code null} for objects and arrays. */
        final String text;
        /** An object's members in file order (first occurrence of each key). */
        final Map<String, Node> members;
        /** The place of each member's key. */
        final Map<String, long[]> keyPlaces;
        /** An array's elements. */
        final List<Node> items;

        Node(JsonToken token, String pointer, long line, long column, String text) {
            this.token = token;
            this.pointer = pointer;
            this.line = line;
            this.column = column;
            this.text = text;
            this.members = token == JsonToken.START_OBJECT ? new LinkedHashMap<>() : Map.of();
            this.keyPlaces = token == JsonToken.START_OBJECT ? new LinkedHashMap<>() : Map.of();
            this.items = token == JsonToken.START_ARRAY ? new ArrayList<>() : List.of();
        }

        boolean isObject() {
            return token == JsonToken.START_OBJECT;
        }

        boolean isArray() {
            return token == JsonToken.START_ARRAY;
        }

        boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }

        /** Returns the member {@code key}, or {@code null} when absent or JSON {@code null}. */
        Node get(String key) {
            Node n = members.get(key);
            return n == null || n.isNull() ? null : n;
        }

        /** Returns what the value is, for type messages: object, array, string, number, boolean or null. */
        String describe() {
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

    private final JsonParser p;
    private final List<Violation> violations;
    private final Map<String, long[]> places;

    /**
     * @param p the token stream, before its first token
     * @param violations where duplicate keys are reported
     * @param places where the place of every value is recorded, by pointer
     */
    JsonTree(JsonParser p, List<Violation> violations, Map<String, long[]> places) {
        this.p = p;
        this.violations = violations;
        this.places = places;
    }

    /**
     * Reads the value the parser stands on (after {@code nextToken}). Recursion is bounded by the
     * parser's nesting limit.
     */
    Node read(String pointer, boolean keep) {
        JsonToken t = p.currentToken();
        TokenStreamLocation l = p.currentTokenLocation();
        long line = l.getLineNr();
        long column = l.getColumnNr();
        Node n = new Node(t, pointer, line, column, t.isScalarValue() ? p.getText() : null);
        if (keep) {
            places.put(pointer, new long[] {line, column});
        }
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                TokenStreamLocation kl = p.currentTokenLocation();
                String sub = pointer + "/" + Violation.escapePointerToken(key);
                boolean first = !n.members.containsKey(key);
                if (!first) {
                    violations.add(Violation.of(
                            sub, kl.getLineNr(), kl.getColumnNr(), RuleCode.INDICATOR_FILE_DUPLICATE_KEY, key, key));
                }
                p.nextToken();
                Node v = read(sub, keep && first);
                if (first) {
                    n.members.put(key, v);
                    n.keyPlaces.put(key, new long[] {kl.getLineNr(), kl.getColumnNr()});
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                n.items.add(read(pointer + "/" + i++, keep));
            }
        }
        return n;
    }
}
