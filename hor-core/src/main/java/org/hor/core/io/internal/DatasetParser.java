package org.hor.core.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hor.core.model.Dataset;
import org.hor.core.model.Programme;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.core.validation.internal.FieldRules;
import org.hor.core.validation.internal.Pointers;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Builds a dataset directly from a token stream (never a tree of the whole document): what the two
 * ways of reading share, the document's shape, the records and the reading of each field by its
 * rules. Type errors, unknown fields and duplicate keys become violations and reading goes on with
 * the next field or record; a value that could not be read is {@code null} (a record that is not an
 * object is a {@code null} element), so that array indices stay those of the file. An unsupported
 * format version stops reading ({@link Stop}); Jackson's own exceptions (syntax, limits) propagate.
 *
 * <p>How the arrays are read is the subclasses' part: {@link RecordParser} reads records and keeps
 * every location a violation may need; {@link ColumnarParser} reads the deliveries into columns and
 * gives up ({@link ColumnarParser.Doubt}) at the first thing it does not handle. The reader
 * ({@code DatasetReader}) chooses which.
 */
public abstract sealed class DatasetParser implements AutoCloseable permits RecordParser, ColumnarParser {

    /** Called with each record right after it was built (for the field rules). */
    public interface RecordCheck {
        /**
         * Checks a record.
         *
         * @param record    the record
         * @param schema    its schema
         * @param pointer   its pointer, such as {@code /deliveries/17}
         * @param start     the packed location of its {@code {}
         * @param fieldLocs the packed location of each field's value (by schema index; UNKNOWN when
         *                  absent), or {@code null} when the reading keeps no locations
         * @param errored   bit {@code i} set when field {@code i} had a violation while reading
         */
        void check(Object record, RecordSchema<?> schema, String pointer, long start, long[] fieldLocs, long errored);
    }

    /** Thrown to stop reading at a violation after which nothing else is worth reporting. */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Violation violation;

        Stop(Violation violation) {
            super(violation.code(), null, false, false);
            this.violation = violation;
        }

        /** Returns the violation. */
        public Violation violation() {
            return violation;
        }
    }

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final String TOP_NAMES = String.join(", ", Schemas.TOP_LEVEL);

    /** The token stream reading stands on. */
    JsonParser p;

    private final boolean lenient;
    private final RecordCheck check;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Long> topLevelLocations = new HashMap<>();
    /** The start locations of the records of each array, as far as the reading keeps them. */
    final Map<String, Locations.List> recordStarts = new HashMap<>();

    private final Set<String> erroredTopLevel = new HashSet<>();
    private static final int MAX_SHARED = 1 << 20;
    private final Map<String, String> references = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private int ignored;
    private long rootStart = Locations.UNKNOWN;

    /**
     * Creates a parser over a token stream.
     *
     * @param p       the token stream
     * @param lenient whether unknown fields are ignored (and counted) instead of reported
     * @param check   the check of each record, or {@code null}
     */
    DatasetParser(JsonParser p, boolean lenient, RecordCheck check) {
        this.p = p;
        this.lenient = lenient;
        this.check = check;
    }

    /** Returns the violations found while reading, in reading order. */
    public List<Violation> violations() {
        return violations;
    }

    /** Returns how many unknown fields were ignored. */
    public int ignored() {
        return ignored;
    }

    /** Returns the packed location of the root object's start. */
    public long rootStart() {
        return rootStart;
    }

    /** Returns the packed location of a top-level field's value, or UNKNOWN. */
    public long topLevelLocation(String name) {
        return topLevelLocations.getOrDefault(name, Locations.UNKNOWN);
    }

    /** Returns whether reading a top-level field gave a violation. */
    public boolean topLevelErrored(String name) {
        return erroredTopLevel.contains(name);
    }

    /** Returns the packed start location of record {@code index} of array {@code section}, or UNKNOWN. */
    public long recordStart(String section, int index) {
        Locations.List l = recordStarts.get(section);
        return l == null ? Locations.UNKNOWN : l.get(index);
    }

    void add(String pointer, long loc, RuleCode rule, String variant, String value, Object... args) {
        violations.add(new Violation(
                pointer,
                Locations.line(loc),
                Locations.column(loc),
                rule.code(),
                value,
                variant == null ? rule.messageKey() : rule.messageKey(variant),
                List.of(args)));
    }

    long here() {
        return Locations.pack(p.currentTokenLocation());
    }

    /**
     * Reads a whole document. The parser may stand before the first token or on it.
     *
     * @return the dataset (lists may hold {@code null} for elements that were no objects), or
     *         {@code null} when the document is no object
     * @throws Stop on an empty document or an unsupported format version
     */
    @SuppressWarnings("unchecked")
    public Dataset readDataset() {
        JsonToken t = p.currentToken() != null ? p.currentToken() : p.nextToken();
        if (t == null) {
            throw new Stop(new Violation(
                    "", 1, 1, RuleCode.JSON_SYNTAX.code(), null, RuleCode.JSON_SYNTAX.messageKey("empty"), List.of()));
        }
        rootStart = here();
        if (t != JsonToken.START_OBJECT) {
            typeError("", rootStart, "object", t);
            return null;
        }
        String formatVersion = null;
        LocalDate asOf = null;
        Programme programme = null;
        List<Object>[] arrays = new List[Schemas.ARRAYS.size()];
        long seen = 0;
        Set<String> unknownSeen = null;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            String name = p.currentName();
            long nameLoc = here();
            int k = Schemas.TOP_LEVEL.indexOf(name);
            String pointer = "/" + Pointers.escape(name);
            if (k < 0) {
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                unknown(pointer, name, nameLoc, TOP_NAMES, !unknownSeen.add(name));
                p.nextToken();
                skipValue();
                continue;
            }
            if ((seen & (1L << k)) != 0) {
                add(pointer, nameLoc, RuleCode.DUPLICATE_KEY, null, name, name);
                p.nextToken();
                skipValue();
                continue;
            }
            seen |= 1L << k;
            t = p.nextToken();
            topLevelLocations.put(name, here());
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            int before = violations.size();
            switch (k) {
                case 0 -> {
                    if (t == JsonToken.VALUE_STRING && Dataset.FORMAT_VERSION.equals(p.getString())) {
                        formatVersion = p.getString();
                    } else {
                        String v = t.isScalarValue() ? p.getText() : null;
                        long loc = here();
                        throw new Stop(new Violation(
                                "/formatVersion",
                                Locations.line(loc),
                                Locations.column(loc),
                                RuleCode.FORMAT_VERSION.code(),
                                v,
                                RuleCode.FORMAT_VERSION.messageKey(),
                                List.of()));
                    }
                }
                case 1 ->
                    asOf = t == JsonToken.VALUE_STRING
                            ? date(pointer)
                            : (LocalDate) typeError(pointer, here(), "string", t);
                case 2 -> {
                    if (t == JsonToken.START_OBJECT) {
                        programme = readRecord(Schemas.PROGRAMME, "/programme", here());
                    } else {
                        typeError(pointer, here(), "object", t);
                    }
                }
                default -> {
                    if (t == JsonToken.START_ARRAY) {
                        arrays[k - Schemas.FIRST_ARRAY] = readArray(name, Schemas.ARRAYS.get(k - Schemas.FIRST_ARRAY));
                    } else {
                        typeError(pointer, here(), "array", t);
                    }
                }
            }
            if (violations.size() > before && (k < Schemas.FIRST_ARRAY || t != JsonToken.START_ARRAY)) {
                erroredTopLevel.add(name);
            }
        }
        return new Dataset(
                formatVersion,
                asOf,
                programme,
                (List) arrays[0],
                (List) arrays[1],
                (List) arrays[2],
                (List) arrays[3],
                (List) arrays[4],
                (List) arrays[5],
                (List) arrays[6],
                (List) arrays[7],
                (List) arrays[8],
                (List) arrays[9],
                (List) arrays[10]);
    }

    /**
     * Reads an array of records; the parser stands on its {@code START_ARRAY} and afterwards on its
     * {@code END_ARRAY}.
     *
     * @param section the array's name, such as {@code deliveries}
     * @param schema  the schema of its records
     * @return its elements, {@code null} for those that are no object (or a list of them)
     */
    abstract List<Object> readArray(String section, RecordSchema<?> schema);

    /**
     * Returns a new array for the locations of a record's {@code n} fields, each UNKNOWN, or
     * {@code null} when the reading keeps no locations.
     */
    abstract long[] fieldLocations(int n);

    /**
     * Returns the parser reading stands on: the one given, or the one a subclass went on with.
     *
     * @return the token stream
     */
    public JsonParser parser() {
        return p;
    }

    /** Closes what reading opened itself; the caller closes the parser it gave. */
    @Override
    public void close() {}

    /**
     * Reads one record; the parser stands on its {@code START_OBJECT} and afterwards on its
     * {@code END_OBJECT}.
     *
     * @param schema  the record's schema
     * @param pointer the record's pointer, prefix of the pointers of its violations
     * @param start   the packed location of the record's start
     * @param <T>     the record type
     * @return the record
     */
    public <T> T readRecord(RecordSchema<T> schema, String pointer, long start) {
        int n = schema.size();
        Object[] values = new Object[n];
        long[] locs = check == null ? null : fieldLocations(n);
        long seen = 0;
        long errored = 0;
        Set<String> unknownSeen = null;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            String name = p.currentName();
            int k = schema.indexOf(name);
            if (k < 0) {
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                unknown(
                        pointer + "/" + Pointers.escape(name),
                        name,
                        here(),
                        schema.knownNames(),
                        !unknownSeen.add(name));
                p.nextToken();
                skipValue();
                continue;
            }
            if ((seen & (1L << k)) != 0) {
                add(pointer + "/" + Pointers.escape(name), here(), RuleCode.DUPLICATE_KEY, null, name, name);
                errored |= 1L << k;
                p.nextToken();
                skipValue();
                continue;
            }
            seen |= 1L << k;
            t = p.nextToken();
            if (locs != null) {
                locs[k] = here();
            }
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            int before = violations.size();
            values[k] = value(schema, k, pointer, name, t);
            if (violations.size() > before) {
                errored |= 1L << k;
            }
        }
        T record = schema.create(values);
        if (check != null) {
            check.check(record, schema, pointer, start, locs, errored);
        }
        return record;
    }

    /**
     * Reads the value of field {@code name} of the record at {@code recordPointer}: the usual cases
     * without building the field's pointer, which only a violation needs.
     */
    private Object value(RecordSchema<?> schema, int k, String recordPointer, String name, JsonToken t) {
        switch (schema.kind(k)) {
            case STRING:
                if (t == JsonToken.VALUE_STRING) {
                    return name.endsWith("Id") ? shared(p.getString()) : p.getString();
                }
                break;
            case DATE:
                if (t == JsonToken.VALUE_STRING) {
                    LocalDate known = dates.get(p.getString());
                    if (known != null) {
                        return known;
                    }
                }
                break;
            case DECIMAL:
                if (t.isNumeric()) {
                    try {
                        return normalise(p.getDecimalValue());
                    } catch (NumberFormatException e) {
                        break; // no BigDecimal value (1e2147483648): the slow path reports it
                    }
                }
                break;
            case INTEGER:
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                break;
            case ENUM:
                if (t == JsonToken.VALUE_STRING) {
                    Enum<?> e = schema.constants(k).get(p.getString());
                    if (e != null) {
                        return e;
                    }
                }
                break;
            default:
                break;
        }
        return value(schema, k, recordPointer + "/" + name, t);
    }

    private Object value(RecordSchema<?> schema, int k, String pointer, JsonToken t) {
        switch (schema.kind(k)) {
            case STRING:
                if (t != JsonToken.VALUE_STRING) {
                    return typeError(pointer, here(), "string", t);
                }
                return pointer.endsWith("Id") ? shared(p.getString()) : p.getString();
            case DATE:
                return t == JsonToken.VALUE_STRING ? date(pointer) : typeError(pointer, here(), "string", t);
            case DECIMAL: {
                if (!t.isNumeric()) {
                    return typeError(pointer, here(), "number", t);
                }
                BigDecimal d = decimal(pointer, "amount".equals(schema.name(k)) ? RuleCode.AMOUNT : RuleCode.NUMBER);
                return d == null ? null : normalise(d);
            }
            case INTEGER:
                return t.isNumeric() ? integer(pointer) : typeError(pointer, here(), "number", t);
            case BOOLEAN:
                return t.isBoolean() ? p.getBooleanValue() : typeError(pointer, here(), "boolean", t);
            case ENUM: {
                if (t != JsonToken.VALUE_STRING) {
                    return typeError(pointer, here(), "string", t);
                }
                Map<String, Enum<?>> constants = schema.constants(k);
                Enum<?> e = constants.get(p.getString());
                if (e == null) {
                    add(pointer, here(), RuleCode.ENUM, null, p.getString(), String.join(", ", constants.keySet()));
                }
                return e;
            }
            case STRING_LIST:
                return t == JsonToken.START_ARRAY ? stringList(pointer) : typeError(pointer, here(), "array", t);
            case STRING_MAP:
                return t == JsonToken.START_OBJECT ? stringMap(pointer) : typeError(pointer, here(), "object", t);
            default:
                throw new IllegalStateException(schema.kind(k).name());
        }
    }

    private List<String> stringList(String pointer) {
        List<String> list = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                list.add(p.getString());
            } else {
                typeError(pointer + "/" + list.size(), here(), "string", t);
                list.add(null);
            }
        }
        return list;
    }

    private Map<String, String> stringMap(String pointer) {
        Map<String, String> map = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            String name = p.currentName();
            String sub = pointer + "/" + Pointers.escape(name);
            if (!names.add(name)) {
                add(sub, here(), RuleCode.DUPLICATE_KEY, null, name, name);
                p.nextToken();
                skipValue();
                continue;
            }
            t = p.nextToken();
            if (t == JsonToken.VALUE_STRING) {
                map.put(name, p.getString());
            } else if (t != JsonToken.VALUE_NULL) {
                typeError(sub, here(), "string", t);
            }
        }
        return map;
    }

    /**
     * Returns one shared instance per distinct reference ({@code offerId}, {@code organisationId},
     * …): millions of deliveries name a few thousand offers and organisations, so sharing saves
     * most of the memory of their strings.
     */
    private String shared(String s) {
        String known = references.get(s);
        if (known != null) {
            return known;
        }
        if (references.size() < MAX_SHARED) {
            references.put(s, s);
        }
        return s;
    }

    private LocalDate date(String pointer) {
        String s = p.getString();
        LocalDate known = dates.get(s);
        if (known != null) {
            return known; // LocalDate is a value type: one instance per day is enough
        }
        LocalDate d = parseDate(pointer, s);
        if (d != null && dates.size() < MAX_SHARED) {
            dates.put(s, d);
        }
        return d;
    }

    private LocalDate parseDate(String pointer, String s) {
        int day = FieldRules.epochDay(s.toCharArray(), 0, s.length());
        if (day != FieldRules.NOT_A_DATE) {
            return LocalDate.ofEpochDay(day);
        }
        add(pointer, here(), RuleCode.DATE, null, s);
        return null;
    }

    /**
     * Normalises a number so that writing it plainly and reading it back gives an equal value:
     * a negative scale ({@code 1.5E3}) becomes scale 0 ({@code 1500}); values too large for any
     * field stay as they are (a field rule reports them).
     */
    static BigDecimal normalise(BigDecimal d) {
        if (d.scale() < 0 && (long) d.precision() - d.scale() <= 40) {
            return d.setScale(0);
        }
        return d;
    }

    /**
     * Returns the number the parser stands on, or {@code null} after reporting {@code rule} when it
     * has no {@code BigDecimal} value (an exponent beyond the 32-bit range, such as {@code 1e2147483648}).
     */
    private BigDecimal decimal(String pointer, RuleCode rule) {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            add(pointer, here(), rule, null, p.getText());
            return null;
        }
    }

    private Integer integer(String pointer) {
        BigDecimal d = decimal(pointer, RuleCode.INTEGER);
        if (d == null) {
            return null;
        }
        if (d.compareTo(INT_MIN) >= 0 && d.compareTo(INT_MAX) <= 0 && FieldRules.fractionDigits(d) == 0) {
            return d.intValue();
        }
        add(pointer, here(), RuleCode.INTEGER, null, p.getText());
        return null;
    }

    Object typeError(String pointer, long loc, String expected, JsonToken found) {
        String value = found.isScalarValue() ? p.getText() : null;
        add(pointer, loc, RuleCode.TYPE, expected, value, describe(found));
        skipValue();
        return null;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private void unknown(String pointer, String name, long loc, String known, boolean duplicate) {
        if (duplicate) {
            add(pointer, loc, RuleCode.DUPLICATE_KEY, null, name, name);
        } else if (lenient) {
            ignored++;
        } else {
            add(pointer, loc, RuleCode.UNKNOWN_FIELD, null, name, name, known);
        }
    }

    /**
     * Skips the value the parser stands on, reporting duplicate keys in the objects inside it (a
     * skipped value is still part of the document).
     */
    private void skipValue() {
        JsonToken t = p.currentToken();
        if (t == null || !t.isStructStart()) {
            return;
        }
        List<Set<String>> stack = new ArrayList<>();
        stack.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
        while (!stack.isEmpty()) {
            t = p.nextToken();
            if (t == JsonToken.PROPERTY_NAME) {
                Set<String> names = stack.get(stack.size() - 1);
                if (!names.add(p.currentName())) {
                    add(
                            p.streamReadContext().pathAsPointer().toString(),
                            here(),
                            RuleCode.DUPLICATE_KEY,
                            null,
                            p.currentName(),
                            p.currentName());
                }
            } else if (t == JsonToken.START_OBJECT) {
                stack.add(new HashSet<>());
            } else if (t == JsonToken.START_ARRAY) {
                stack.add(null);
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                stack.remove(stack.size() - 1);
            }
        }
    }
}
