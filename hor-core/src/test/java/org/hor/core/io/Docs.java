package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hor.core.validation.Violation;

/** Test documents: the valid base dataset of {@code valid.json} and edits of it. */
final class Docs {

    private Docs() {}

    /** Returns the valid base document (41 lines, one record per line; see valid.json). */
    static String valid() {
        try (InputStream in = Docs.class.getResourceAsStream("valid.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the base document with {@code from} (which must occur exactly once) replaced by {@code to}. */
    static String edit(String doc, String from, String to) {
        int i = doc.indexOf(from);
        assertThat(i).as("occurs: %s", from).isGreaterThanOrEqualTo(0);
        assertThat(doc.indexOf(from, i + 1)).as("occurs once: %s", from).isEqualTo(-1);
        return doc.substring(0, i) + to + doc.substring(i + from.length());
    }

    /** Returns the 1-based column of {@code needle} in line {@code line} of {@code doc} (ASCII before it). */
    static long column(String doc, int line, String needle) {
        String l = doc.split("\n", -1)[line - 1];
        int i = l.indexOf(needle);
        assertThat(i).as("line %d contains %s", line, needle).isGreaterThanOrEqualTo(0);
        return l.substring(0, i).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** Reads a document from a file (exact locations for integrity violations). */
    static ReadResult readFile(Path dir, String doc) {
        try {
            Path f = Files.createTempFile(dir, "doc", ".json");
            Files.writeString(f, doc, StandardCharsets.UTF_8);
            return DatasetReader.builder().build().read(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document from a stream. */
    static ReadResult read(String doc) {
        return read(DatasetReader.builder().build(), doc);
    }

    /** Reads a document from a stream with the given reader. */
    static ReadResult read(DatasetReader reader, String doc) {
        try {
            return reader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats violations for assertion messages. */
    static String show(List<Violation> vs) {
        return vs.stream().map(v -> v.format(Locale.ENGLISH)).collect(Collectors.joining("\n"));
    }
}
