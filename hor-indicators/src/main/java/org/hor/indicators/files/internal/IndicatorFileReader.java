package org.hor.indicators.files.internal;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hor.core.model.LegalForm;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Direction;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Level;
import org.hor.core.spi.LocalizedText;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.Filter;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFileResult;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

    private static final Pattern DATA_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final List<String> TOP = List.of("formatVersion", "indicators", "comment");
    private static final List<String> INDICATOR = List.of("id", "label", "definition", "unit", "level", "direction",
            "sites", "periods", "compute", "comment");
    private static final List<String> EXPRESSIONS = List.of("count", "organisations", "sum", "share", "ratio");
    private static final List<String> FILTER_KEYS = List.of("offerType", "offerId", "organisationType", "migrantLed",
            "legalForm", "attribute", "type", "metric", "partnerType", "formal");
    private static final Map<RecordSet, List<String>> WHERE = Map.of(
            RecordSet.DELIVERIES, List.of("offerType", "offerId", "organisationType", "migrantLed", "legalForm", "attribute"),
            RecordSet.OUTCOMES, List.of("type", "organisationType", "migrantLed", "legalForm", "attribute"),
            RecordSet.MEASUREMENTS, List.of("metric"),
            RecordSet.COOPERATIONS, List.of("partnerType", "formal"));
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
    private final Map<String, long[]> places = new HashMap<>();

    private IndicatorFileReader() {
    }

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
            return failed(List.of(Violation.of("", -1, -1, RuleCode.INDICATOR_FILE_SIZE, Long.toString(bytes.length),
                    Long.toString(MAX_BYTES))));
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
        JsonTree.Node root;
        JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes);
        try (p) {
            if (p.nextToken() == null) {
                return failed(List.of(new Violation("", 1, 1, RuleCode.INDICATOR_FILE_SYNTAX.code(), null,
                        RuleCode.INDICATOR_FILE_SYNTAX.messageKey("empty"), List.of())));
            }
            root = new JsonTree(p, violations, places).read("", true);
            if (p.nextToken() != null) {
                TokenStreamLocation l = p.currentTokenLocation();
                return failed(List.of(new Violation("", l.getLineNr(), l.getColumnNr(),
                        RuleCode.INDICATOR_FILE_SYNTAX.code(), null, RuleCode.INDICATOR_FILE_SYNTAX.messageKey("trailing"),
                        List.of())));
            }
        } catch (StreamConstraintsException e) {
            return failed(List.of(limit(e, pointerOf(p), p)));
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            String message = e.getOriginalMessage();
            if (e.getCause() != null && e.getCause().getMessage() != null) {
                message = e.getCause().getMessage();
            }
            if (message != null && message.contains(" (start marker at")) {
                message = message.substring(0, message.indexOf(" (start marker at"));
            }
            return failed(List.of(Violation.of(pointerOf(p), l == null ? 1 : Math.max(1, l.getLineNr()),
                    l == null ? 1 : Math.max(1, l.getColumnNr()), RuleCode.INDICATOR_FILE_SYNTAX, null,
                    String.valueOf(message))));
        }
        List<FileIndicator> indicators = top(root);
        if (!violations.isEmpty() || indicators == null) {
            return failed(violations);
        }
        Map<String, IndicatorFile.Location> locations = new HashMap<>();
        places.forEach((k, v) -> locations.put(k, new IndicatorFile.Location(v[0], v[1])));
        return new IndicatorFileResult(Optional.of(new IndicatorFile(name, sha256(bytes), indicators, locations)),
                List.of());
    }

    private static String pointerOf(JsonParser p) {
        try {
            return p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
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
            return Violation.of(pointer, line, column, RuleCode.INDICATOR_FILE_NESTING, null, Integer.toString(MAX_NESTING));
        } else if (m.contains("getMaxStringLength") || m.contains("getMaxNameLength")) {
            return Violation.of(pointer, line, column, RuleCode.INDICATOR_FILE_STRING_LENGTH, null,
                    Integer.toString(MAX_STRING));
        } else if (m.contains("getMaxNumberLength")) {
            return Violation.of(pointer, line, column, RuleCode.INDICATOR_FILE_NUMBER_LENGTH, null,
                    Integer.toString(MAX_NUMBER));
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

    // ---------------------------------------------------------------- reporting

    private void add(JsonTree.Node at, RuleCode rule, String variant, String value, Object... args) {
        add(at.pointer, at.line, at.column, rule, variant, value, args);
    }

    private void add(String pointer, long line, long column, RuleCode rule, String variant, String value,
            Object... args) {
        violations.add(new Violation(pointer, line, column, rule.code(), value,
                variant == null ? rule.messageKey() : rule.messageKey(variant), List.of(args)));
    }

    private void type(JsonTree.Node n, String expected) {
        add(n, RuleCode.INDICATOR_FILE_TYPE, expected, n.text, n.describe());
    }

    private void required(JsonTree.Node parent, String key) {
        add(parent.pointer + "/" + JsonTree.escape(key), parent.line, parent.column, RuleCode.INDICATOR_FILE_REQUIRED,
                null, null);
    }

    /** Reports the keys of {@code n} that are not in {@code known}. */
    private void unknownKeys(JsonTree.Node n, List<String> known) {
        for (String key : n.members.keySet()) {
            if (!known.contains(key)) {
                long[] at = n.keyPlaces.get(key);
                add(n.pointer + "/" + JsonTree.escape(key), at[0], at[1], RuleCode.INDICATOR_FILE_UNKNOWN_FIELD, null,
                        key, key, String.join(", ", known));
            }
        }
    }

    // ---------------------------------------------------------------- the file

    private List<FileIndicator> top(JsonTree.Node root) {
        if (!root.isObject()) {
            type(root, "object");
            return null;
        }
        JsonTree.Node version = root.get("formatVersion");
        if (version == null) {
            required(root, "formatVersion");
        } else if (!version.isString() || !"1".equals(version.text)) {
            // another format: nothing else of it is worth reporting
            violations.clear();
            add(version, RuleCode.INDICATOR_FILE_FORMAT_VERSION, null, version.text);
            return null;
        }
        unknownKeys(root, TOP);
        comment(root.get("comment"));
        JsonTree.Node list = root.get("indicators");
        if (list == null) {
            required(root, "indicators");
            return null;
        }
        if (!list.isArray()) {
            type(list, "array");
            return null;
        }
        if (list.items.isEmpty() || list.items.size() > MAX_INDICATORS) {
            add(list, RuleCode.INDICATOR_FILE_INDICATOR_COUNT, null, Integer.toString(list.items.size()),
                    list.items.size(), MAX_INDICATORS);
        }
        List<FileIndicator> result = new ArrayList<>();
        Map<String, String> firstPointer = new HashMap<>();
        for (JsonTree.Node item : list.items) {
            FileIndicator fi = indicator(item, firstPointer);
            if (fi != null) {
                result.add(fi);
            }
        }
        return result;
    }

    private void comment(JsonTree.Node n) {
        if (n != null) {
            text(n, 500);
        }
    }

    private FileIndicator indicator(JsonTree.Node n, Map<String, String> firstPointer) {
        if (!n.isObject()) {
            type(n, "object");
            return null;
        }
        int before = violations.size();
        unknownKeys(n, INDICATOR);
        comment(n.get("comment"));
        String id = null;
        JsonTree.Node idNode = n.get("id");
        if (idNode == null) {
            required(n, "id");
        } else if (!idNode.isString()) {
            type(idNode, "string");
        } else if (idNode.text.length() > IndicatorDefinition.MAX_ID_LENGTH
                || !IndicatorDefinition.ID.matcher(idNode.text).matches()) {
            add(idNode, RuleCode.INDICATOR_FILE_ID, "indicator", idNode.text);
        } else {
            String first = firstPointer.putIfAbsent(idNode.text, idNode.pointer);
            if (first != null) {
                long[] at = places.get(first);
                add(idNode, RuleCode.INDICATOR_FILE_DUPLICATE_ID, null, idNode.text, idNode.text,
                        first + (at == null ? "" : " (" + at[0] + ":" + at[1] + ")"));
            }
            id = idNode.text;
        }
        LocalizedText label = localized(n, "label", 200);
        LocalizedText definition = localized(n, "definition", 500);
        String unit = null;
        JsonTree.Node unitNode = n.get("unit");
        if (unitNode == null) {
            required(n, "unit");
        } else {
            unit = text(unitNode, 32);
        }
        Level level = enumValue(n, "level", true, Level.class);
        Direction direction = enumValue(n, "direction", true, Direction.class);
        List<String> sites = new ArrayList<>();
        JsonTree.Node sitesNode = n.get("sites");
        if (sitesNode != null) {
            for (JsonTree.Node s : list(sitesNode)) {
                String site = dataId(s);
                if (site != null) {
                    sites.add(site);
                }
            }
        }
        Set<PeriodType> periods = EnumSet.noneOf(PeriodType.class);
        JsonTree.Node periodsNode = n.get("periods");
        if (periodsNode != null) {
            for (JsonTree.Node s : list(periodsNode)) {
                PeriodType t = mapped(s, PERIODS);
                if (t != null) {
                    periods.add(t);
                }
            }
        }
        Expression compute = null;
        JsonTree.Node computeNode = n.get("compute");
        if (computeNode == null) {
            required(n, "compute");
        } else {
            compute = expression(computeNode, 1);
        }
        if (violations.size() > before) {
            return null;
        }
        return new FileIndicator(id, label, definition, unit, level, direction, sites, periods, compute, n.pointer);
    }

    private LocalizedText localized(JsonTree.Node parent, String key, int max) {
        JsonTree.Node n = parent.get(key);
        if (n == null) {
            required(parent, key);
            return null;
        }
        if (!n.isObject()) {
            type(n, "object");
            return null;
        }
        unknownKeys(n, List.of("de", "en"));
        JsonTree.Node de = n.get("de");
        JsonTree.Node en = n.get("en");
        if (de == null && en == null) {
            add(n, RuleCode.INDICATOR_FILE_REQUIRED, "language", null);
            return null;
        }
        String d = de == null ? null : text(de, max);
        String e = en == null ? null : text(en, max);
        if ((de != null && d == null) || (en != null && e == null)) {
            return null;
        }
        return new LocalizedText(d == null ? e : d, e == null ? d : e);
    }

    /** Checks a text of spec 01 of at most {@code max} code points; returns it, or {@code null} after a violation. */
    private String text(JsonTree.Node n, int max) {
        if (!n.isString()) {
            type(n, "string");
            return null;
        }
        String s = n.text;
        int count = 0;
        boolean visible = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            count++;
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                count = Integer.MAX_VALUE;
                break;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        if (count == 0 || count > max || !visible) {
            add(n, RuleCode.INDICATOR_FILE_TEXT, null, s, max);
            return null;
        }
        return s;
    }

    /** Checks an id of spec 01 (sites, offers, metrics, attribute names). */
    private String dataId(JsonTree.Node n) {
        if (!n.isString()) {
            type(n, "string");
            return null;
        }
        if (!DATA_ID.matcher(n.text).matches()) {
            add(n, RuleCode.INDICATOR_FILE_ID, null, n.text);
            return null;
        }
        return n.text;
    }

    /** Returns the elements of a non-empty array, or none after a violation. */
    private List<JsonTree.Node> list(JsonTree.Node n) {
        if (!n.isArray()) {
            type(n, "array");
            return List.of();
        }
        if (n.items.isEmpty()) {
            add(n, RuleCode.INDICATOR_FILE_EMPTY, null, null);
        }
        return n.items;
    }

    private <E extends Enum<E>> E enumValue(JsonTree.Node parent, String key, boolean required, Class<E> type) {
        JsonTree.Node n = parent.get(key);
        if (n == null) {
            if (required) {
                required(parent, key);
            }
            return null;
        }
        return mapped(n, names(type));
    }

    private <T> T mapped(JsonTree.Node n, Map<String, T> names) {
        if (!n.isString()) {
            type(n, "string");
            return null;
        }
        T t = names.get(n.text);
        if (t == null) {
            add(n, RuleCode.INDICATOR_FILE_ENUM, null, n.text, String.join(", ", names.keySet()));
        }
        return t;
    }

    private static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            names.put(e.name(), e);
        }
        return names;
    }

    // ---------------------------------------------------------------- expressions

    private Expression expression(JsonTree.Node n, int depth) {
        if (!n.isObject()) {
            type(n, "object");
            return null;
        }
        if (depth > MAX_EXPRESSION_DEPTH) {
            add(n, RuleCode.INDICATOR_FILE_EXPRESSION_DEPTH, null, null, MAX_EXPRESSION_DEPTH);
            return null;
        }
        List<String> known = new ArrayList<>();
        for (String key : n.members.keySet()) {
            if (EXPRESSIONS.contains(key)) {
                known.add(key);
            }
        }
        unknownKeys(n, EXPRESSIONS);
        if (known.isEmpty()) {
            if (n.members.isEmpty()) {
                add(n, RuleCode.INDICATOR_FILE_EXPRESSION, null, null, String.join(", ", EXPRESSIONS));
            }
            return null;
        }
        if (known.size() > 1) {
            add(n, RuleCode.INDICATOR_FILE_EXPRESSION, "many", String.join(", ", known), String.join(", ", known));
            return null;
        }
        String kind = known.get(0);
        JsonTree.Node body = n.members.get(kind);
        if (body.isNull()) {
            required(n, kind);
            return null;
        }
        if (!body.isObject()) {
            type(body, "object");
            return null;
        }
        return switch (kind) {
            case "share" -> {
                unknownKeys(body, List.of("part", "of"));
                Expression part = operand(body, "part", depth);
                Expression of = operand(body, "of", depth);
                yield part == null || of == null ? null : new Expression.Share(part, of);
            }
            case "ratio" -> {
                unknownKeys(body, List.of("numerator", "denominator"));
                Expression num = operand(body, "numerator", depth);
                Expression den = operand(body, "denominator", depth);
                yield num == null || den == null ? null : new Expression.Ratio(num, den);
            }
            default -> selectionExpression(kind, body);
        };
    }

    private Expression operand(JsonTree.Node body, String key, int depth) {
        JsonTree.Node n = body.get(key);
        if (n == null) {
            required(body, key);
            return null;
        }
        return expression(n, depth + 1);
    }

    private Expression selectionExpression(String kind, JsonTree.Node body) {
        int before = violations.size();
        List<String> keys = switch (kind) {
            case "count" -> List.of("from", "where");
            case "organisations" -> List.of("from", "where", "atLeast");
            default -> List.of("from", "where", "field");
        };
        for (String key : body.members.keySet()) {
            long[] at = body.keyPlaces.get(key);
            String pointer = body.pointer + "/" + JsonTree.escape(key);
            if (keys.contains(key)) {
                continue;
            }
            if (key.equals("field")) {
                add(pointer, at[0], at[1], RuleCode.INDICATOR_FILE_NOT_ALLOWED, "sumOnly", key);
            } else if (key.equals("atLeast")) {
                add(pointer, at[0], at[1], RuleCode.INDICATOR_FILE_NOT_ALLOWED, "atLeastOnly", key);
            } else {
                add(pointer, at[0], at[1], RuleCode.INDICATOR_FILE_UNKNOWN_FIELD, null, key, key, String.join(", ", keys));
            }
        }
        Map<String, RecordSet> sets = new LinkedHashMap<>();
        for (RecordSet r : RecordSet.values()) {
            sets.put(r.key(), r);
        }
        RecordSet from = null;
        JsonTree.Node fromNode = body.get("from");
        if (fromNode == null) {
            required(body, "from");
        } else {
            from = mapped(fromNode, sets);
            if (from != null && kind.equals("organisations")
                    && (from == RecordSet.MEASUREMENTS || from == RecordSet.COOPERATIONS)) {
                add(fromNode, RuleCode.INDICATOR_FILE_NOT_ALLOWED, "organisations", fromNode.text, fromNode.text);
            }
        }
        Filter where = where(body, from);
        Field field = null;
        if (kind.equals("sum")) {
            field = field(body, from);
        }
        int atLeast = 1;
        if (kind.equals("organisations")) {
            JsonTree.Node a = body.get("atLeast");
            if (a != null) {
                atLeast = atLeast(a);
            }
        }
        if (violations.size() > before || from == null || where == null) {
            return null;
        }
        Selection selection = new Selection(from, where);
        return switch (kind) {
            case "count" -> new Expression.Count(selection);
            case "organisations" -> new Expression.Organisations(selection, atLeast);
            default -> new Expression.Sum(selection, field);
        };
    }

    private int atLeast(JsonTree.Node a) {
        if (!a.isNumber()) {
            type(a, "number");
            return 1;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(a.text);
        } catch (NumberFormatException | ArithmeticException e) {
            d = null;
        }
        if (d == null || d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || d.stripTrailingZeros().scale() > 0) {
            add(a, RuleCode.INDICATOR_FILE_AT_LEAST, null, a.text);
            return 1;
        }
        return d.intValueExact();
    }

    private Field field(JsonTree.Node body, RecordSet from) {
        JsonTree.Node f = body.get("field");
        List<String> allowed = new ArrayList<>();
        for (Field x : Field.values()) {
            if (from == null || x.recordSet() == from) {
                allowed.add(x.key());
            }
        }
        String allowedText = allowed.isEmpty() ? "–" : String.join(", ", allowed);
        if (f == null) {
            add(body.pointer + "/field", body.line, body.column, RuleCode.INDICATOR_FILE_REQUIRED, "field", null,
                    allowedText);
            return null;
        }
        if (!f.isString()) {
            type(f, "string");
            return null;
        }
        for (Field x : Field.values()) {
            if (x.key().equals(f.text)) {
                if (from != null && x.recordSet() != from) {
                    add(f, RuleCode.INDICATOR_FILE_NOT_ALLOWED, "field", f.text, f.text, from.key(), allowedText);
                    return null;
                }
                return x;
            }
        }
        if (from != null && allowed.isEmpty()) {
            add(f, RuleCode.INDICATOR_FILE_NOT_ALLOWED, "field", f.text, f.text, from.key(), allowedText);
        } else {
            add(f, RuleCode.INDICATOR_FILE_ENUM, null, f.text, allowedText);
        }
        return null;
    }

    private Filter where(JsonTree.Node body, RecordSet from) {
        JsonTree.Node w = body.get("where");
        if (w == null) {
            if (from == RecordSet.MEASUREMENTS) {
                add(body.pointer + "/where/metric", body.line, body.column, RuleCode.INDICATOR_FILE_REQUIRED, "metric",
                        null);
                return null;
            }
            return Filter.NONE;
        }
        if (!w.isObject()) {
            type(w, "object");
            return null;
        }
        int before = violations.size();
        List<String> allowed = from == null ? FILTER_KEYS : WHERE.get(from);
        for (String key : w.members.keySet()) {
            long[] at = w.keyPlaces.get(key);
            String pointer = w.pointer + "/" + JsonTree.escape(key);
            if (!FILTER_KEYS.contains(key)) {
                add(pointer, at[0], at[1], RuleCode.INDICATOR_FILE_UNKNOWN_FIELD, null, key, key, String.join(", ", allowed));
            } else if (!allowed.contains(key)) {
                add(pointer, at[0], at[1], RuleCode.INDICATOR_FILE_NOT_ALLOWED, "where", key, key, from.key(),
                        String.join(", ", allowed));
            }
        }
        Set<OfferType> offerType = enumSet(w.get("offerType"), names(OfferType.class));
        Set<String> offerId = idSet(w.get("offerId"));
        Set<OrganisationType> organisationType = enumSet(w.get("organisationType"), names(OrganisationType.class));
        Optional<Boolean> migrantLed = bool(w.get("migrantLed"));
        Set<LegalForm> legalForm = enumSet(w.get("legalForm"), names(LegalForm.class));
        Optional<Filter.Attribute> attribute = attribute(w.get("attribute"));
        Set<OutcomeType> type = enumSet(w.get("type"), names(OutcomeType.class));
        Set<String> metric = idSet(w.get("metric"));
        Set<PartnerType> partnerType = enumSet(w.get("partnerType"), names(PartnerType.class));
        Optional<Boolean> formal = bool(w.get("formal"));
        if (from == RecordSet.MEASUREMENTS && w.get("metric") == null) {
            add(w.pointer + "/metric", w.line, w.column, RuleCode.INDICATOR_FILE_REQUIRED, "metric", null);
        }
        if (violations.size() > before) {
            return null;
        }
        return new Filter(offerType, offerId, organisationType, migrantLed, legalForm, attribute, type, metric,
                partnerType, formal);
    }

    private <E> Set<E> enumSet(JsonTree.Node n, Map<String, E> names) {
        return collect(n, x -> mapped(x, names));
    }

    private Set<String> idSet(JsonTree.Node n) {
        return collect(n, this::dataId);
    }

    private <E> Set<E> collect(JsonTree.Node n, Function<JsonTree.Node, E> each) {
        if (n == null) {
            return Set.of();
        }
        Set<E> set = new LinkedHashSet<>();
        for (JsonTree.Node x : list(n)) {
            E e = each.apply(x);
            if (e != null) {
                set.add(e);
            }
        }
        return set;
    }

    private Optional<Boolean> bool(JsonTree.Node n) {
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isBoolean()) {
            type(n, "boolean");
            return Optional.empty();
        }
        return Optional.of(n.token == JsonToken.VALUE_TRUE);
    }

    private Optional<Filter.Attribute> attribute(JsonTree.Node n) {
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            type(n, "object");
            return Optional.empty();
        }
        unknownKeys(n, List.of("name", "in"));
        String name = null;
        JsonTree.Node nameNode = n.get("name");
        if (nameNode == null) {
            required(n, "name");
        } else {
            name = dataId(nameNode);
        }
        List<String> in = new ArrayList<>();
        JsonTree.Node inNode = n.get("in");
        if (inNode == null) {
            required(n, "in");
        } else {
            for (JsonTree.Node x : list(inNode)) {
                String t = text(x, 500);
                if (t != null && !in.contains(t)) {
                    in.add(t);
                }
            }
        }
        return name == null ? Optional.empty() : Optional.of(new Filter.Attribute(name, in));
    }
}
