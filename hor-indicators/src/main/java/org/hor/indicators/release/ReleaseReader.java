package org.hor.indicators.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hor.core.io.ReadLimits;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.GermanState;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
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
 * Reads release files strictly (spec 06). Every problem is a {@link Violation} with a JSON pointer,
 * line and column and a rule code: the document's syntax and limits, duplicate keys, unknown fields,
 * wrong types and an unknown {@code formatVersion} as for datasets ({@code HOR-1xx}); a missing field
 * {@code HOR-200}; and the rules of a release ({@code HOR-6xx}): the {@code kind} (a dataset given as
 * a release is named as such), SHA-256s, options and origins, and values that no evaluation writes —
 * keys out of evaluation order or twice, indicators not in the release's catalogue, scopes, periods
 * and categories that do not exist, numbers not written as their indicator's values are (spec 02),
 * both or neither of value and reason, unknown reasons, revisions whose new side is not the release's
 * value. So a hand-edited value shows unless the edit keeps every rule. Never throws for the content;
 * instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ReleaseReadResult r = ReleaseReader.builder().build().read(Path.of("release-2025.json"));
 * r.violations().forEach(v -> System.err.println(v.format(Locale.ENGLISH)));
 * }</pre>
 */
public final class ReleaseReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> TOP = List.of("formatVersion", "kind", "name", "programmeId", "asOf", "dataset",
            "software", "catalogue", "options", "values", "supersedes", "revisions");
    private static final List<String> VALUE_FIELDS = List.of("scope", "period", "indicator", "category", "value",
            "reason");
    private static final List<String> REVISION_FIELDS = List.of("scope", "period", "indicator", "category", "change",
            "old", "new", "oldReason", "newReason", "reason");

    private final ReadLimits limits;
    private final Catalogue catalogue;
    private final JsonFactory factory;

    private ReleaseReader(Builder b) {
        this.limits = b.limits;
        this.catalogue = b.catalogue;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /** {@return a builder with the defaults: {@link ReadLimits#defaults()}, the standard catalogue} */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link ReleaseReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private Catalogue catalogue = Catalogue.standard();

        private Builder() {
        }

        /**
         * {@return this builder, with other limits}
         *
         * @param limits the limits of the document
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the catalogue whose definitions check the values' number formats and categories
         * (default: the standard catalogue); values of indicators it does not define are checked
         * against every number style.
         *
         * @param catalogue the catalogue
         * @return this builder
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** {@return the reader} */
        public ReleaseReader build() {
            return new ReleaseReader(this);
        }
    }

    /**
     * Reads a release file.
     *
     * @param file the file
     * @return the release or its violations
     * @throws IOException when the file cannot be read
     */
    public ReleaseReadResult read(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > limits.maxDocumentBytes()) {
            return invalid(Violation.of("", -1, -1, RuleCode.LIMIT_DOCUMENT_SIZE, Long.toString(Files.size(file)),
                    Long.toString(limits.maxDocumentBytes())), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a release from a stream (not closed), at most the limit's bytes.
     *
     * @param in the stream
     * @return the release or its violations
     * @throws IOException when the stream cannot be read
     */
    public ReleaseReadResult read(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(chunk)) > 0;) {
            total += n;
            if (total > limits.maxDocumentBytes()) {
                return invalid(Violation.of("", -1, -1, RuleCode.LIMIT_DOCUMENT_SIZE, null,
                        Long.toString(limits.maxDocumentBytes())), null);
            }
            buffer.write(chunk, 0, n);
        }
        return read(buffer.toByteArray());
    }

    /**
     * Reads a release from its bytes.
     *
     * @param bytes the file's bytes
     * @return the release or its violations
     */
    public ReleaseReadResult read(byte[] bytes) {
        String sha = Releases.sha256(bytes);
        if (bytes.length > limits.maxDocumentBytes()) {
            return invalid(Violation.of("", -1, -1, RuleCode.LIMIT_DOCUMENT_SIZE, Integer.toString(bytes.length),
                    Long.toString(limits.maxDocumentBytes())), sha);
        }
        Node root;
        List<Violation> violations = new ArrayList<>();
        JsonParser p;
        try {
            p = factory.createParser(ObjectReadContext.empty(), bytes);
        } catch (JacksonException e) {
            return invalid(Violation.of("", 1, 1, RuleCode.JSON_SYNTAX, null, String.valueOf(e.getOriginalMessage())), sha);
        }
        try (p) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return invalid(new Violation("", 1, 1, RuleCode.JSON_SYNTAX.code(), null,
                        RuleCode.JSON_SYNTAX.messageKey("empty"), List.of()), sha);
            }
            root = parse(p, "", violations);
            if (p.nextToken() != null) {
                TokenStreamLocation l = p.currentTokenLocation();
                return invalid(new Violation("", l.getLineNr(), l.getColumnNr(), RuleCode.JSON_SYNTAX.code(), null,
                        RuleCode.JSON_SYNTAX.messageKey("trailing"), List.of()), sha);
            }
        } catch (StreamConstraintsException e) {
            return invalid(limit(e, p), sha);
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                    : p.currentLocation();
            return invalid(Violation.of(pointer(p), Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()),
                    RuleCode.JSON_SYNTAX, null, withoutSource(String.valueOf(e.getOriginalMessage()))), sha);
        }
        Check c = new Check(violations);
        Release release = c.release(root);
        return violations.isEmpty() && release != null ? new ReleaseReadResult(release, List.of(), sha)
                : new ReleaseReadResult(null, violations.isEmpty() ? List.of(Violation.of("", 1, 1, RuleCode.JSON_SYNTAX,
                        null, "?")) : violations, sha);
    }

    /** Jackson's message without its note on the (redacted) source, which says nothing to a user. */
    private static String withoutSource(String message) {
        int i = message.indexOf(" (start marker at [Source");
        return i < 0 ? message : message.substring(0, i);
    }

    private static ReleaseReadResult invalid(Violation v, String sha) {
        return new ReleaseReadResult(null, List.of(v), sha);
    }

    private static String pointer(JsonParser p) {
        try {
            return p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private Violation limit(StreamConstraintsException e, JsonParser p) {
        String m = String.valueOf(e.getOriginalMessage());
        TokenStreamLocation l = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                : p.currentLocation();
        long line = l == null || l.getLineNr() < 1 ? -1 : l.getLineNr();
        long column = l == null || l.getColumnNr() < 1 ? -1 : l.getColumnNr();
        RuleCode rule;
        long limit;
        if (m.contains("getMaxDocumentLength")) {
            rule = RuleCode.LIMIT_DOCUMENT_SIZE;
            limit = limits.maxDocumentBytes();
        } else if (m.contains("getMaxNestingDepth")) {
            rule = RuleCode.LIMIT_NESTING_DEPTH;
            limit = limits.maxNestingDepth();
        } else if (m.contains("getMaxStringLength") || m.contains("getMaxNameLength")) {
            rule = RuleCode.LIMIT_STRING_LENGTH;
            limit = limits.maxStringLength();
        } else if (m.contains("getMaxNumberLength")) {
            rule = RuleCode.LIMIT_NUMBER_LENGTH;
            limit = limits.maxNumberLength();
        } else {
            return Violation.of(pointer(p), line, column, RuleCode.JSON_SYNTAX, null, m);
        }
        return Violation.of(pointer(p), line, column, rule, null, Long.toString(limit));
    }

    // ------------------------------------------------------------------ the located tree

    /** A JSON value with where it is: pointer, line and column. */
    private static final class Node {
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
    }

    private static Node parse(JsonParser p, String pointer, List<Violation> violations) {
        JsonToken t = p.currentToken();
        Node n = new Node(t, pointer, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                n.fields = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    TokenStreamLocation nameLoc = p.currentTokenLocation();
                    p.nextToken();
                    String sub = pointer + "/" + escape(name);
                    Node child = parse(p, sub, violations);
                    if (n.fields.containsKey(name)) {
                        violations.add(Violation.of(sub, nameLoc.getLineNr(), nameLoc.getColumnNr(),
                                RuleCode.DUPLICATE_KEY, null, name));
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

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    // ------------------------------------------------------------------ the rules

    /** The checks of one document; collects violations. */
    private final class Check {
        private final List<Violation> out;
        private final Map<String, Integer> catalogueIndex = new HashMap<>();
        private Release.Options options;
        private LocalDate asOf;

        Check(List<Violation> out) {
            this.out = out;
        }

        private void add(Node at, RuleCode rule, String variant, String value, Object... args) {
            out.add(new Violation(at.pointer, at.line, at.column, rule.code(), value,
                    variant == null ? rule.messageKey() : rule.messageKey(variant), List.of(args)));
        }

        private void type(Node at, String expected) {
            add(at, RuleCode.TYPE, expected, at.text, at.type());
        }

        Release release(Node root) {
            if (root.token != JsonToken.START_OBJECT) {
                type(root, "object");
                return null;
            }
            Map<String, Node> f = root.fields;
            Node kind = f.get("kind");
            if (kind == null) {
                if (f.containsKey("sites") || f.containsKey("programme")) {
                    add(root, RuleCode.RELEASE_KIND, "dataset", null);
                } else {
                    field(root, "kind", false);
                }
                return null;
            }
            if (kind.token != JsonToken.VALUE_STRING || !Release.KIND.equals(kind.text)) {
                add(kind, RuleCode.RELEASE_KIND, null, kind.text, kind.text == null ? kind.type() : kind.text);
                return null;
            }
            String formatVersion = string(root, "formatVersion", false);
            if (formatVersion == null) {
                return null;
            }
            if (!Release.FORMAT_VERSION.equals(formatVersion)) {
                add(f.get("formatVersion"), RuleCode.FORMAT_VERSION, null, formatVersion);
                return null;
            }
            unknown(root, TOP);
            String name = text(root, "name");
            String programmeId = string(root, "programmeId", false);
            if (programmeId != null && !ID.matcher(programmeId).matches()) {
                add(f.get("programmeId"), RuleCode.ID, null, programmeId);
                programmeId = null;
            }
            asOf = date(root, "asOf");
            String datasetSha = null;
            Node dataset = object(root, "dataset", false);
            if (dataset != null) {
                unknown(dataset, List.of("sha256"));
                datasetSha = sha256(dataset, "sha256");
            }
            Release.Software software = null;
            Node sw = object(root, "software", false);
            if (sw != null) {
                unknown(sw, List.of("name", "version"));
                String swName = text(sw, "name");
                String swVersion = text(sw, "version");
                software = swName == null || swVersion == null ? null : new Release.Software(swName, swVersion);
            }
            List<Release.CatalogueEntry> cat = catalogue(root);
            options = options(root);
            List<KeyedValue> values = values(root, cat);
            Release.Supersedes supersedes = null;
            Node sup = f.get("supersedes");
            if (sup != null && !sup.isNull()) {
                if (sup.token != JsonToken.START_OBJECT) {
                    type(sup, "object");
                } else {
                    unknown(sup, List.of("name", "sha256"));
                    String supName = text(sup, "name");
                    String supSha = sha256(sup, "sha256");
                    supersedes = supName == null || supSha == null ? null : new Release.Supersedes(supName, supSha);
                }
            }
            Node rev = f.get("revisions");
            List<Release.Revision> revisions = List.of();
            boolean hasSupersedes = sup != null && !sup.isNull();
            if (hasSupersedes && (rev == null || rev.isNull())) {
                add(sup, RuleCode.RELEASE_REVISIONS, "missing", null);
            } else if (!hasSupersedes && rev != null && !rev.isNull()) {
                add(rev, RuleCode.RELEASE_REVISIONS, "unexpected", null);
            } else if (rev != null && !rev.isNull()) {
                revisions = revisions(rev, values);
            }
            if (!out.isEmpty() || name == null || programmeId == null || asOf == null || datasetSha == null
                    || software == null || cat == null || options == null || values == null) {
                return null;
            }
            return new Release(formatVersion, name, programmeId, asOf, datasetSha, software, cat, options, values,
                    supersedes, revisions);
        }

        // -------------------------------------------------------------- fields

        private void unknown(Node obj, List<String> known) {
            for (Map.Entry<String, Node> e : obj.fields.entrySet()) {
                if (!known.contains(e.getKey())) {
                    add(e.getValue(), RuleCode.UNKNOWN_FIELD, null, e.getKey(), e.getKey(), String.join(", ", known));
                }
            }
        }

        /** The field's node, or null after a REQUIRED violation (also for null when not nullable). */
        private Node field(Node obj, String name, boolean nullable) {
            Node n = obj.fields.get(name);
            if (n == null || (n.isNull() && !nullable)) {
                out.add(new Violation(obj.pointer + "/" + escape(name), n == null ? obj.line : n.line,
                        n == null ? obj.column : n.column, RuleCode.REQUIRED.code(), null,
                        RuleCode.REQUIRED.messageKey(), List.of(name)));
                return null;
            }
            return n;
        }

        private String string(Node obj, String name, boolean nullable) {
            Node n = field(obj, name, nullable);
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.token != JsonToken.VALUE_STRING) {
                type(n, "string");
                return null;
            }
            return n.text;
        }

        private String text(Node obj, String name) {
            String s = string(obj, name, false);
            if (s != null && !isText(s)) {
                add(obj.fields.get(name), RuleCode.TEXT, null, s);
                return null;
            }
            return s;
        }

        private LocalDate date(Node obj, String name) {
            String s = string(obj, name, false);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s, DATE);
            } catch (DateTimeParseException e) {
                add(obj.fields.get(name), RuleCode.DATE, null, s);
                return null;
            }
        }

        private String sha256(Node obj, String name) {
            String s = string(obj, name, false);
            if (s != null && !Release.SHA256.matcher(s).matches()) {
                add(obj.fields.get(name), RuleCode.RELEASE_SHA256, null, s);
                return null;
            }
            return s;
        }

        private Node object(Node obj, String name, boolean nullable) {
            Node n = field(obj, name, nullable);
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.token != JsonToken.START_OBJECT) {
                type(n, "object");
                return null;
            }
            return n;
        }

        private Node array(Node obj, String name) {
            Node n = field(obj, name, false);
            if (n == null) {
                return null;
            }
            if (n.token != JsonToken.START_ARRAY) {
                type(n, "array");
                return null;
            }
            return n;
        }

        private List<Node> objects(Node array) {
            List<Node> list = new ArrayList<>();
            for (Node item : array.items) {
                if (item.token != JsonToken.START_OBJECT) {
                    type(item, "object");
                } else {
                    list.add(item);
                }
            }
            return list;
        }

        // -------------------------------------------------------------- catalogue and options

        private List<Release.CatalogueEntry> catalogue(Node root) {
            Node arr = array(root, "catalogue");
            if (arr == null) {
                return null;
            }
            int before = out.size();
            List<Release.CatalogueEntry> list = new ArrayList<>();
            for (Node e : objects(arr)) {
                unknown(e, List.of("id", "origin"));
                String id = string(e, "id", false);
                Release.Origin origin = origin(object(e, "origin", false));
                if (id != null && catalogueIndex.putIfAbsent(id, catalogueIndex.size()) != null) {
                    add(e.fields.get("id"), RuleCode.RELEASE_KEY, "catalogue", id, id);
                }
                if (id != null && origin != null) {
                    list.add(new Release.CatalogueEntry(id, origin));
                }
            }
            return out.size() == before ? list : null;
        }

        private Release.Origin origin(Node o) {
            if (o == null) {
                return null;
            }
            String kind = string(o, "kind", false);
            if (kind == null) {
                return null;
            }
            switch (kind) {
                case "standard" -> {
                    unknown(o, List.of("kind"));
                    return Release.Origin.STANDARD;
                }
                case "plugin" -> {
                    unknown(o, List.of("kind", "provider", "version"));
                    String provider = text(o, "provider");
                    String version = text(o, "version");
                    return provider == null || version == null ? null : Release.Origin.plugin(provider, version);
                }
                case "file" -> {
                    unknown(o, List.of("kind", "sha256"));
                    String sha = sha256(o, "sha256");
                    return sha == null ? null : Release.Origin.file(sha);
                }
                default -> {
                    add(o.fields.get("kind"), RuleCode.RELEASE_OPTIONS, "origin", kind);
                    return null;
                }
            }
        }

        private Release.Options options(Node root) {
            Node o = object(root, "options", false);
            if (o == null) {
                return null;
            }
            unknown(o, List.of("scopeKinds", "periodTypes", "suppressBelow"));
            Set<ScopeKind> kinds = EnumSet.noneOf(ScopeKind.class);
            Map<String, ScopeKind> kindNames = new LinkedHashMap<>();
            for (ScopeKind k : ScopeKind.values()) {
                kindNames.put(ReleaseWriter.scopeKindName(k), k);
            }
            Map<String, PeriodType> typeNames = new LinkedHashMap<>();
            for (PeriodType t : PeriodType.values()) {
                if (t != PeriodType.CUSTOM) {
                    typeNames.put(ReleaseWriter.periodTypeName(t), t);
                }
            }
            boolean ok = names(o, "scopeKinds", kindNames, kinds);
            Set<PeriodType> types = EnumSet.noneOf(PeriodType.class);
            ok &= names(o, "periodTypes", typeNames, types);
            Integer k = null;
            Node sb = field(o, "suppressBelow", true);
            if (sb == null) {
                ok = false;
            } else if (!sb.isNull()) {
                if (sb.token != JsonToken.VALUE_NUMBER_INT) {
                    if (sb.token == JsonToken.VALUE_NUMBER_FLOAT) {
                        add(sb, RuleCode.RELEASE_OPTIONS, "suppressBelow", sb.text, sb.text);
                    } else {
                        type(sb, "number");
                    }
                    ok = false;
                } else {
                    try {
                        k = Integer.parseInt(sb.text);
                    } catch (NumberFormatException e) {
                        k = -1;
                    }
                    if (k < 2) {
                        add(sb, RuleCode.RELEASE_OPTIONS, "suppressBelow", sb.text, sb.text);
                        ok = false;
                    }
                }
            }
            return ok ? new Release.Options(kinds, types, k) : null;
        }

        private <E> boolean names(Node o, String name, Map<String, E> known, Set<E> into) {
            Node arr = array(o, name);
            if (arr == null) {
                return false;
            }
            boolean ok = true;
            for (Node item : arr.items) {
                if (item.token != JsonToken.VALUE_STRING) {
                    type(item, "string");
                    ok = false;
                } else if (!known.containsKey(item.text)) {
                    add(item, RuleCode.RELEASE_OPTIONS, null, item.text, item.text, String.join(", ", known.keySet()));
                    ok = false;
                } else if (!into.add(known.get(item.text))) {
                    add(item, RuleCode.RELEASE_OPTIONS, "duplicate", item.text, item.text);
                    ok = false;
                }
            }
            if (ok && into.isEmpty()) {
                add(arr, RuleCode.REQUIRED, null, null, name);
                ok = false;
            }
            return ok;
        }

        // -------------------------------------------------------------- values

        /** A value's key, parsed for the order check. */
        private record Parsed(ValueKey key, Scope scope, Period period, int indicator, int category, String at) {
        }

        private List<KeyedValue> values(Node root, List<Release.CatalogueEntry> cat) {
            Node arr = array(root, "values");
            if (arr == null) {
                return null;
            }
            int before = out.size();
            List<KeyedValue> list = new ArrayList<>(arr.items.size());
            Map<ValueKey, String> seen = new HashMap<>(arr.items.size() * 2);
            Parsed previous = null;
            for (Node v : objects(arr)) {
                unknown(v, VALUE_FIELDS);
                Parsed key = key(v, cat);
                if (key == null) {
                    previous = null;
                    continue;
                }
                String first = seen.putIfAbsent(key.key(), v.pointer);
                if (first != null) {
                    add(v, RuleCode.RELEASE_KEY, "duplicate", ReleasedChange.describe(key.key()),
                            ReleasedChange.describe(key.key()), first);
                } else if (previous != null && compare(previous, key) > 0) {
                    add(v, RuleCode.RELEASE_KEY, "order", ReleasedChange.describe(key.key()),
                            ReleasedChange.describe(key.key()), ReleasedChange.describe(previous.key()));
                }
                previous = key;
                KeyedValue kv = valueAndReason(v, key.key(), "value", "reason");
                if (kv != null) {
                    list.add(kv);
                }
            }
            return out.size() == before ? list : null;
        }

        private Parsed key(Node v, List<Release.CatalogueEntry> cat) {
            String scopeId = string(v, "scope", false);
            String periodCode = string(v, "period", false);
            String indicator = string(v, "indicator", false);
            String category = string(v, "category", true);
            if (scopeId == null || periodCode == null || indicator == null
                    || (category == null && v.fields.get("category") != null && !v.fields.get("category").isNull())) {
                return null;
            }
            Scope scope = scope(scopeId);
            if (scope == null || (options != null && !options.scopeKinds().contains(scope.kind()))) {
                add(v.fields.get("scope"), RuleCode.RELEASE_KEY, "scope", scopeId, scopeId);
                return null;
            }
            Period period;
            try {
                period = Period.parse(periodCode);
            } catch (IllegalArgumentException e) {
                period = null;
            }
            if (period == null || (asOf != null && period.isFuture(asOf)) || (options != null
                    && scope.kind() != ScopeKind.SITE && !options.periodTypes().contains(period.type()))) {
                add(v.fields.get("period"), RuleCode.RELEASE_KEY, "period", periodCode, periodCode);
                return null;
            }
            Integer position = catalogueIndex.get(indicator);
            if (position == null) {
                if (cat != null) {
                    add(v.fields.get("indicator"), RuleCode.RELEASE_KEY, "indicator", indicator, indicator);
                }
                return null;
            }
            int categoryPosition = -1;
            if (category != null) {
                Optional<IndicatorDefinition> def = catalogue.definition(indicator);
                if (def.isPresent()) {
                    List<String> categories = def.get().breakdownIfAny().map(Breakdown::categories).orElse(List.of());
                    categoryPosition = categories.indexOf(category);
                    if (categoryPosition < 0) {
                        add(v.fields.get("category"), RuleCode.RELEASE_KEY, "category", category, indicator, category);
                        return null;
                    }
                } else {
                    categoryPosition = Integer.MAX_VALUE; // a category of an indicator this reader does not know
                }
            }
            return new Parsed(new ValueKey(scopeId, periodCode, indicator, category), scope, period, position,
                    categoryPosition, v.pointer);
        }

        private Scope scope(String id) {
            Scope s;
            try {
                s = Scope.parse(id);
            } catch (IllegalArgumentException e) {
                return null;
            }
            boolean ok = switch (s.kind()) {
                case SITE -> ID.matcher(s.value()).matches();
                case CARRIER_TYPE -> enumName(CarrierType.class, s.value());
                case COVERAGE -> enumName(Coverage.class, s.value());
                case STATE -> GermanState.ofCode(s.value()).isPresent();
                case PROGRAMME -> true;
            };
            return ok ? s : null;
        }

        private int compare(Parsed a, Parsed b) {
            int c = Integer.compare(a.scope().kind().ordinal(), b.scope().kind().ordinal());
            if (c != 0) {
                return c;
            }
            c = switch (a.scope().kind()) {
                case CARRIER_TYPE -> Integer.compare(CarrierType.valueOf(a.scope().value()).ordinal(),
                        CarrierType.valueOf(b.scope().value()).ordinal());
                case COVERAGE -> Integer.compare(Coverage.valueOf(a.scope().value()).ordinal(),
                        Coverage.valueOf(b.scope().value()).ordinal());
                default -> a.scope().value().compareTo(b.scope().value());
            };
            if (c != 0) {
                return c;
            }
            c = Period.ORDER.compare(a.period(), b.period());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.indicator(), b.indicator());
            if (c != 0) {
                return c;
            }
            return Integer.compare(a.category(), b.category());
        }

        /** The value and reason of a value (or of one side of a revision), checked; null after a violation. */
        private KeyedValue valueAndReason(Node v, ValueKey key, String valueName, String reasonName) {
            Node value = field(v, valueName, true);
            String reason = string(v, reasonName, true);
            if (value == null || (reason == null && v.fields.get(reasonName) != null
                    && !v.fields.get(reasonName).isNull())) {
                return null;
            }
            BigDecimal number = null;
            if (!value.isNull()) {
                if (value.token != JsonToken.VALUE_NUMBER_INT && value.token != JsonToken.VALUE_NUMBER_FLOAT) {
                    type(value, "number");
                    return null;
                }
                String style = styleProblem(key.indicator(), value.text);
                if (style != null) {
                    add(value, RuleCode.RELEASE_VALUE, "format", value.text, value.text, key.indicator(), style);
                    return null;
                }
                number = new BigDecimal(value.text);
            }
            if (number != null && reason != null) {
                add(v.fields.get(reasonName), RuleCode.RELEASE_VALUE, "both", reason);
                return null;
            }
            if (number == null && reason == null) {
                add(value, RuleCode.RELEASE_VALUE, "neither", null);
                return null;
            }
            if (reason != null && !knownReason(reason)) {
                List<String> names = new ArrayList<>();
                for (Reason r : Reason.values()) {
                    names.add(r.name());
                }
                add(v.fields.get(reasonName), RuleCode.RELEASE_VALUE, "reason", reason, reason, String.join(", ", names));
                return null;
            }
            return new KeyedValue(key, number, reason);
        }

        /** Returns what is wrong with how {@code text} is written for the indicator, or null. */
        private String styleProblem(String indicator, String text) {
            if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                return "plain notation";
            }
            int dot = text.indexOf('.');
            int fraction = dot < 0 ? 0 : text.length() - dot - 1;
            Optional<IndicatorDefinition> def = catalogue.definition(indicator);
            if (def.isEmpty()) {
                return fraction == 0 || fraction == 2 || fraction == 6 || !text.endsWith("0") ? null
                        : "0, 2 or 6 fraction digits, or without trailing zeros";
            }
            NumberStyle style = def.get().numberStyle();
            return switch (style) {
                case INTEGER -> fraction == 0 ? null : "an integer";
                case MONEY -> fraction == 2 ? null : "exactly 2 fraction digits";
                case DECIMAL -> fraction == 6 ? null : "exactly 6 fraction digits";
                case EXACT -> fraction == 0 || !text.endsWith("0") ? null : "without trailing zeros";
            };
        }

        // -------------------------------------------------------------- revisions

        private List<Release.Revision> revisions(Node rev, List<KeyedValue> values) {
            if (rev.token != JsonToken.START_ARRAY) {
                type(rev, "array");
                return List.of();
            }
            Map<ValueKey, KeyedValue> byKey = new HashMap<>();
            if (values != null) {
                values.forEach(v -> byKey.put(v.key(), v));
            }
            List<Release.Revision> list = new ArrayList<>();
            Map<ValueKey, String> seen = new HashMap<>();
            for (Node r : objects(rev)) {
                unknown(r, REVISION_FIELDS);
                String scopeId = string(r, "scope", false);
                String periodCode = string(r, "period", false);
                String indicator = string(r, "indicator", false);
                String category = string(r, "category", true);
                String change = string(r, "change", false);
                String reason = text(r, "reason");
                if (scopeId == null || periodCode == null || indicator == null || change == null || reason == null) {
                    continue;
                }
                ValueKey key = new ValueKey(scopeId, periodCode, indicator, category);
                String first = seen.putIfAbsent(key, r.pointer);
                if (first != null) {
                    add(r, RuleCode.RELEASE_KEY, "duplicate", ReleasedChange.describe(key),
                            ReleasedChange.describe(key), first);
                    continue;
                }
                Release.Change kind;
                try {
                    kind = Release.Change.valueOf(change.toUpperCase(Locale.ROOT));
                    if (!kind.name().toLowerCase(Locale.ROOT).equals(change)) {
                        throw new IllegalArgumentException(change);
                    }
                } catch (IllegalArgumentException e) {
                    add(r.fields.get("change"), RuleCode.RELEASE_OPTIONS, null, change, change,
                            "changed, appeared, disappeared");
                    continue;
                }
                KeyedValue oldSide = side(r, key, "old", "oldReason");
                KeyedValue newSide = side(r, key, "new", "newReason");
                if (oldSide == MISSING || newSide == MISSING) {
                    continue;
                }
                if ((oldSide == null) != (kind == Release.Change.APPEARED)
                        || (newSide == null) != (kind == Release.Change.DISAPPEARED)
                        || (oldSide != null && newSide != null && oldSide.sameAs(newSide))) {
                    add(r.fields.get("change"), RuleCode.RELEASE_REVISIONS, "change", change, change);
                    continue;
                }
                KeyedValue released = byKey.get(key);
                if (values != null && (newSide == null ? released != null : released == null || !released.sameAs(newSide))) {
                    add(r, RuleCode.RELEASE_REVISIONS, "value", ReleasedChange.describe(key), ReleasedChange.describe(key));
                    continue;
                }
                list.add(Release.Revision.of(oldSide, newSide, reason));
            }
            return list;
        }

        /** One side of a revision: the value, null when both fields are null, MISSING after a violation. */
        private KeyedValue side(Node r, ValueKey key, String valueName, String reasonName) {
            Node value = field(r, valueName, true);
            Node reason = field(r, reasonName, true);
            if (value == null || reason == null) {
                return MISSING;
            }
            if (value.isNull() && reason.isNull()) {
                return null;
            }
            KeyedValue kv = valueAndReason(r, key, valueName, reasonName);
            return kv == null ? MISSING : kv;
        }
    }

    private static final KeyedValue MISSING = new KeyedValue(new ValueKey("-", "-", "-", null), null, "-");

    private static boolean enumName(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean knownReason(String reason) {
        if (reason.startsWith(Reason.FAILED.name() + ": ") && reason.length() > Reason.FAILED.name().length() + 2) {
            return true;
        }
        for (Reason r : Reason.values()) {
            if (r.name().equals(reason)) {
                return true;
            }
        }
        return false;
    }

    /** Spec 01 text: 1 to 500 code points, not all white space, no control characters. */
    private static boolean isText(String s) {
        int n = s.codePointCount(0, s.length());
        if (n < 1 || n > 500 || s.isBlank()) {
            return false;
        }
        return s.codePoints().noneMatch(Character::isISOControl);
    }
}
