package org.hor.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A record type as a CSV file: its file name, the dataset array it fills and its columns in the
 * field order of spec 01.
 *
 * @param <T> the record type
 */
public final class Table<T> {

    private final String section;
    private final String file;
    private final Class<T> type;
    private final List<Column> columns = new ArrayList<>();
    private final List<Function<T, Object>> getters = new ArrayList<>();
    private final Function<Object[], T> factory;

    Table(String section, Class<T> type, Function<Object[], T> factory) {
        this.section = section;
        this.file = section + ".csv";
        this.type = type;
        this.factory = factory;
    }

    Table<T> column(Column c, Function<T, Object> getter) {
        columns.add(c);
        getters.add(getter);
        return this;
    }

    /** Returns the name of the dataset array (and of the JSON pointer's first segment), e.g. {@code deliveries}. */
    public String section() {
        return section;
    }

    /** Returns the file name, e.g. {@code deliveries.csv}. */
    public String file() {
        return file;
    }

    /** Returns the record type. */
    public Class<T> type() {
        return type;
    }

    /** Returns the columns in spec order (unmodifiable). */
    public List<Column> columns() {
        return List.copyOf(columns);
    }

    /** Returns the index of the column named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the value of column {@code i} of {@code record}. */
    public Object get(T record, int i) {
        return getters.get(i).apply(record);
    }

    /** Builds a record from values in column order ({@code null} for absent). */
    public T create(Object[] values) {
        return factory.apply(values);
    }
}
