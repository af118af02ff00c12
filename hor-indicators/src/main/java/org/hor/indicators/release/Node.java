package org.hor.indicators.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** A JSON value of a release file with where it is: pointer, line and column; the located tree {@link ReleaseReader} checks. */
final class Node {
    final JsonToken token;
    final String pointer;
    final long line;
    final long column;
    String text;
    Map<String, Node> fields;
    List<Node> items;

    Node(JsonToken token, String pointer, TokenStreamLocation l) {
        this.token = token;
        this.pointer = pointer;
        this.line = l.getLineNr();
        this.column = l.getColumnNr();
    }

    boolean isNull() {
        return token == JsonToken.VALUE_NULL;
    }

    String type() {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "null";
        };
    }

    /** Reads the value at the parser's current token, and all within it, noting duplicate keys in {@code violations}. */
    static Node parse(JsonParser p, String pointer, List<Violation> violations) {
        JsonToken t = p.currentToken();
        Node n = new Node(t, pointer, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                n.fields = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    TokenStreamLocation nameLoc = p.currentTokenLocation();
                    p.nextToken();
                    String sub = pointer + "/" + Violation.escapePointerToken(name);
                    Node child = parse(p, sub, violations);
                    if (n.fields.containsKey(name)) {
                        violations.add(Violation.of(
                                sub, nameLoc.getLineNr(), nameLoc.getColumnNr(), RuleCode.DUPLICATE_KEY, null, name));
                    } else {
                        n.fields.put(name, child);
                    }
                }
            }
            case START_ARRAY -> {
                n.items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    n.items.add(parse(p, pointer + "/" + n.items.size(), violations));
                }
            }
            case VALUE_STRING -> n.text = p.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> n.text = p.getText();
            default -> {
                // true, false, null: the token says it all
            }
        }
        return n;
    }
}
