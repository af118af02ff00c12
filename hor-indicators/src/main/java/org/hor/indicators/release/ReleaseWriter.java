package org.hor.indicators.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes a {@link Release} as canonical JSON: fields in the order of spec 06's table, each catalogue
 * entry, value and revision on one line, numbers exactly as the evaluation's machine outputs write
 * them, UTF-8, 2-space indent, {@code \n} line ends and a trailing newline. Equal releases give
 * identical bytes; {@link ReleaseReader} reads back an equal release. Immutable and thread-safe.
 */
public final class ReleaseWriter {

    private ReleaseWriter() {}

    /** {@return a writer} */
    public static ReleaseWriter create() {
        return new ReleaseWriter();
    }

    /**
     * Writes the release to the stream (flushed, not closed).
     *
     * @param release the release
     * @param out     the stream
     * @throws IOException on an I/O error of the stream
     */
    public void write(Release release, OutputStream out) throws IOException {
        Objects.requireNonNull(release, "release");
        Writer w = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        w.write("{\n");
        field(w, "formatVersion", str(release.formatVersion()), true);
        field(w, "kind", str(Release.KIND), true);
        field(w, "name", str(release.name()), true);
        field(w, "programmeId", str(release.programmeId()), true);
        field(w, "asOf", str(release.asOf().toString()), true);
        field(w, "dataset", "{\"sha256\": " + str(release.datasetSha256()) + "}", true);
        field(
                w,
                "software",
                "{\"name\": " + str(release.software().name()) + ", \"version\": "
                        + str(release.software().version()) + "}",
                true);
        w.write("  \"catalogue\": [");
        List<Release.CatalogueEntry> catalogue = release.catalogue();
        for (int i = 0; i < catalogue.size(); i++) {
            Release.CatalogueEntry e = catalogue.get(i);
            w.write(i == 0 ? "\n    " : ",\n    ");
            w.write("{\"id\": " + str(e.id()) + ", \"origin\": " + origin(e.origin()) + "}");
        }
        w.write(catalogue.isEmpty() ? "],\n" : "\n  ],\n");
        field(w, "options", options(release.options()), true);
        w.write("  \"values\": [");
        List<KeyedValue> values = release.values();
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < values.size(); i++) {
            KeyedValue v = values.get(i);
            line.setLength(0);
            line.append(i == 0 ? "\n    {" : ",\n    {");
            key(line, v.key());
            line.append(", \"value\": ")
                    .append(number(v.value()))
                    .append(", \"reason\": ")
                    .append(str(v.reason()))
                    .append('}');
            w.append(line);
        }
        boolean superseding = release.supersedes() != null;
        w.write(values.isEmpty() ? "]" : "\n  ]");
        if (superseding) {
            w.write(",\n");
            field(
                    w,
                    "supersedes",
                    "{\"name\": " + str(release.supersedes().name()) + ", \"sha256\": "
                            + str(release.supersedes().sha256()) + "}",
                    true);
            w.write("  \"revisions\": [");
            List<Release.Revision> revisions = release.revisions();
            for (int i = 0; i < revisions.size(); i++) {
                Release.Revision r = revisions.get(i);
                line.setLength(0);
                line.append(i == 0 ? "\n    {" : ",\n    {");
                key(line, r.key());
                line.append(", \"change\": ")
                        .append(str(r.change().name().toLowerCase(java.util.Locale.ROOT)))
                        .append(", \"old\": ")
                        .append(number(r.oldValue()))
                        .append(", \"new\": ")
                        .append(number(r.newValue()))
                        .append(", \"oldReason\": ")
                        .append(str(r.oldReason()))
                        .append(", \"newReason\": ")
                        .append(str(r.newReason()))
                        .append(", \"reason\": ")
                        .append(str(r.reason()))
                        .append('}');
                w.append(line);
            }
            w.write(revisions.isEmpty() ? "]" : "\n  ]");
        }
        w.write("\n}\n");
        w.flush();
    }

    /**
     * {@return the release's canonical bytes}
     *
     * @param release the release
     */
    public byte[] toBytes(Release release) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(release, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void field(Writer w, String name, String json, boolean comma) throws IOException {
        w.write("  \"" + name + "\": " + json + (comma ? ",\n" : "\n"));
    }

    private static void key(StringBuilder b, ValueKey k) {
        b.append("\"scope\": ")
                .append(str(k.scope()))
                .append(", \"period\": ")
                .append(str(k.period()))
                .append(", \"indicator\": ")
                .append(str(k.indicator()))
                .append(", \"category\": ")
                .append(str(k.category()));
    }

    private static String origin(Release.Origin o) {
        return switch (o.kind()) {
            case STANDARD -> "{\"kind\": \"standard\"}";
            case PLUGIN ->
                "{\"kind\": \"plugin\", \"provider\": " + str(o.provider()) + ", \"version\": " + str(o.version())
                        + "}";
            case FILE -> "{\"kind\": \"file\", \"sha256\": " + str(o.sha256()) + "}";
        };
    }

    private static String options(Release.Options o) {
        StringBuilder b = new StringBuilder("{\"scopeKinds\": [");
        String sep = "";
        for (ScopeKind k : ScopeKind.values()) {
            if (o.scopeKinds().contains(k)) {
                b.append(sep).append(str(scopeKindName(k)));
                sep = ", ";
            }
        }
        b.append("], \"periodTypes\": [");
        sep = "";
        for (PeriodType t : PeriodType.values()) {
            if (o.periodTypes().contains(t)) {
                b.append(sep).append(str(periodTypeName(t)));
                sep = ", ";
            }
        }
        return b.append("], \"suppressBelow\": ")
                .append(o.suppressBelow() == null ? "null" : o.suppressBelow().toString())
                .append('}')
                .toString();
    }

    /** {@return the name of a scope kind in a release (and on the command line): {@code site}, {@code carrierType}, …} */
    static String scopeKindName(ScopeKind k) {
        return k.prefix();
    }

    /** {@return the name of a period type in a release (and on the command line): {@code year}, {@code half}, …} */
    static String periodTypeName(PeriodType t) {
        return switch (t) {
            case YEAR -> "year";
            case HALF_YEAR -> "half";
            case QUARTER -> "quarter";
            case MONTH -> "month";
            case CUSTOM -> "custom";
        };
    }

    private static String number(BigDecimal n) {
        return n == null ? "null" : n.toPlainString();
    }

    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, b);
        return b.append('"').toString();
    }
}
