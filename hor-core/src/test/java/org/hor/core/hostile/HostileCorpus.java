package org.hor.core.hostile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus of hostile datasets (test resources under {@code /hostile/}): the hand-written files of
 * {@code cases.tsv}, the edits of {@code base.json} listed in {@code edits.tsv}, and cases generated
 * here: every field of every record of the base document with a value of each wrong JSON type, set
 * to {@code null}, left out, given twice, misspelt, with a control character or a non-finite-looking
 * number; every top-level field with the wrong type; and the big ones (nesting 100 000 deep, strings
 * of 2 MiB, arrays of a million elements), which are written at test time rather than committed.
 * Shared with hor-cli's tests through the test jar.
 */
public final class HostileCorpus {

    /** Rule codes after which reading stops: the violation is the only one. */
    private static final Set<String> FATAL = Set.of("HOR-100", "HOR-101", "HOR-102", "HOR-103", "HOR-104", "HOR-105");

    /** The base document's optional fields (spec 01): null or absent is no violation. */
    private static final Set<String> OPTIONAL = Set.of(
            "/programme/funder",
            "/sites/1/end",
            "/organisations/0/founded",
            "/deliveries/1/hours",
            "/deliveries/1/participants",
            "/exchanges/0/hostSiteId",
            "/supportActions/0/rule");

    /** What a string field with a control character in it violates, by field name. */
    private static final Map<String, String> BAD_STRING = Map.ofEntries(
            Map.entry("id", "HOR-201"),
            Map.entry("siteId", "HOR-201"),
            Map.entry("offerId", "HOR-201"),
            Map.entry("organisationId", "HOR-201"),
            Map.entry("hostSiteId", "HOR-201"),
            Map.entry("metric", "HOR-201"),
            Map.entry("name", "HOR-202"),
            Map.entry("city", "HOR-202"),
            Map.entry("carrier", "HOR-202"),
            Map.entry("title", "HOR-202"),
            Map.entry("partner", "HOR-202"),
            Map.entry("topic", "HOR-202"),
            Map.entry("date", "HOR-203"),
            Map.entry("start", "HOR-203"),
            Map.entry("end", "HOR-203"),
            Map.entry("type", "HOR-207"),
            Map.entry("legalForm", "HOR-207"),
            Map.entry("carrierType", "HOR-207"),
            Map.entry("coverage", "HOR-207"),
            Map.entry("partnerType", "HOR-207"),
            Map.entry("format", "HOR-207"),
            Map.entry("state", "HOR-208"),
            Map.entry("period", "HOR-210"),
            Map.entry("indicator", "HOR-301"),
            Map.entry("measure", "HOR-213"),
            Map.entry("rule", "HOR-214"));

    /** What 1e999 in a number field violates, by field name. */
    private static final Map<String, String> HUGE_NUMBER = Map.of(
            "amount",
            "HOR-204",
            "hours",
            "HOR-205",
            "participants",
            "HOR-206",
            "founded",
            "HOR-206",
            "year",
            "HOR-206",
            "value",
            "HOR-205");

    private static final Pattern FIELD =
            Pattern.compile("\"(\\w+)\": (\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*]|-?[0-9][0-9.eE+-]*|true|false)");

    private final Path dir;
    private final List<HostileCase> cases = new ArrayList<>();

    private HostileCorpus(Path dir) {
        this.dir = dir;
    }

    /**
     * Writes every case into {@code dir} and returns them, hand-written first, in a stable order.
     *
     * @param dir an empty directory
     * @return the cases
     */
    public static List<HostileCase> materialise(Path dir) {
        HostileCorpus c = new HostileCorpus(dir);
        try {
            c.handWritten();
            c.edits();
            c.fields();
            c.topLevel();
            c.big();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(c.cases);
    }

    /** Returns the valid base document. */
    public static String base() {
        return new String(resource("base.json"), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /hostile/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> tsv(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String l : new String(resource(name), StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank() && !l.startsWith("#")) {
                rows.add(l.split("\t", -1));
            }
        }
        return rows;
    }

    private static String unescape(String s) {
        return s.replace("\\u0000", "\u0000");
    }

    private void add(String name, byte[] content, int exit, String code, String pointer, long line, String what)
            throws IOException {
        Path f = dir.resolve(name.endsWith(".json") ? name : name + ".json");
        Files.write(f, content);
        cases.add(new HostileCase(
                name,
                f,
                exit,
                "-".equals(code) ? null : code,
                "(root)".equals(pointer) ? "" : pointer,
                line,
                code != null && FATAL.contains(code),
                what));
    }

    private void add(String name, String content, int exit, String code, String pointer, long line, String what)
            throws IOException {
        add(name, content.getBytes(StandardCharsets.UTF_8), exit, code, pointer, line, what);
    }

    private void invalid(String name, String content, String code, String pointer, long line, String what)
            throws IOException {
        add(name, content, 65, code, pointer, line, what);
    }

    private void handWritten() throws IOException {
        for (String[] r : tsv("cases.tsv")) {
            add(
                    r[0],
                    resource("files/" + r[0]),
                    Integer.parseInt(r[1]),
                    r[2],
                    unescape(r[3]),
                    "-".equals(r[4]) ? -1 : Long.parseLong(r[4]),
                    r[5]);
        }
    }

    private void edits() throws IOException {
        String base = base();
        for (String[] r : tsv("edits.tsv")) {
            String from = r[1].replace("\\n", "\n");
            String to = r[2].replace("\\n", "\n");
            int i = base.indexOf(from);
            if (i < 0 || base.indexOf(from, i + 1) >= 0) {
                throw new IllegalStateException("edit " + r[0] + ": not exactly once in base.json: " + from);
            }
            add(
                    "edit-" + r[0],
                    base.substring(0, i) + to + base.substring(i + from.length()),
                    Integer.parseInt(r[3]),
                    r[4],
                    r[5],
                    "-".equals(r[6]) ? -1 : Long.parseLong(r[6]),
                    r[7]);
        }
    }

    /** Every field of every record line of the base document, mutated one at a time. */
    private void fields() throws IOException {
        String[] lines = base().split("\n", -1);
        String section = null;
        int index = 0;
        for (int n = 0; n < lines.length; n++) {
            String l = lines[n];
            long lineNo = n + 1;
            Matcher open = Pattern.compile("^  \"(\\w+)\": \\[$").matcher(l);
            if (open.find()) {
                section = open.group(1);
                index = 0;
                continue;
            }
            String prefix;
            String record;
            if (l.startsWith("  \"programme\": {")) {
                prefix = "/programme";
                record = l.substring(l.indexOf('{'), l.lastIndexOf('}') + 1);
            } else if (section != null && l.startsWith("    {")) {
                prefix = "/" + section + "/" + index++;
                record = l.substring(l.indexOf('{'), l.lastIndexOf('}') + 1);
            } else {
                continue;
            }
            Matcher m = FIELD.matcher(record);
            while (m.find()) {
                mutate(lines, n, record, m, prefix, lineNo);
            }
        }
    }

    private void mutate(String[] lines, int n, String record, Matcher m, String prefix, long line) throws IOException {
        String field = m.group(1);
        String value = m.group(2);
        String pointer = prefix + "/" + field;
        String id = pointer.substring(1).replace('/', '.');
        List<String> wrong;
        char c = value.charAt(0);
        if (c == '"') {
            wrong = List.of("1", "true", "{}", "[]");
        } else if (c == '[') {
            wrong = List.of("\"S-A\"", "1", "{}");
        } else if (c == 't' || c == 'f') {
            wrong = List.of("\"yes\"", "0", "{}", "[]");
        } else {
            wrong = List.of("\"1\"", "false", "{}", "[]");
        }
        String before = record.substring(0, m.start(2));
        String after = record.substring(m.end(2));
        for (int k = 0; k < wrong.size(); k++) {
            invalid(
                    "type-" + id + "-" + k,
                    with(lines, n, record, before + wrong.get(k) + after),
                    "HOR-108",
                    pointer,
                    line,
                    field + " given " + wrong.get(k));
        }
        boolean optional = OPTIONAL.contains(pointer);
        String absentCode = optional ? null : "HOR-200";
        if (pointer.equals("/deliveries/0/amount")) {
            absentCode = "HOR-306"; // a micro grant needs its amount
        } else if (field.equals("siteIds")) {
            absentCode = "HOR-211"; // no site ids are fewer than 2
        }
        add(
                "null-" + id,
                with(lines, n, record, before + "null" + after),
                absentCode == null ? 0 : 65,
                absentCode == null ? "-" : absentCode,
                pointer,
                line,
                field + " null");
        String removed = record.substring(0, m.start()) + record.substring(m.end());
        removed = removed.replace("{, ", "{").replace(", , ", ", ").replace(", }", "}");
        add(
                "absent-" + id,
                with(lines, n, record, removed),
                absentCode == null ? 0 : 65,
                absentCode == null ? "-" : absentCode,
                pointer,
                line,
                field + " left out");
        String last = record.substring(0, record.length() - 1);
        invalid(
                "twice-" + id,
                with(lines, n, record, last + ", \"" + field + "\": " + value + "}"),
                "HOR-106",
                pointer,
                line,
                field + " given twice");
        String typo = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        invalid(
                "typo-" + id,
                with(lines, n, record, before.substring(0, m.start(1)) + typo + record.substring(m.end(1))),
                "HOR-107",
                prefix + "/" + typo,
                line,
                field + " spelt " + typo);
        if (c == '"' && BAD_STRING.containsKey(field)) {
            String bad = value.substring(0, value.length() - 1) + "\\u0001\"";
            invalid(
                    "control-" + id,
                    with(lines, n, record, before + bad + after),
                    BAD_STRING.get(field),
                    pointer,
                    line,
                    field + " with U+0001");
        }
        if (c != '"' && c != '[' && c != 't' && c != 'f' && HUGE_NUMBER.containsKey(field)) {
            invalid(
                    "1e999-" + id,
                    with(lines, n, record, before + "1e999" + after),
                    HUGE_NUMBER.get(field),
                    pointer,
                    line,
                    field + " 1e999");
        }
    }

    private static String with(String[] lines, int n, String record, String replacement) {
        String[] copy = lines.clone();
        copy[n] = copy[n].replace(record, replacement);
        return String.join("\n", copy);
    }

    /** Every top-level field with a value of the wrong type. */
    private void topLevel() throws IOException {
        String base = base();
        String[] lines = base.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher open = Pattern.compile("^  \"(\\w+)\": \\[$").matcher(lines[n]);
            if (!open.find()) {
                continue;
            }
            String name = open.group(1);
            int end = n + 1;
            while (!lines[end].startsWith("  ]")) {
                end++;
            }
            String[] wrong = {"{}", "\"none\"", "7", "true"};
            for (int k = 0; k < wrong.length; k++) {
                List<String> copy = new ArrayList<>(List.of(lines).subList(0, n));
                copy.add("  \"" + name + "\": " + wrong[k] + lines[end].substring(3));
                copy.addAll(List.of(lines).subList(end + 1, lines.length));
                invalid(
                        "top-" + name + "-" + k,
                        String.join("\n", copy),
                        "HOR-108",
                        "/" + name,
                        n + 1,
                        name + " given " + wrong[k]);
            }
        }
        String[] scalars = {"[]", "{}", "2024", "true"};
        for (int k = 0; k < scalars.length; k++) {
            invalid(
                    "top-asOf-" + k,
                    base.replace("\"asOf\": \"2024-12-31\"", "\"asOf\": " + scalars[k]),
                    "HOR-108",
                    "/asOf",
                    3,
                    "asOf given " + scalars[k]);
            if (!scalars[k].equals("{}")) {
                invalid(
                        "top-programme-" + k,
                        base.replace(
                                "\"programme\": {\"id\": \"hor\", \"name\": \"House of Resources\"}",
                                "\"programme\": " + scalars[k]),
                        "HOR-108",
                        "/programme",
                        4,
                        "programme given " + scalars[k]);
            }
            invalid(
                    "top-formatVersion-" + k,
                    base.replace("\"formatVersion\": \"1\"", "\"formatVersion\": " + scalars[k]),
                    "HOR-105",
                    "/formatVersion",
                    2,
                    "formatVersion given " + scalars[k]);
        }
    }

    /** The big ones: deep nesting, huge strings, huge arrays, long numbers. */
    private void big() throws IOException {
        String base = base();
        int deep = 100_000;
        // root object (1), "deep" array (2), arrays 3 … 64 are allowed; opening the 65th fails, in element 0 of the
        // 64th
        String nested = "[".repeat(deep) + "]".repeat(deep);
        invalid(
                "deep-arrays-100000",
                base.replace("\"asOf\": \"2024-12-31\",", "\"asOf\": \"2024-12-31\", \"deep\": " + nested + ","),
                "HOR-102",
                "/deep" + "/0".repeat(63),
                3,
                "arrays nested 100 000 deep");
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < deep; i++) {
            objects.append("{\"a\":");
        }
        objects.append("1").append("}".repeat(deep));
        invalid(
                "deep-objects-100000",
                base.replace("\"asOf\": \"2024-12-31\",", "\"asOf\": \"2024-12-31\", \"deep\": " + objects + ","),
                "HOR-102",
                "/deep" + "/a".repeat(63),
                3,
                "objects nested 100 000 deep");
        invalid(
                "deep-unclosed-100000",
                "{\"formatVersion\": \"1\", \"sites\": " + "[".repeat(deep),
                "HOR-102",
                "/sites" + "/0".repeat(63),
                1,
                "100 000 arrays that never close");
        invalid(
                "deep-in-record",
                base.replace("\"name\": \"Haus A\"", "\"name\": " + nested),
                "HOR-102",
                "/sites/0/name" + "/0".repeat(61),
                6,
                "a site name nested 100 000 deep");
        String huge = "x".repeat(2 * 1024 * 1024);
        invalid(
                "huge-string-value",
                base.replace("\"Haus A\"", "\"" + huge + "\""),
                "HOR-103",
                "/sites/0/name",
                6,
                "a site name of 2 MiB");
        invalid(
                "huge-property-name",
                base.replace("\"asOf\": \"2024-12-31\",", "\"asOf\": \"2024-12-31\", \"" + huge + "\": 1,"),
                "HOR-103",
                "/asOf",
                3,
                "a property name of 2 MiB");
        invalid(
                "huge-number-literal",
                base.replace("\"value\": 12", "\"value\": " + "9".repeat(100_000)),
                "HOR-104",
                "/measurements/0/value",
                36,
                "a number of 100 000 digits");
        invalid(
                "huge-fraction-literal",
                base.replace("\"value\": 12", "\"value\": 0." + "1".repeat(100_000)),
                "HOR-104",
                "/measurements/0/value",
                36,
                "a fraction of 100 000 digits");
        String million = "null,".repeat(999_999) + "null";
        invalid(
                "huge-unknown-array",
                base.replace("\"asOf\": \"2024-12-31\",", "\"asOf\": \"2024-12-31\", \"bulk\": [" + million + "],"),
                "HOR-107",
                "/bulk",
                3,
                "an unknown field holding a million nulls is one violation");
        StringBuilder ids = new StringBuilder("\"S-A\"");
        for (int i = 0; i < 200_000; i++) {
            ids.append(", \"S-B\"");
        }
        invalid(
                "huge-site-ids",
                base.replace("\"siteIds\": [\"S-A\", \"S-B\"]", "\"siteIds\": [" + ids + "]"),
                "HOR-211",
                "/exchanges/0/siteIds",
                27,
                "an exchange naming S-B 200 000 times");
        StringBuilder orgs = new StringBuilder();
        for (int i = 2; i <= 20_000; i++) {
            orgs.append(",\n    {\"id\": \"O-")
                    .append(i)
                    .append("\", \"name\": \"Verein ")
                    .append(i)
                    .append("\", \"type\": \"INITIATIVE\", \"legalForm\": \"UNREGISTERED_GROUP\"}");
        }
        add(
                "many-organisations",
                base.replace("\"founded\": 2012}", "\"founded\": 2012}" + orgs),
                0,
                "-",
                "-",
                -1,
                "20 000 valid organisations");
        String nulls = "null, ".repeat(99_999) + "null";
        invalid(
                "many-violations",
                base.replace("\"organisations\": [", "\"organisations\": [" + nulls + ","),
                "HOR-108",
                "/organisations/0",
                9,
                "100 000 records that are null");
    }

    /** Writes a manifest of all cases (for people): name, exit, code, pointer, line, what. */
    public static void writeManifest(List<HostileCase> cases, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (HostileCase c : cases) {
                w.write(String.join(
                        "\t",
                        c.name(),
                        Integer.toString(c.exitCode()),
                        c.code() == null ? "-" : c.code(),
                        c.pointer(),
                        Long.toString(c.line()),
                        c.what()));
                w.newLine();
            }
        }
    }
}
