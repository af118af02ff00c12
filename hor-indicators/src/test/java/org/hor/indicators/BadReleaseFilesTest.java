package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hor.core.io.DatasetWriter;
import org.hor.core.validation.Violation;
import org.hor.indicators.release.Release;
import org.hor.indicators.release.ReleaseReadResult;
import org.hor.indicators.release.ReleaseReader;
import org.hor.indicators.release.ReleaseWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad release files: each is one edit of a good release and states the rule code and
 * the JSON pointer it must be reported at (with a line and column in the file).
 */
class BadReleaseFilesTest {

    /** The good release every case edits. */
    static final String GOOD = new String(
            ReleaseWriter.create()
                    .toBytes(
                            ReleasesTest.release(ReleasesTest.base("2025-05-15").build(), "Annual 2024")),
            StandardCharsets.UTF_8);

    static final String DATASET = new String(
            DatasetWriter.create().toBytes(ReleasesTest.base("2025-05-15").build()), StandardCharsets.UTF_8);

    /** Replaces the first occurrence of {@code from}, which must exist. */
    static UnaryOperator<String> first(String from, String to) {
        return s -> {
            int i = s.indexOf(from);
            if (i < 0) {
                throw new AssertionError("not in the good release: " + from);
            }
            return s.substring(0, i) + to + s.substring(i + from.length());
        };
    }

    /** The line of the good release that contains {@code text}. */
    static String lineWith(String s, String text) {
        return s.lines().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    static Stream<Arguments> cases() {
        String hoursLine = lineWith(GOOD, "\"indicator\": \"consulting.hours\", \"category\": null, \"value\": 3.5");
        String reachLine = lineWith(
                GOOD,
                "\"scope\": \"site:S-A\", \"period\": \"2024\", \"indicator\": \"reach.organisations\", \"category\": null");
        String nextLine = GOOD.lines()
                .dropWhile(l -> !l.equals(hoursLine))
                .skip(1)
                .findFirst()
                .orElseThrow();
        String deep = "[".repeat(100) + "]".repeat(100);
        return Stream.of(
                Arguments.of("empty file", (UnaryOperator<String>) s -> "", "HOR-100", "", "empty"),
                Arguments.of(
                        "broken JSON: cut in the middle",
                        (UnaryOperator<String>) s -> s.substring(0, s.length() / 2),
                        "HOR-100",
                        "",
                        "JSON"),
                Arguments.of(
                        "broken JSON: a missing comma",
                        first("\"programmeId\": \"hor\",", "\"programmeId\": \"hor\""),
                        "HOR-100",
                        "",
                        "JSON"),
                Arguments.of(
                        "content after the document",
                        (UnaryOperator<String>) s -> s + "{}",
                        "HOR-100",
                        "",
                        "after the end"),
                Arguments.of(
                        "wrong kind",
                        first("\"kind\": \"hor-release\"", "\"kind\": \"hor-report\""),
                        "HOR-600",
                        "/kind",
                        "hor-report"),
                Arguments.of(
                        "a dataset given as a release", (UnaryOperator<String>) s -> DATASET, "HOR-600", "", "dataset"),
                Arguments.of("no kind", first("  \"kind\": \"hor-release\",\n", ""), "HOR-200", "/kind", "Required"),
                Arguments.of(
                        "unknown format version",
                        first("\"formatVersion\": \"1\"", "\"formatVersion\": \"2\""),
                        "HOR-105",
                        "/formatVersion",
                        "1"),
                Arguments.of(
                        "duplicate key",
                        first("\"name\": \"Annual 2024\",", "\"name\": \"Annual 2024\", \"name\": \"x\","),
                        "HOR-106",
                        "/name",
                        "name"),
                Arguments.of(
                        "unknown field",
                        first("\"name\": \"Annual 2024\",", "\"name\": \"Annual 2024\", \"comment\": \"x\","),
                        "HOR-107",
                        "/comment",
                        "comment"),
                Arguments.of(
                        "wrong type: a number as a string",
                        first(hoursLine, hoursLine.replace("\"value\": 3.5", "\"value\": \"3.5\"")),
                        "HOR-108",
                        "/values/\\d+/value",
                        "number"),
                Arguments.of(
                        "tampered hours: a trailing zero",
                        first(hoursLine, hoursLine.replace("\"value\": 3.5", "\"value\": 3.50")),
                        "HOR-601",
                        "/values/\\d+/value",
                        "3.50"),
                Arguments.of(
                        "tampered count: a fraction",
                        first(reachLine, reachLine.replace("\"value\": 2", "\"value\": 2.0")),
                        "HOR-601",
                        "/values/\\d+/value",
                        "integer"),
                Arguments.of(
                        "tampered money: one fraction digit",
                        first("\"value\": 500.00", "\"value\": 500.0"),
                        "HOR-601",
                        "/values/\\d+/value",
                        "2 fraction digits"),
                Arguments.of(
                        "tampered share: not 6 fraction digits",
                        first("\"value\": null, \"reason\": \"NO_DENOMINATOR\"", "\"value\": 50.0, \"reason\": null"),
                        "HOR-601",
                        "/values/\\d+/value",
                        "6 fraction digits"),
                Arguments.of(
                        "a value and a reason",
                        first(
                                "\"value\": null, \"reason\": \"NO_DENOMINATOR\"",
                                "\"value\": 50.000000, \"reason\": \"NO_DENOMINATOR\""),
                        "HOR-601",
                        "/values/\\d+/reason",
                        "exactly one"),
                Arguments.of(
                        "neither value nor reason",
                        first("\"value\": null, \"reason\": \"NO_DENOMINATOR\"", "\"value\": null, \"reason\": null"),
                        "HOR-601",
                        "/values/\\d+/value",
                        "Neither"),
                Arguments.of(
                        "an unknown reason",
                        first("\"reason\": \"NO_DENOMINATOR\"", "\"reason\": \"NO_IDEA\""),
                        "HOR-601",
                        "/values/\\d+/reason",
                        "NO_IDEA"),
                Arguments.of(
                        "values out of evaluation order",
                        first(
                                hoursLine + "\n" + nextLine,
                                nextLine.replaceFirst(",$", "") + ",\n"
                                        + hoursLine
                                                .replaceFirst("^(\\s*)", "$1")
                                                .replaceFirst(",?$", ",")),
                        "HOR-602",
                        "/values/\\d+",
                        "order"),
                Arguments.of(
                        "a key twice",
                        first(hoursLine, hoursLine + "\n" + hoursLine),
                        "HOR-602",
                        "/values/\\d+",
                        "twice"),
                Arguments.of(
                        "an indicator not in the catalogue",
                        first(hoursLine, hoursLine.replace("consulting.hours", "consulting.minutes")),
                        "HOR-602",
                        "/values/\\d+/indicator",
                        "consulting.minutes"),
                Arguments.of(
                        "a category that does not exist",
                        first(reachLine, reachLine.replace("\"category\": null", "\"category\": \"ROBOT\"")),
                        "HOR-602",
                        "/values/\\d+/category",
                        "ROBOT"),
                Arguments.of(
                        "a period after asOf",
                        first(hoursLine, hoursLine.replace("\"period\": \"2024\"", "\"period\": \"2026\"")),
                        "HOR-602",
                        "/values/\\d+/period",
                        "2026"),
                Arguments.of(
                        "a scope that does not exist",
                        first(hoursLine, hoursLine.replace("site:S-A", "galaxy:S-A")),
                        "HOR-602",
                        "/values/\\d+/scope",
                        "galaxy"),
                Arguments.of(
                        "not a SHA-256",
                        first("\"dataset\": {\"sha256\": \"", "\"dataset\": {\"sha256\": \"XYZ"),
                        "HOR-603",
                        "/dataset/sha256",
                        "SHA-256"),
                Arguments.of(
                        "an unknown period type",
                        first("\"periodTypes\": [\"year\"", "\"periodTypes\": [\"week\""),
                        "HOR-605",
                        "/options/periodTypes/0",
                        "week"),
                Arguments.of(
                        "an unknown origin",
                        first("{\"kind\": \"standard\"}", "{\"kind\": \"magic\"}"),
                        "HOR-605",
                        "/catalogue/0/origin/kind",
                        "magic"),
                Arguments.of(
                        "revisions without supersedes",
                        first("\n  ]\n}\n", "\n  ],\n  \"revisions\": []\n}\n"),
                        "HOR-604",
                        "/revisions",
                        "supersedes"),
                Arguments.of(
                        "supersedes without revisions",
                        first(
                                "\n  ]\n}\n",
                                "\n  ],\n  \"supersedes\": {\"name\": \"x\", \"sha256\": \"" + "a".repeat(64)
                                        + "\"}\n}\n"),
                        "HOR-604",
                        "/supersedes",
                        "revisions"),
                Arguments.of(
                        "not a date",
                        first("\"asOf\": \"2025-05-15\"", "\"asOf\": \"2025-02-30\""),
                        "HOR-203",
                        "/asOf",
                        "date"),
                Arguments.of(
                        "nested too deep",
                        first("\"name\": \"Annual 2024\",", "\"name\": \"Annual 2024\", \"x\": " + deep + ","),
                        "HOR-102",
                        "/x.*",
                        "64"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void located(String name, UnaryOperator<String> edit, String code, String pointer, String inMessage) {
        ReleaseReadResult r =
                ReleaseReader.builder().build().read(edit.apply(GOOD).getBytes(StandardCharsets.UTF_8));
        assertThat(r.isValid()).as("read as valid").isFalse();
        Violation v = r.violations().get(0);
        assertThat(v.code()).as(v.format(Locale.ENGLISH)).isEqualTo(code);
        assertThat(v.pointer()).as(v.format(Locale.ENGLISH)).matches(pointer.isEmpty() ? ".*" : pointer);
        assertThat(v.line()).as("line").isPositive();
        assertThat(v.column()).as("column").isPositive();
        assertThat(v.format(Locale.ENGLISH)).contains(inMessage);
        assertThat(v.message(Locale.GERMAN)).doesNotStartWith("org.hor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void locatedOnTheEditedLine(
            String name, UnaryOperator<String> edit, String code, String pointer, String inMessage) {
        String bad = edit.apply(GOOD);
        ReleaseReadResult r = ReleaseReader.builder().build().read(bad.getBytes(StandardCharsets.UTF_8));
        Violation v = r.violations().get(0);
        List<String> lines = bad.lines().toList();
        if (v.pointer().startsWith("/values/") && v.line() <= lines.size()) {
            // a value's problem is on the value's own line
            assertThat(lines.get((int) v.line() - 1)).contains("\"scope\"");
        }
    }

    @org.junit.jupiter.api.Test
    void theGoodReleaseIsGood() {
        ReleaseReadResult r = ReleaseReader.builder().build().read(GOOD.getBytes(StandardCharsets.UTF_8));
        assertThat(r.violations()).isEmpty();
        assertThat(r.release().formatVersion()).isEqualTo(Release.FORMAT_VERSION);
    }
}
