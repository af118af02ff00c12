package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hor.core.validation.Violation;
import org.hor.indicators.files.IndicatorFiles;
import org.hor.indicators.release.ReleaseReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The release reader (spec 06) and the indicator-file reader (spec 05) read the same located JSON
 * tree but report in their own ways: what each puts as a violation's value and arguments, pinned
 * where the two readers differ.
 */
@DisplayName("the release and indicator-file readers over the one located JSON tree")
class JsonReadersTest {

    private static List<Violation> release(String from, String to) {
        String bad = BadReleaseFilesTest.first(from, to).apply(BadReleaseFilesTest.GOOD);
        return ReleaseReader.builder()
                .build()
                .read(bad.getBytes(StandardCharsets.UTF_8))
                .violations();
    }

    private static Violation at(List<Violation> violations, String pointer) {
        return violations.stream()
                .filter(v -> v.pointer().equals(pointer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing at " + pointer + " in " + violations));
    }

    private static List<Violation> file(String text) {
        return IndicatorFiles.read("t.json", text.getBytes(StandardCharsets.UTF_8))
                .violations();
    }

    /** One indicator of an indicator file, on a line of its own, with {@code id} at column 8. */
    private static String indicator(String id, String unit) {
        return "{\"id\": \"" + id + "\", \"label\": {\"en\": \"A\"}, \"definition\": {\"en\": \"A\"}, \"unit\": " + unit
                + ", \"level\": \"OUTPUT\", \"direction\": \"UP\", \"compute\": {\"count\": {\"from\": \"deliveries\"}}}";
    }

    @Test
    @DisplayName("a release names no value for true, false or null where a string belongs, only its type")
    void releaseValueOfBoolean() {
        Violation kind = release("\"kind\": \"hor-release\"", "\"kind\": true").get(0);
        assertThat(kind.code()).isEqualTo("HOR-600");
        assertThat(kind.pointer()).isEqualTo("/kind");
        assertThat(kind.value()).isNull();
        assertThat(kind.arguments()).containsExactly("boolean");

        Violation number = release("\"kind\": \"hor-release\"", "\"kind\": 7").get(0);
        assertThat(number.value()).isEqualTo("7");
        assertThat(number.arguments()).containsExactly("7");

        Violation name = at(release("\"name\": \"Annual 2024\"", "\"name\": false"), "/name");
        assertThat(name.code()).isEqualTo("HOR-108");
        assertThat(name.value()).isNull();
        assertThat(name.arguments()).containsExactly("boolean");
    }

    @Test
    @DisplayName("a release reports repeated keys in reading order: what a value repeats before the value's key")
    void releaseDuplicates() {
        List<Violation> v = release(
                "\"name\": \"Annual 2024\",",
                "\"name\": \"Annual 2024\", \"x\": {\"y\": 1, \"y\": 2}, \"x\": {\"z\": 1, \"z\": 2},");
        assertThat(v.subList(0, 3)).extracting(Violation::pointer).containsExactly("/x/y", "/x/z", "/x");
        assertThat(v.subList(0, 3)).extracting(Violation::code).containsOnly("HOR-106");
        assertThat(v.subList(0, 3)).extracting(Violation::value).containsOnlyNulls();
        assertThat(v.get(2).arguments()).containsExactly("x");
    }

    @Test
    @DisplayName("an indicator file names true and false as written where another type belongs")
    void fileValueOfBoolean() {
        List<Violation> unit =
                file("{\"formatVersion\": \"1\", \"indicators\": [\n" + indicator("hh.a", "true") + "]}");
        Violation v = at(unit, "/indicators/0/unit");
        assertThat(v.code()).isEqualTo("HOR-508");
        assertThat(v.value()).isEqualTo("true");
        assertThat(v.arguments()).containsExactly("boolean");

        Violation version =
                file("{\"formatVersion\": false, \"indicators\": []}").get(0);
        assertThat(version.code()).isEqualTo("HOR-505");
        assertThat(version.pointer()).isEqualTo("/formatVersion");
        assertThat(version.value()).isEqualTo("false");
    }

    @Test
    @DisplayName("an indicator file names a repeated key as the value, and a repeated id with the first one's place")
    void fileDuplicates() {
        List<Violation> key = file("{\"formatVersion\": \"1\", \"formatVersion\": \"1\", \"indicators\": [\n"
                + indicator("hh.a", "\"x\"") + "]}");
        assertThat(key).hasSize(1);
        assertThat(key.get(0).code()).isEqualTo("HOR-506");
        assertThat(key.get(0).pointer()).isEqualTo("/formatVersion");
        assertThat(key.get(0).column()).isEqualTo(24);
        assertThat(key.get(0).value()).isEqualTo("formatVersion");

        List<Violation> id = file("{\"formatVersion\": \"1\", \"indicators\": [\n" + indicator("hh.a", "\"x\"") + ",\n"
                + indicator("hh.a", "\"y\"") + "]}");
        assertThat(id).hasSize(1);
        assertThat(id.get(0).pointer()).isEqualTo("/indicators/1/id");
        assertThat(id.get(0).line()).isEqualTo(3);
        assertThat(id.get(0).column()).isEqualTo(8);
        assertThat(id.get(0).value()).isEqualTo("hh.a");
        assertThat(id.get(0).arguments()).containsExactly("hh.a", "/indicators/0/id (2:8)");
    }
}
