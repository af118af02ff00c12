package org.hor.indicators.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.hor.core.spi.Value;

/**
 * The breakdown parts of an evaluation row, frozen: an unmodifiable map in the order it was given,
 * kept in two arrays (a breakdown has a handful of categories, so a look-up compares them one by
 * one). A row keeps a hundred thousand of these for the length of an evaluation; a linked hash map
 * of seven entries takes about four times the memory. Equality, hash code and text are those of
 * every {@link Map} ({@link AbstractMap}).
 */
public final class FrozenParts extends AbstractMap<String, Value> {
    /** More categories than this are kept in a linked hash map, where a look-up does not compare them all. */
    private static final int MAX_LINEAR = 16;

    private final String[] keys;
    private final Value[] values;

    private FrozenParts(String[] keys, Value[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * Returns {@code parts} frozen: itself when it already is, else an unmodifiable copy in the same
     * order.
     *
     * @param parts the parts by category
     * @return an unmodifiable map equal to {@code parts}, in its order
     */
    public static Map<String, Value> copyOf(Map<String, Value> parts) {
        if (parts instanceof FrozenParts) {
            return parts;
        }
        int n = parts.size();
        if (n == 0) {
            return Collections.emptyMap();
        }
        if (n > MAX_LINEAR) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
        String[] keys = new String[n];
        Value[] values = new Value[n];
        int i = 0;
        for (Map.Entry<String, Value> e : parts.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new FrozenParts(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Value get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Value>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Value>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Value> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
