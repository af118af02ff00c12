package org.hor.core.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shape of one record type: its fields in canonical order (the order of spec 01's field
 * lists), their kinds, and how to take a record apart and build one. Reader, writer and the Jackson
 * module share it, so the three cannot disagree.
 *
 * @param <T> the record type
 */
public final class RecordSchema<T> {

    /** The JSON kind of a field. */
    public enum Kind {
        /** A string (id, text, code). */
        STRING,
        /** A date {@code YYYY-MM-DD}. */
        DATE,
        /** A number read as {@code BigDecimal}. */
        DECIMAL,
        /** A whole number read as {@code Integer}. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A string naming an enum constant. */
        ENUM,
        /** An array of strings. */
        STRING_LIST,
        /** An object of string values. */
        STRING_MAP
    }

    private final Class<T> type;
    private final List<String> names = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Map<String, Enum<?>>> enums = new ArrayList<>();
    private final List<Function<T, Object>> getters = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private String[] interned = new String[0];
    private final Function<Object[], T> factory;
    private String knownNames;

    RecordSchema(Class<T> type, Function<Object[], T> factory) {
        this.type = type;
        this.factory = factory;
    }

    RecordSchema<T> field(String name, Kind kind, Function<T, Object> getter) {
        index.put(name, names.size());
        names.add(name);
        interned = names.toArray(new String[0]);
        kinds.add(kind);
        enums.add(null);
        getters.add(getter);
        return this;
    }

    <E extends Enum<E>> RecordSchema<T> enumField(String name, Class<E> enumType, Function<T, Object> getter) {
        field(name, Kind.ENUM, getter);
        Map<String, Enum<?>> constants = new LinkedHashMap<>();
        for (E e : enumType.getEnumConstants()) {
            constants.put(e.name(), e);
        }
        enums.set(enums.size() - 1, Collections.unmodifiableMap(constants));
        return this;
    }

    /** Returns the record type. */
    public Class<T> type() {
        return type;
    }

    /** Returns the number of fields. */
    public int size() {
        return names.size();
    }

    /** Returns the index of the field, or -1 for a name the format does not define. */
    public int indexOf(String name) {
        // the parser's property names are interned, like these literals: usually found by identity
        String[] known = interned;
        for (int k = 0; k < known.length; k++) {
            if (known[k] == name) {
                return k;
            }
        }
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Returns the name of field {@code i}. */
    public String name(int i) {
        return names.get(i);
    }

    /** Returns the kind of field {@code i}. */
    public Kind kind(int i) {
        return kinds.get(i);
    }

    /** Returns the constants of enum field {@code i} by name. */
    public Map<String, Enum<?>> constants(int i) {
        return enums.get(i);
    }

    /** Returns the value of field {@code i} of {@code record}. */
    public Object get(T record, int i) {
        return getters.get(i).apply(record);
    }

    /** Builds a record from field values in schema order ({@code null} for absent). */
    public T create(Object[] values) {
        return factory.apply(values);
    }

    /** Returns the field names, comma-separated, for messages. */
    public String knownNames() {
        if (knownNames == null) {
            knownNames = String.join(", ", names);
        }
        return knownNames;
    }
}
