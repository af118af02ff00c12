package org.hor.indicators.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile corpus of indicator files: the hand-written cases of {@code hostile.txt} (each names
 * the rule code, JSON pointer and line:column of a violation it must give) and cases generated
 * here, too big or too binary to write by hand. Read by hor-cli's tests from the source folder.
 */
public final class HostileIndicatorFiles {

    /**
     * One hostile file.
     *
     * @param name what is wrong with it
     * @param code the rule code it must give
     * @param pointer the pointer of that violation
     * @param line its line, or -1 when the violation has no place (a file too large to read)
     * @param column its column, or -1
     * @param bytes the file
     */
    public record Case(String name, String code, String pointer, long line, long column, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    private HostileIndicatorFiles() {}

    /** Returns the hand-written cases, then the generated ones. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>(handWritten());
        cases.addAll(generated());
        return cases;
    }

    /** Returns the cases of {@code hostile.txt}, in file order. */
    public static List<Case> handWritten() {
        String text;
        try (InputStream in = HostileIndicatorFiles.class.getResourceAsStream("hostile.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    /** Parses the corpus format: {@code === name | code | pointer | line:column}, then the file's text. */
    public static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        String[] parts = ("\n" + text).split("\n=== ", -1);
        for (int k = 1; k < parts.length; k++) {
            String part = parts[k];
            int nl = part.indexOf('\n');
            String[] head = part.substring(0, nl).split(" \\| ", -1);
            String body = part.substring(nl + 1);
            if (body.endsWith("\n")) {
                body = body.substring(0, body.length() - 1);
            }
            String[] lc = head[3].split(":");
            cases.add(new Case(
                    head[0],
                    head[1],
                    head[2],
                    Long.parseLong(lc[0]),
                    Long.parseLong(lc[1]),
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        return cases;
    }

    private static final String H = "{\"formatVersion\": \"1\", \"indicators\": [";
    private static final String IND = "{\"id\": \"hh.a\", \"label\": {\"en\": \"A\"}, \"definition\": {\"en\": \"A\"}, "
            + "\"unit\": \"x\", \"level\": \"OUTPUT\", \"direction\": \"UP\", \"compute\": {\"count\": {\"from\": \"deliveries\"}}}";

    /** Returns the generated cases: nesting, long strings and numbers, 501 indicators, bytes that are no UTF-8. */
    public static List<Case> generated() {
        List<Case> cases = new ArrayList<>();
        // 40 nested arrays in a comment: the 33rd level (the document is level 1) exceeds the limit of 32
        String deep = H + IND + "], \"comment\": " + "[".repeat(40) + "]".repeat(40) + "}";
        int at = deep.indexOf('[', deep.indexOf("\"comment\"")) + 31;
        cases.add(new Case(
                "arrays nested 40 deep",
                "HOR-502",
                "/comment/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0",
                1,
                at + 1,
                bytes(deep)));
        // a unit of 20 000 characters: longer than any string may be
        String longString = H + "{\"id\": \"hh.a\", \"unit\": \"" + "u".repeat(20_000) + "\"}]}";
        cases.add(new Case("a string of 20 000 characters", "HOR-503", "/indicators/0/unit", 1, 0, bytes(longString)));
        String longNumber =
                H + "{\"id\": \"hh.a\", \"compute\": {\"organisations\": {\"from\": \"deliveries\", \"atLeast\": "
                        + "1".repeat(200) + "}}}]}";
        cases.add(new Case(
                "a number of 200 digits",
                "HOR-504",
                "/indicators/0/compute/organisations/atLeast",
                1,
                0,
                bytes(longNumber)));
        StringBuilder many = new StringBuilder(H);
        for (int i = 0; i < 501; i++) {
            many.append(i == 0 ? "" : ",\n").append(IND.replace("hh.a", "hh.a" + i));
        }
        many.append("]}");
        cases.add(new Case("501 indicators", "HOR-510", "/indicators", 1, H.length(), bytes(many.toString())));
        byte[] latin1 = (H + IND.replace("\"A\"}, \"definition\"", "\"\u00e4\"}, \"definition\"") + "]}")
                .getBytes(StandardCharsets.ISO_8859_1);
        cases.add(new Case("a label in ISO-8859-1, not UTF-8", "HOR-500", "/indicators/0/label/en", 1, 0, latin1));
        byte[] nul = bytes(H + IND + "]}\u0000");
        cases.add(new Case("a NUL byte after the end", "HOR-500", "", 1, 0, nul));
        return cases;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
