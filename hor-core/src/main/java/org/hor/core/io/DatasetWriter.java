package org.hor.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.hor.core.io.internal.CanonicalWriter;
import org.hor.core.model.Dataset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes datasets in the canonical form of the format: fields in the order of spec 01's field
 * lists, records in list order, absent optional fields and empty optional arrays left out, numbers
 * in plain notation with the scale they have ({@code 1500.00} stays {@code 1500.00}), UTF-8, 2-space
 * indent, a trailing newline. Reading what it wrote gives an equal dataset, and writing that again
 * gives identical bytes. Instances are immutable and thread-safe.
 */
public final class DatasetWriter {

    private final JsonFactory factory =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private DatasetWriter() {}

    /**
     * Returns a writer.
     *
     * @return the writer
     */
    public static DatasetWriter create() {
        return new DatasetWriter();
    }

    /**
     * Writes the dataset to the stream (which is flushed, not closed).
     *
     * @param d   the dataset
     * @param out the stream
     * @throws IOException on an I/O error of the stream
     */
    public void write(Dataset d, OutputStream out) throws IOException {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(out, "out");
        ObjectWriteContext ctx = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new CanonicalWriter.Pretty();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        try (JsonGenerator g = factory.createGenerator(ctx, out)) {
            CanonicalWriter.writeDataset(g, d);
            g.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
        out.flush();
    }

    /**
     * Returns the dataset's canonical bytes.
     *
     * @param d the dataset
     * @return UTF-8 JSON with a trailing newline
     */
    public byte[] toBytes(Dataset d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
