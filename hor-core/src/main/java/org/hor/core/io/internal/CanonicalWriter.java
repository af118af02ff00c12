package org.hor.core.io.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Dataset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * Writes datasets and records in canonical form: fields in schema order, absent optional fields and
 * empty optional arrays left out, numbers in plain notation with the scale they have, dates as
 * {@code YYYY-MM-DD}, enums by name.
 */
public final class CanonicalWriter {

    private CanonicalWriter() {}

    /** Writes a dataset as one JSON object. */
    public static void writeDataset(JsonGenerator g, Dataset d) {
        g.writeStartObject();
        if (d.formatVersion() != null) {
            g.writeName("formatVersion");
            g.writeString(d.formatVersion());
        }
        if (d.asOf() != null) {
            g.writeName("asOf");
            g.writeString(d.asOf().toString());
        }
        if (d.programme() != null) {
            g.writeName("programme");
            writeRecord(g, Schemas.PROGRAMME, d.programme());
        }
        List<List<?>> arrays = List.of(
                d.sites(),
                d.organisations(),
                d.offers(),
                d.deliveries(),
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
        for (int i = 0; i < arrays.size(); i++) {
            List<?> list = arrays.get(i);
            if (list.isEmpty() && i > 0) {
                continue;
            }
            g.writeName(Schemas.TOP_LEVEL.get(Schemas.FIRST_ARRAY + i));
            writeArray(g, Schemas.ARRAYS.get(i), list);
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static <T> void writeArray(JsonGenerator g, RecordSchema<T> schema, List<?> list) {
        g.writeStartArray();
        for (Object r : list) {
            if (r == null) {
                g.writeNull();
            } else {
                writeRecord(g, schema, (T) r);
            }
        }
        g.writeEndArray();
    }

    /** Writes one record as a JSON object. */
    public static <T> void writeRecord(JsonGenerator g, RecordSchema<T> schema, T record) {
        g.writeStartObject();
        for (int i = 0; i < schema.size(); i++) {
            Object v = schema.get(record, i);
            if (v == null || v instanceof Map<?, ?> m && m.isEmpty()) {
                continue;
            }
            g.writeName(schema.name(i));
            switch (schema.kind(i)) {
                case DECIMAL -> g.writeNumber(((BigDecimal) v).toPlainString());
                case INTEGER -> g.writeNumber((Integer) v);
                case BOOLEAN -> g.writeBoolean((Boolean) v);
                case ENUM -> g.writeString(((Enum<?>) v).name());
                case STRING_LIST -> {
                    g.writeStartArray();
                    for (Object s : (List<?>) v) {
                        if (s == null) {
                            g.writeNull();
                        } else {
                            g.writeString((String) s);
                        }
                    }
                    g.writeEndArray();
                }
                case STRING_MAP -> {
                    g.writeStartObject();
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                        g.writeName((String) e.getKey());
                        g.writeString((String) e.getValue());
                    }
                    g.writeEndObject();
                }
                default -> g.writeString(v.toString());
            }
        }
        g.writeEndObject();
    }

    /** The canonical layout: 2-space indent, {@code "name": value}, one entry per line, empty {@code []} and {@code {}}. */
    public static final class Pretty implements PrettyPrinter {
        private int depth;

        private void newline(JsonGenerator g) {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            // one root value only
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            newline(g);
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(',');
            newline(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            depth--;
            if (entries > 0) {
                newline(g);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            newline(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(',');
            newline(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            depth--;
            if (values > 0) {
                newline(g);
            }
            g.writeRaw(']');
        }
    }
}
