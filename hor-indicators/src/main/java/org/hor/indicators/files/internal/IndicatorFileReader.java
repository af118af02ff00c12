package org.hor.indicators.files.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Direction;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Level;
import org.hor.core.spi.LocalizedText;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFileResult;
import org.hor.indicators.internal.json.LocatedNode;
import org.hor.indicators.internal.json.LocatedTree;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and checks an indicator file (spec 05) from its bytes: syntax and limits first (each of
 * those stops reading, as in the dataset reader), then every field rule, all at once. Builds the
 * checked file only when nothing was found.
 */
public final class IndicatorFileReader {

    /** The largest indicator file, in bytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    /** The deepest nesting of JSON objects and arrays. */
    public static final int MAX_NESTING = 32;
    /** The longest string or key, in characters (texts have their own, much lower, rules). */
    public static final int MAX_STRING = 10_000;
    /** The longest number literal, in characters. */
    public static final int MAX_NUMBER = 100;
    /** The most indicators in one file. */
    public static final int MAX_INDICATORS = 500;
    /** The deepest nesting of expressions. */
    public static final int MAX_EXPRESSION_DEPTH = 4;

    private static final List<String> TOP = List.of("formatVersion", "indicators", "comment");
    private static final List<String> INDICATOR = List.of(
            "id", "label", "definition", "unit", "level", "direction", "sites", "periods", "compute", "comment");
    private static final Map<String, PeriodType> PERIODS = periods();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_BYTES)
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING)
                    .maxNameLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final List<Violation> violations = new ArrayList<>();
    private final FileValues v = new FileValues(violations);
    private final ExpressionReader expressions = new ExpressionReader(v);

    private IndicatorFileReader() {}

    private static Map<String, PeriodType> periods() {
        Map<String, PeriodType> m = new LinkedHashMap<>();
        m.put("year", PeriodType.YEAR);
        m.put("half", PeriodType.HALF_YEAR);
        m.put("quarter", PeriodType.QUARTER);
        m.put("month", PeriodType.MONTH);
        m.put("custom", PeriodType.CUSTOM);
        return m;
    }

    /**
     * Reads and checks a file's bytes.
     *
     * @param name how the file is named in messages and in the catalogue
     * @param bytes its bytes
     * @return the checked file or every violation, sorted by place
     */
    public static IndicatorFileResult read(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(List.of(Violation.of(
                    "", -1, -1, RuleCode.INDICATOR_FILE_SIZE, Long.toString(bytes.length), Long.toString(MAX_BYTES))));
        }
        return new IndicatorFileReader().run(name, bytes);
    }

    /** Returns a result without a file. */
    public static IndicatorFileResult failed(List<Violation> violations) {
        return new IndicatorFileResult(Optional.empty(), sorted(violations));
    }

    /** Sorts violations by line, then column, then pointer (unknown places last). */
    public static List<Violation> sorted(List<Violation> violations) {
        List<Violation> l = new ArrayList<>(violations);
        l.sort((a, b) -> {
            long la = a.line() < 0 ? Long.MAX_VALUE : a.line();
            long lb = b.line() < 0 ? Long.MAX_VALUE : b.line();
            if (la != lb) {
                return Long.compare(la, lb);
            }
            if (a.column() != b.column()) {
                return Long.compare(a.column(), b.column());
            }
            return a.pointer().compareTo(b.pointer());
        });
        return List.copyOf(l);
    }

    private IndicatorFileResult run(String name, byte[] bytes) {
        LocatedTree tree;
        JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes);
        try (p) {
            if (p.nextToken() == null) {
                return failed(List.of(new Violation(
                        "",
                        1,
                        1,
                        RuleCode.INDICATOR_FILE_SYNTAX.code(),
                        null,
                        RuleCode.INDICATOR_FILE_SYNTAX.messageKey("empty"),
                        List.of())));
            }
            tree = LocatedTree.read(p);
            if (p.nextToken() != null) {
                TokenStreamLocation l = p.currentTokenLocation();
                return failed(List.of(new Violation(
                        "",
                        l.getLineNr(),
                        l.getColumnNr(),
                        RuleCode.INDICATOR_FILE_SYNTAX.code(),
                        null,
                        RuleCode.INDICATOR_FILE_SYNTAX.messageKey("trailing"),
                        List.of())));
            }
        } catch (StreamConstraintsException e) {
            return failed(List.of(limit(e, LocatedTree.pointerOf(p), p)));
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            String message = e.getOriginalMessage();
            if (e.getCause() != null && e.getCause().getMessage() != null) {
                message = e.getCause().getMessage();
            }
            if (message != null && message.contains(" (start marker at")) {
                message = message.substring(0, message.indexOf(" (start marker at"));
            }
            return failed(List.of(Violation.of(
                    LocatedTree.pointerOf(p),
                    l == null ? 1 : Math.max(1, l.getLineNr()),
                    l == null ? 1 : Math.max(1, l.getColumnNr()),
                    RuleCode.INDICATOR_FILE_SYNTAX,
                    null,
                    String.valueOf(message))));
        }
        for (LocatedTree.DuplicateKey d : tree.duplicates()) {
            violations.add(Violation.of(
                    d.pointer(), d.line(), d.column(), RuleCode.INDICATOR_FILE_DUPLICATE_KEY, d.key(), d.key()));
        }
        List<FileIndicator> indicators = top(tree.root());
        if (!violations.isEmpty() || indicators == null) {
            return failed(violations);
        }
        Map<String, IndicatorFile.Location> locations = new HashMap<>();
        tree.forEach(n -> locations.put(n.pointer(), new IndicatorFile.Location(n.line(), n.column())));
        return new IndicatorFileResult(
                Optional.of(new IndicatorFile(name, sha256(bytes), indicators, locations)), List.of());
    }

    private static Violation limit(StreamConstraintsException e, String pointer, JsonParser p) {
        String m = String.valueOf(e.getOriginalMessage());
        TokenStreamLocation l = e.getLocation();
        if (l == null || l.getLineNr() < 1) {
            l = p.currentTokenLocation();
        }
        long line = l == null ? -1 : l.getLineNr();
        long column = l == null ? -1 : l.getColumnNr();
        if (m.contains("getMaxDocumentLength")) {
            return Violation.of(pointer, line, column, RuleCode.INDICATOR_FILE_SIZE, null, Long.toString(MAX_BYTES));
        } else if (m.contains("getMaxNestingDepth")) {
            return Violation.of(
                    pointer, line, column, RuleCode.INDICATOR_FILE_NESTING, null, Integer.toString(MAX_NESTING));
        } else if (m.contains("getMaxStringLength") || m.contains("getMaxNameLength")) {
            return Violation.of(
                    pointer, line, column, RuleCode.INDICATOR_FILE_STRING_LENGTH, null, Integer.toString(MAX_STRING));
        } else if (m.contains("getMaxNumberLength")) {
            return Violation.of(
                    pointer, line, column, RuleCode.INDICATOR_FILE_NUMBER_LENGTH, null, Integer.toString(MAX_NUMBER));
        }
        return Violation.of(pointer, Math.max(1, line), Math.max(1, column), RuleCode.INDICATOR_FILE_SYNTAX, null, m);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // ---------------------------------------------------------------- the file

    private List<FileIndicator> top(LocatedNode root) {
        if (!root.isObject()) {
            v.type(root, "object");
            return null;
        }
        LocatedNode version = root.get("formatVersion");
        if (version == null) {
            v.required(root, "formatVersion");
        } else if (!version.isString() || !"1".equals(version.text())) {
            // another format: nothing else of it is worth reporting
            violations.clear();
            v.add(version, RuleCode.INDICATOR_FILE_FORMAT_VERSION, null, version.text());
            return null;
        }
        v.unknownKeys(root, TOP);
        comment(root.get("comment"));
        LocatedNode list = root.get("indicators");
        if (list == null) {
            v.required(root, "indicators");
            return null;
        }
        if (!list.isArray()) {
            v.type(list, "array");
            return null;
        }
        if (list.items().isEmpty() || list.items().size() > MAX_INDICATORS) {
            v.add(
                    list,
                    RuleCode.INDICATOR_FILE_INDICATOR_COUNT,
                    null,
                    Integer.toString(list.items().size()),
                    list.items().size(),
                    MAX_INDICATORS);
        }
        List<FileIndicator> result = new ArrayList<>();
        Map<String, LocatedNode> firstIds = new HashMap<>();
        for (LocatedNode item : list.items()) {
            FileIndicator fi = indicator(item, firstIds);
            if (fi != null) {
                result.add(fi);
            }
        }
        return result;
    }

    private void comment(LocatedNode n) {
        if (n != null) {
            v.text(n, 500);
        }
    }

    private FileIndicator indicator(LocatedNode n, Map<String, LocatedNode> firstIds) {
        if (!n.isObject()) {
            v.type(n, "object");
            return null;
        }
        int before = violations.size();
        v.unknownKeys(n, INDICATOR);
        comment(n.get("comment"));
        String id = null;
        LocatedNode idNode = n.get("id");
        if (idNode == null) {
            v.required(n, "id");
        } else if (!idNode.isString()) {
            v.type(idNode, "string");
        } else if (idNode.text().length() > IndicatorDefinition.MAX_ID_LENGTH
                || !IndicatorDefinition.ID.matcher(idNode.text()).matches()) {
            v.add(idNode, RuleCode.INDICATOR_FILE_ID, "indicator", idNode.text());
        } else {
            LocatedNode first = firstIds.putIfAbsent(idNode.text(), idNode);
            if (first != null) {
                v.add(
                        idNode,
                        RuleCode.INDICATOR_FILE_DUPLICATE_ID,
                        null,
                        idNode.text(),
                        idNode.text(),
                        first.pointer() + " (" + first.line() + ":" + first.column() + ")");
            }
            id = idNode.text();
        }
        LocalizedText label = v.localized(n, "label", 200);
        LocalizedText definition = v.localized(n, "definition", 500);
        String unit = null;
        LocatedNode unitNode = n.get("unit");
        if (unitNode == null) {
            v.required(n, "unit");
        } else {
            unit = v.text(unitNode, 32);
        }
        Level level = v.enumValue(n, "level", true, Level.class);
        Direction direction = v.enumValue(n, "direction", true, Direction.class);
        List<String> sites = new ArrayList<>();
        LocatedNode sitesNode = n.get("sites");
        if (sitesNode != null) {
            for (LocatedNode s : v.list(sitesNode)) {
                String site = v.dataId(s);
                if (site != null) {
                    sites.add(site);
                }
            }
        }
        Set<PeriodType> periods = EnumSet.noneOf(PeriodType.class);
        LocatedNode periodsNode = n.get("periods");
        if (periodsNode != null) {
            for (LocatedNode s : v.list(periodsNode)) {
                PeriodType t = v.mapped(s, PERIODS);
                if (t != null) {
                    periods.add(t);
                }
            }
        }
        Expression compute = null;
        LocatedNode computeNode = n.get("compute");
        if (computeNode == null) {
            v.required(n, "compute");
        } else {
            compute = expressions.expression(computeNode, 1);
        }
        if (violations.size() > before) {
            return null;
        }
        return new FileIndicator(id, label, definition, unit, level, direction, sites, periods, compute, n.pointer());
    }
}
