package org.hor.indicators.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hor.core.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON document read whole with the place of every value and key, and the keys that occur twice
 * in an object. A key's second value is read (its own duplicates are reported) but not kept. The
 * readers' rules look across keys and report every problem at once, so a document is read whole
 * before it is checked; their size and nesting limits are the parser's, which also bound the
 * recursion here.
 *
 * @param root the document's value
 * @param duplicates the repeated keys, each after the duplicates within its value (a value is read
 *     before its key is found repeated), in document order otherwise
 */
public record LocatedTree(LocatedNode root, List<DuplicateKey> duplicates) {

    /**
     * A key that occurs again in the same object.
     *
     * @param pointer the pointer of the repeated member
     * @param line the line of the repeated key
     * @param column the column of the repeated key
     * @param key the key
     */
    public record DuplicateKey(String pointer, int line, int column, String key) {}

    /**
     * Reads the value the parser stands on (after its {@code nextToken}) and everything within it;
     * the parser then stands on the value's last token.
     *
     * @param p the token stream
     * @return the value with its places, and the repeated keys
     * @throws tools.jackson.core.JacksonException on a syntax error or a broken stream limit
     */
    public static LocatedTree read(JsonParser p) {
        List<DuplicateKey> duplicates = new ArrayList<>();
        LocatedNode root = value(p, "", -1, -1, duplicates);
        return new LocatedTree(root, List.copyOf(duplicates));
    }

    /**
     * Returns the pointer of where the parser stands, for a syntax error found in the middle of a
     * document.
     *
     * @param p the token stream
     * @return the pointer, {@code ""} when the parser cannot tell
     */
    public static String pointerOf(JsonParser p) {
        try {
            return p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Calls {@code each} for every value of the tree, the document first, each container before its
     * members and elements, those in file order.
     *
     * @param each what to do with each value
     */
    public void forEach(Consumer<LocatedNode> each) {
        walk(root, each);
    }

    private static void walk(LocatedNode n, Consumer<LocatedNode> each) {
        each.accept(n);
        n.members().values().forEach(m -> walk(m, each));
        n.items().forEach(i -> walk(i, each));
    }

    private static LocatedNode value(
            JsonParser p, String pointer, int keyLine, int keyColumn, List<DuplicateKey> duplicates) {
        JsonToken t = p.currentToken();
        TokenStreamLocation l = p.currentTokenLocation();
        if (t == JsonToken.START_OBJECT) {
            Map<String, LocatedNode> members = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                TokenStreamLocation kl = p.currentTokenLocation();
                String sub = pointer + "/" + Violation.escapePointerToken(key);
                p.nextToken();
                LocatedNode member = value(p, sub, kl.getLineNr(), kl.getColumnNr(), duplicates);
                if (members.putIfAbsent(key, member) != null) {
                    duplicates.add(new DuplicateKey(sub, kl.getLineNr(), kl.getColumnNr(), key));
                }
            }
            return new LocatedNode(
                    t,
                    pointer,
                    l.getLineNr(),
                    l.getColumnNr(),
                    null,
                    Collections.unmodifiableMap(members),
                    List.of(),
                    keyLine,
                    keyColumn);
        }
        if (t == JsonToken.START_ARRAY) {
            List<LocatedNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(p, pointer + "/" + items.size(), -1, -1, duplicates));
            }
            return new LocatedNode(
                    t,
                    pointer,
                    l.getLineNr(),
                    l.getColumnNr(),
                    null,
                    Map.of(),
                    Collections.unmodifiableList(items),
                    keyLine,
                    keyColumn);
        }
        return new LocatedNode(
                t, pointer, l.getLineNr(), l.getColumnNr(), p.getString(), Map.of(), List.of(), keyLine, keyColumn);
    }
}
