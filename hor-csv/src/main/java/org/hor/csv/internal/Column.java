package org.hor.csv.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One field of a record type as a CSV column.
 *
 * @param name      the header name (the field name of spec 01; for {@link Kind#MAP} the prefix of
 *                  {@code attributes.NAME})
 * @param kind      how cells are read and written
 * @param required  whether the header must have this column
 * @param constants the constants by name for {@link Kind#ENUM} (in declaration order), else empty
 */
public record Column(String name, Kind kind, boolean required, Map<String, Enum<?>> constants) {

    /** Returns a column that is not an enum. */
    public static Column of(String name, Kind kind, boolean required) {
        return new Column(name, kind, required, Map.of());
    }

    static <E extends Enum<E>> Column ofEnum(String name, Class<E> type) {
        Map<String, Enum<?>> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), e);
        }
        return new Column(name, Kind.ENUM, true, m);
    }
}
