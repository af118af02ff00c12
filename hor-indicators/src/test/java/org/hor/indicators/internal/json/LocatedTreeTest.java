package org.hor.indicators.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hor.indicators.internal.json.LocatedTree.DuplicateKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

@DisplayName("the located JSON tree of the strict readers")
class LocatedTreeTest {

    /**
     * Three lines; the columns worked out by hand: line 1 {@code [} at 7, {@code 1} at 8, the string
     * at 11, {@code true} at 22, {@code null} at 28; line 2 the key "b/c~" at 2, its object at 10,
     * the first "d" at 11 (its value at 16), the second "d" at 22 (inner keys "e" at 28 and 36);
     * line 3 the key "f" at 2, its object at 7.
     */
    static final String DOC = """
            {"a": [1, "x\\u00e9", true, null],
             "b/c~": {"d": 1.50, "d": {"e": 1, "e": 2}},
             "f": {}}""";

    private static JsonParser parser(String json) {
        JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json);
        p.nextToken();
        return p;
    }

    private static LocatedTree read(String json) {
        try (JsonParser p = parser(json)) {
            return LocatedTree.read(p);
        }
    }

    private static String place(LocatedNode n) {
        return n.line() + ":" + n.column();
    }

    @Test
    @DisplayName("every value has its pointer, line and column; keys are escaped as RFC 6901 says")
    void places() {
        LocatedNode root = read(DOC).root();
        assertThat(root.pointer()).isEmpty();
        assertThat(place(root)).isEqualTo("1:1");
        LocatedNode a = root.get("a");
        assertThat(a.pointer()).isEqualTo("/a");
        assertThat(place(a)).isEqualTo("1:7");
        assertThat(a.items()).extracting(LocatedNode::pointer).containsExactly("/a/0", "/a/1", "/a/2", "/a/3");
        assertThat(a.items()).extracting(LocatedTreeTest::place).containsExactly("1:8", "1:11", "1:22", "1:28");
        LocatedNode b = root.get("b/c~");
        assertThat(b.pointer()).isEqualTo("/b~1c~0");
        assertThat(place(b)).isEqualTo("2:10");
        assertThat(b.get("d").pointer()).isEqualTo("/b~1c~0/d");
        assertThat(place(b.get("d"))).isEqualTo("2:16");
        assertThat(place(root.get("f"))).isEqualTo("3:7");
        assertThat(root.members().values())
                .extracting(LocatedTreeTest::keyPlace)
                .containsExactly("1:2", "2:2", "3:2");
        assertThat(keyPlace(b.get("d"))).isEqualTo("2:11");
        assertThat(keyPlace(root)).isEqualTo("-1:-1");
        assertThat(a.items()).extracting(LocatedTreeTest::keyPlace).containsOnly("-1:-1");
    }

    private static String keyPlace(LocatedNode n) {
        return n.keyLine() + ":" + n.keyColumn();
    }

    @Test
    @DisplayName("a scalar keeps its text as written, a string unescaped; objects and arrays have none")
    void texts() {
        LocatedNode root = read(DOC).root();
        List<LocatedNode> a = root.get("a").items();
        assertThat(a).extracting(LocatedNode::text).containsExactly("1", "x\u00e9", "true", "null");
        assertThat(a).extracting(LocatedNode::stringOrNumber).containsExactly("1", "x\u00e9", null, null);
        assertThat(a).extracting(LocatedNode::describe).containsExactly("number", "string", "boolean", "null");
        assertThat(root.get("b/c~").get("d").text()).isEqualTo("1.50");
        assertThat(root.get("b/c~").get("d").token()).isEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
        assertThat(root.text()).isNull();
        assertThat(root.get("a").text()).isNull();
        assertThat(root.stringOrNumber()).isNull();
        assertThat(root.describe()).isEqualTo("object");
        assertThat(root.get("a").describe()).isEqualTo("array");
    }

    @Test
    @DisplayName("a repeated key is reported at its own place after what its value repeats, and not kept")
    void duplicates() {
        LocatedTree t = read(DOC);
        assertThat(t.duplicates())
                .containsExactly(
                        new DuplicateKey("/b~1c~0/d/e", 2, 36, "e"), new DuplicateKey("/b~1c~0/d", 2, 22, "d"));
        LocatedNode d = t.root().get("b/c~").get("d");
        assertThat(d.isNumber()).isTrue();
        assertThat(t.root().get("b/c~").members()).containsOnlyKeys("d");
        assertThat(keyPlace(d)).isEqualTo("2:11");
    }

    @Test
    @DisplayName("walks every kept value once, containers first, in file order")
    void forEach() {
        List<String> seen = new ArrayList<>();
        read(DOC).forEach(n -> seen.add(n.pointer() + "@" + place(n)));
        assertThat(seen)
                .containsExactly(
                        "@1:1",
                        "/a@1:7",
                        "/a/0@1:8",
                        "/a/1@1:11",
                        "/a/2@1:22",
                        "/a/3@1:28",
                        "/b~1c~0@2:10",
                        "/b~1c~0/d@2:16",
                        "/f@3:7");
    }

    @Test
    @DisplayName("get passes over JSON null, members keep it")
    void nullMembers() {
        LocatedNode root = read("{\"n\": null, \"s\": \"\"}").root();
        assertThat(root.get("n")).isNull();
        assertThat(root.get("absent")).isNull();
        assertThat(root.members().get("n").isNull()).isTrue();
        assertThat(root.get("s").isString()).isTrue();
        assertThat(root.get("s").text()).isEmpty();
        assertThat(root.isObject()).isTrue();
        assertThat(root.isArray() || root.isString() || root.isNumber() || root.isBoolean() || root.isNull())
                .isFalse();
    }

    @Test
    @DisplayName("the tree cannot be changed")
    void immutable() {
        LocatedNode root = read(DOC).root();
        assertThatThrownBy(() -> root.members().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> root.get("a").items().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> read(DOC).duplicates().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("reads the value the parser stands on and leaves it on the value's last token")
    void parserPosition() {
        try (JsonParser p = parser("  42 {}")) {
            LocatedTree t = LocatedTree.read(p);
            assertThat(t.root().text()).isEqualTo("42");
            assertThat(place(t.root())).isEqualTo("1:3");
            assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        }
        try (JsonParser p = parser("[[], {}] true")) {
            assertThat(LocatedTree.read(p).root().items()).hasSize(2);
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_TRUE);
        }
    }

    @Test
    @DisplayName("a syntax error is the parser's, and pointerOf names where it stopped")
    void syntaxError() {
        try (JsonParser p = parser("{\"a\": [1, ]}")) {
            assertThatThrownBy(() -> LocatedTree.read(p)).isInstanceOf(JacksonException.class);
            assertThat(LocatedTree.pointerOf(p)).isEqualTo("/a/1");
        }
    }
}
