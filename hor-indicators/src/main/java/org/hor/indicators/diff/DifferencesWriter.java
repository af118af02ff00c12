package org.hor.indicators.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hor.core.io.FormulaGuard;
import org.hor.indicators.output.KeyedValue;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes {@link Differences} as spec 06 says: {@link Format#TEXT} (a summary line, then each differing
 * value with old → new and its causes), {@link Format#CSV} (CRLF, UTF-8, the formula guard of spec 04,
 * header {@value #CSV_HEADER}, causes as {@code array/id} joined by {@code |}) or {@link Format#JSON}
 * (the same values as objects, plus the record changes). Values in evaluation output order. Stateless.
 */
public final class DifferencesWriter {

    /** The header of the CSV format. */
    public static final String CSV_HEADER = "scope,period,indicator,category,change,old,new,oldReason,newReason,causes";

    /** The version of the JSON format. */
    public static final String FORMAT_VERSION = "1";

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** The output formats. */
    public enum Format {
        /** For people. */
        TEXT,
        /** One row per differing value. */
        CSV,
        /** Values and record changes. */
        JSON
    }

    private final Format format;

    /**
     * Creates a writer of {@code format}.
     *
     * @param format the format
     * @throws NullPointerException if {@code format} is null
     */
    public DifferencesWriter(Format format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Writes {@code differences} to {@code out} (flushed, not closed).
     *
     * @param differences the differences
     * @param out         where to
     * @throws UncheckedIOException if writing fails
     */
    public void write(Differences differences, OutputStream out) {
        Objects.requireNonNull(differences, "differences");
        try {
            if (format == Format.JSON) {
                json(differences, out);
                return;
            }
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (format == Format.CSV) {
                csv(differences, w);
            } else {
                text(differences, w);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the output as a string}
     *
     * @param differences the differences
     */
    public String toString(Differences differences) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(differences, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@return the summary line: values changed / appeared / disappeared; records added / removed / changed}
     *
     * @param d the differences
     */
    public static String summary(Differences d) {
        String s = "values: " + d.count(ValueChange.Kind.CHANGED) + " changed, " + d.count(ValueChange.Kind.APPEARED)
                + " appeared, " + d.count(ValueChange.Kind.DISAPPEARED) + " disappeared";
        if (d.records() == null) {
            return s + "; records: not compared (a side is no dataset)";
        }
        RecordDiff r = d.records();
        s += "; records: " + r.count(RecordChange.Kind.ADDED) + " added, " + r.count(RecordChange.Kind.REMOVED)
                + " removed, " + r.count(RecordChange.Kind.CHANGED) + " changed";
        if (r.asOfChanged()) {
            s += "; asOf " + r.oldAsOf() + " → " + r.newAsOf();
        }
        if (!r.programmeFields().isEmpty()) {
            s += "; programme " + String.join(", ", r.programmeFields());
        }
        return s;
    }

    private static void text(Differences d, Writer w) throws IOException {
        w.write(summary(d));
        w.write('\n');
        for (ValueChange v : d.values()) {
            StringBuilder line = new StringBuilder();
            line.append(v.key().scope())
                    .append(' ')
                    .append(v.key().period())
                    .append(' ')
                    .append(v.key().indicator());
            if (v.key().category() != null) {
                line.append(' ').append(v.key().category());
            }
            line.append(": ").append(show(v.oldValue())).append(" → ").append(show(v.newValue()));
            if (v.kind() != ValueChange.Kind.CHANGED) {
                line.append(" (")
                        .append(v.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .append(')');
            }
            if (!v.causes().isEmpty()) {
                line.append("; causes: ")
                        .append(v.causes().stream().map(Cause::toString).collect(Collectors.joining(", ")));
            }
            w.write(line.append('\n').toString());
        }
    }

    private static String show(KeyedValue v) {
        if (v == null) {
            return "–";
        }
        return v.value() != null ? v.value().toPlainString() : "undefined (" + v.reason() + ")";
    }

    private static void csv(Differences d, Writer w) throws IOException {
        w.write(CSV_HEADER);
        w.write("\r\n");
        for (ValueChange v : d.values()) {
            StringBuilder line = new StringBuilder();
            line.append(text(v.key().scope()))
                    .append(',')
                    .append(text(v.key().period()))
                    .append(',')
                    .append(text(v.key().indicator()))
                    .append(',')
                    .append(text(v.key().category()))
                    .append(',')
                    .append(v.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(',')
                    .append(number(v.oldValue()))
                    .append(',')
                    .append(number(v.newValue()))
                    .append(',')
                    .append(text(v.oldValue() == null ? null : v.oldValue().reason()))
                    .append(',')
                    .append(text(v.newValue() == null ? null : v.newValue().reason()))
                    .append(',')
                    .append(text(v.causes().stream().map(Cause::toString).collect(Collectors.joining("|"))))
                    .append("\r\n");
            w.write(line.toString());
        }
    }

    private static String number(KeyedValue v) {
        return v == null || v.value() == null ? "" : v.value().toPlainString();
    }

    /** Guards and quotes a text field (RFC 4180: quoted only when it holds a comma, a quote or a line break). */
    private static String text(String field) {
        if (field == null) {
            return "";
        }
        String f = FormulaGuard.guard(field);
        if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
            f = '"' + f.replace("\"", "\"\"") + '"';
        }
        return f;
    }

    private static void json(Differences d, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(new Context(), out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("formatVersion", FORMAT_VERSION);
            g.writeStringProperty("kind", "hor-diff");
            side(g, "old", d.oldName(), d.oldAsOf());
            side(g, "new", d.newName(), d.newAsOf());
            g.writeBooleanProperty("partial", d.partial());
            g.writeName("summary");
            g.writeStartObject();
            g.writeNumberProperty("changed", d.count(ValueChange.Kind.CHANGED));
            g.writeNumberProperty("appeared", d.count(ValueChange.Kind.APPEARED));
            g.writeNumberProperty("disappeared", d.count(ValueChange.Kind.DISAPPEARED));
            if (d.records() != null) {
                g.writeNumberProperty("recordsAdded", d.records().count(RecordChange.Kind.ADDED));
                g.writeNumberProperty("recordsRemoved", d.records().count(RecordChange.Kind.REMOVED));
                g.writeNumberProperty("recordsChanged", d.records().count(RecordChange.Kind.CHANGED));
            }
            g.writeEndObject();
            g.writeName("values");
            g.writeStartArray();
            for (ValueChange v : d.values()) {
                g.writeStartObject();
                g.writeStringProperty("scope", v.key().scope());
                g.writeStringProperty("period", v.key().period());
                g.writeStringProperty("indicator", v.key().indicator());
                g.writeStringProperty("category", v.key().category());
                g.writeStringProperty("change", v.kind().name().toLowerCase(java.util.Locale.ROOT));
                g.writeName("old");
                numberOrNull(g, v.oldValue());
                g.writeName("new");
                numberOrNull(g, v.newValue());
                g.writeStringProperty(
                        "oldReason", v.oldValue() == null ? null : v.oldValue().reason());
                g.writeStringProperty(
                        "newReason", v.newValue() == null ? null : v.newValue().reason());
                g.writeName("causes");
                g.writeStartArray();
                for (Cause c : v.causes()) {
                    g.writeString(c.toString());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("records");
            if (d.records() == null) {
                g.writeNull();
            } else {
                records(g, d.records());
            }
            g.writeEndObject();
        }
    }

    private static void side(JsonGenerator g, String name, String source, java.time.LocalDate asOf) {
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("name", source);
        g.writeStringProperty("asOf", asOf.toString());
        g.writeEndObject();
    }

    private static void numberOrNull(JsonGenerator g, KeyedValue v) {
        if (v == null || v.value() == null) {
            g.writeNull();
        } else {
            g.writeNumber(v.value());
        }
    }

    private static void records(JsonGenerator g, RecordDiff r) {
        g.writeStartObject();
        g.writeName("asOf");
        if (r.asOfChanged()) {
            g.writeStartObject();
            g.writeStringProperty("old", r.oldAsOf().toString());
            g.writeStringProperty("new", r.newAsOf().toString());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeName("programme");
        g.writeStartArray();
        for (String f : r.programmeFields()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeName("changes");
        g.writeStartArray();
        for (RecordChange c : r.changes()) {
            g.writeStartObject();
            g.writeStringProperty("array", c.array());
            g.writeStringProperty("id", c.id());
            g.writeStringProperty("change", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeName("fields");
            g.writeStartArray();
            for (String f : c.fields()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static final class Context extends ObjectWriteContext.Base {
        private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
