package org.hor.core.io;

import jakarta.validation.ConstraintViolation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hor.core.io.internal.ColumnarParser;
import org.hor.core.io.internal.DatasetParser;
import org.hor.core.io.internal.FileSlices;
import org.hor.core.io.internal.Locations;
import org.hor.core.io.internal.RecordParser;
import org.hor.core.io.internal.RecordSchema;
import org.hor.core.io.internal.Spool;
import org.hor.core.model.Dataset;
import org.hor.core.validation.KnownIndicators;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.core.validation.internal.Constraints;
import org.hor.core.validation.internal.FastChecks;
import org.hor.core.validation.internal.Integrity;
import org.hor.core.validation.internal.Pointers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a dataset document (spec 01) and checks it completely: syntax and limits, types, unknown
 * fields and duplicate keys while streaming; then the field rules (the Jakarta constraints) on each
 * record as soon as it is read; then the integrity rules. Every violation carries its JSON pointer,
 * line and column.
 *
 * <p>The reader streams: it builds records directly from Jackson's token stream, never a tree of the
 * document, so a file of several gigabytes needs memory for its records only (raise
 * {@link ReadLimits#maxDocumentBytes()} for it). Columns count bytes of the UTF-8 input. Violations
 * of integrity rules point at the field concerned: reading from a regular file finds its exact line
 * and column in a second pass over the file (only when there are such violations).
 *
 * <p>Input that can be read only once (a stream; or a {@link Path} that is no regular file: a pipe,
 * standard input such as {@code /dev/stdin}, a device) is read exactly once, never opened again: the
 * reader keeps a copy of the bytes it read (the first 64 MiB in memory, the rest in a temporary file
 * readable only by its owner and deleted when reading ends) and finds the exact locations in that
 * copy, so such input gives the same result and messages as the same bytes in a file. Only the limit
 * on the document's size differs: a file larger than the limit is refused before it is read; other
 * input is read up to the limit and refused where it exceeds it.
 *
 * <p>Broken syntax, an exceeded limit or an unsupported {@code formatVersion} stop reading and give
 * exactly that one violation. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult r = DatasetReader.builder().build().read(Path.of("data.json"));
 * if (r.isValid()) { Dataset d = r.dataset().orElseThrow(); ... }
 * else r.violations().forEach(v -> System.err.println(v.format(Locale.ENGLISH)));
 * }</pre>
 */
public final class DatasetReader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetReader.class);

    private final ReadLimits limits;
    private final boolean lenient;
    private final KnownIndicators known;
    private final JsonFactory factory;
    private final ProgressListener progress;
    private final long spoolMemory;

    private DatasetReader(Builder b) {
        this.progress = b.progress;
        this.spoolMemory = b.spoolMemory;
        this.limits = b.limits;
        this.lenient = b.lenient;
        this.known = b.known;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * Returns a builder with the defaults: {@link ReadLimits#defaults()}, strict (unknown fields are
     * violations), the standard indicator catalogue.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link DatasetReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private boolean lenient;
        private KnownIndicators known = KnownIndicators.standard();
        private ProgressListener progress = ProgressListener.NONE;
        private long spoolMemory = Spool.MEMORY_BYTES;

        private Builder() {}

        /** For tests: how much of a stream's copy is kept in memory before it goes to a temporary file. */
        Builder spoolMemory(long bytes) {
            this.spoolMemory = bytes;
            return this;
        }

        /**
         * Sets the listener that hears how many bytes of the document were read (task
         * {@code "read"}); default {@link ProgressListener#NONE}.
         *
         * @param progress the listener
         * @return this builder
         * @throws NullPointerException if {@code progress} is null
         */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Sets the limits.
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets whether unknown fields are ignored (and counted in
         * {@link ReadResult#ignoredUnknownFields()}) instead of reported; default {@code false}.
         *
         * @param lenient whether to ignore unknown fields
         * @return this builder
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /**
         * Sets the indicator catalogue that targets are checked against.
         *
         * @param known the catalogue
         * @return this builder
         * @throws NullPointerException if {@code known} is null
         */
        public Builder knownIndicators(KnownIndicators known) {
            this.known = Objects.requireNonNull(known, "known");
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public DatasetReader build() {
            return new DatasetReader(this);
        }
    }

    /**
     * Reads and checks a file. A path that is no regular file (a pipe, {@code /dev/stdin}, a device) is
     * read once, as {@link #read(InputStream, String)} reads a stream.
     *
     * @param file the file
     * @return the dataset or the violations
     * @throws java.nio.file.NoSuchFileException     if the file does not exist
     * @throws java.nio.file.AccessDeniedException if it cannot be read
     * @throws IOException                           on any other I/O error (never for invalid content)
     */
    public ReadResult read(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isOther()) {
            // a pipe, standard input, a device: its bytes can be read once only (issue #13)
            LOG.debug("read {} once: no regular file", file);
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, file.toString());
            }
        }
        long size = attributes.size();
        if (size > limits.maxDocumentBytes()) {
            return invalid(
                    List.of(Violation.of(
                            "",
                            -1,
                            -1,
                            RuleCode.LIMIT_DOCUMENT_SIZE,
                            Long.toString(size),
                            Long.toString(limits.maxDocumentBytes()))),
                    0);
        }
        return read(file, size, true);
    }

    /**
     * Reads a file, first with the deliveries into columns when {@code columnar}: that pass is kept
     * only when it finds nothing to report; at any doubt or violation the file is read again with
     * records, which report exactly (a file can be read twice, a stream cannot).
     */
    ReadResult read(Path file, long size, boolean columnar) throws IOException {
        Pass pass = null;
        if (columnar) {
            try (InputStream in = counting(Files.newInputStream(file), size)) {
                FileSlices slices = slices(file, size);
                pass = parse(in, file.toString(), (p, check) -> new ColumnarParser(p, lenient, check, slices));
            } catch (ColumnarParser.Doubt d) {
                LOG.debug("read {} with records: {}", file, d.getMessage());
            }
            if (pass != null && (!pass.violations.isEmpty() || !pass.unlocated.isEmpty())) {
                pass = null;
            }
        }
        if (pass == null) {
            try (InputStream in = counting(Files.newInputStream(file), size)) {
                pass = parse(in, file.toString(), this::records);
            }
        }
        if (pass.unlocated.isEmpty()) {
            return pass.result();
        }
        Map<String, Long> exact;
        try (InputStream in = Files.newInputStream(file)) {
            exact = locate(in, pass.unlocated);
        }
        return pass.result(exact);
    }

    /**
     * Reads and checks a document from a stream, which is read once, to its end (or to the first
     * violation that stops reading), and not closed. A copy of the bytes read is kept while reading
     * (in memory, beyond 64 MiB in a temporary file, deleted afterwards) for the exact locations of
     * integrity violations: the result equals that of reading the same bytes from a file.
     *
     * @param in         the stream
     * @param sourceName a name of the source for log messages
     * @return the dataset or the violations
     * @throws IOException on an I/O error of the stream (never for invalid content)
     */
    public ReadResult read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        try (Spool spool = new Spool(spoolMemory)) {
            Pass pass = parse(counting(spool.tee(in), -1), sourceName, this::records);
            if (pass.unlocated.isEmpty()) {
                return pass.result();
            }
            if (spool.lost()) {
                LOG.warn(
                        "{}: no copy of the input for the exact locations of integrity violations ({});"
                                + " they point at their records",
                        sourceName,
                        String.valueOf(spool.lostBecause()));
                return pass.result();
            }
            Map<String, Long> exact;
            try (InputStream again = spool.replay()) {
                exact = locate(again, pass.unlocated);
            }
            return pass.result(exact);
        }
    }

    /** A way of reading a document: which parser a pass uses. */
    @FunctionalInterface
    private interface Way {
        DatasetParser open(JsonParser p, DatasetParser.RecordCheck check);
    }

    /** The way that reads records and reports exactly. */
    private DatasetParser records(JsonParser p, DatasetParser.RecordCheck check) {
        return new RecordParser(p, lenient, check);
    }

    private InputStream counting(InputStream in, long total) {
        return progress == ProgressListener.NONE ? in : new CountingStream(in, total, progress, 0);
    }

    /** The file, readable from any byte, for reading its deliveries in two halves at once. */
    private FileSlices slices(Path file, long size) {
        return new FileSlices() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream bytes(long offset, boolean counted) throws IOException {
                FileChannel channel = FileChannel.open(file);
                try {
                    channel.position(offset);
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
                InputStream in = Channels.newInputStream(channel);
                return counted && progress != ProgressListener.NONE
                        ? new CountingStream(in, size, progress, offset)
                        : in;
            }

            @Override
            public JsonParser parser(InputStream in) {
                return factory.createParser(ObjectReadContext.empty(), in);
            }
        };
    }

    /** Reports the bytes read to a listener, every 4 MiB and at the end. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private static final long STEP = 4L << 20;
        private final long total;
        private final ProgressListener listener;
        private long count;
        private long next = STEP;
        private boolean ended;

        CountingStream(InputStream in, long total, ProgressListener listener, long offset) {
            super(in);
            this.total = total;
            this.listener = listener;
            this.count = offset;
            this.next = offset + STEP;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            counted(n);
            return n;
        }

        private void counted(int n) {
            if (n < 0) {
                if (!ended) {
                    ended = true;
                    listener.progress("read", count, total < 0 ? count : Math.max(total, count));
                }
                return;
            }
            count += n;
            if (count >= next) {
                next = count + STEP;
                listener.progress("read", total < 0 ? count : Math.min(count, total), total);
            }
        }
    }

    private static ReadResult invalid(List<Violation> violations, int ignored) {
        return new ReadResult(Optional.empty(), violations, ignored);
    }

    /** The outcome of the first pass. */
    private static final class Pass {
        Dataset dataset;
        final List<Violation> violations = new ArrayList<>();
        final List<Violation> unlocated = new ArrayList<>();
        DatasetParser parser;
        int ignored;

        ReadResult result() {
            return result(Map.of());
        }

        ReadResult result(Map<String, Long> exact) {
            List<Violation> all = new ArrayList<>(violations);
            for (Violation v : unlocated) {
                long loc = exact.getOrDefault(v.pointer(), fallback(v.pointer()));
                all.add(v.at(Locations.line(loc), Locations.column(loc)));
            }
            all.sort(Pointers.BY_LOCATION);
            return all.isEmpty() ? new ReadResult(Optional.of(dataset), List.of(), ignored) : invalid(all, ignored);
        }

        private long fallback(String pointer) {
            String[] s = pointer.split("/");
            if (s.length >= 3) {
                try {
                    return parser.recordStart(s[1], Integer.parseInt(s[2]));
                } catch (NumberFormatException e) {
                    return Locations.UNKNOWN;
                }
            }
            return Locations.UNKNOWN;
        }
    }

    /**
     * Reads a document the way {@code way} reads: with records, or (a file) with the deliveries
     * into columns, in two halves at once where that pays.
     */
    private Pass parse(InputStream in, String source, Way way) throws IOException {
        Pass pass = new Pass();
        List<Violation> fieldViolations = new ArrayList<>();
        Source src = new Source(in);
        JsonParser p;
        try {
            p = factory.createParser(ObjectReadContext.empty(), src);
        } catch (JacksonIOException e) {
            // Jackson detects the encoding here (UTF-8, 16 or 32) and may fail on the first bytes
            if (src.failed) {
                throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
            }
            return fatal(
                    pass,
                    Violation.of(
                            "",
                            1,
                            1,
                            RuleCode.JSON_SYNTAX,
                            null,
                            e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage()));
        }
        DatasetParser dp = way.open(
                p,
                (record, schema, pointer, start, locs, errored) ->
                        checkFields(record, schema, pointer, start, locs, errored, fieldViolations));
        pass.parser = dp;
        try (p;
                dp) {
            Dataset d = dp.readDataset();
            JsonParser last = dp.parser(); // after a split, the parser over the rest of the file
            if (last.nextToken() != null) {
                long loc = Locations.pack(last.currentTokenLocation());
                return fatal(
                        pass,
                        new Violation(
                                "",
                                Locations.line(loc),
                                Locations.column(loc),
                                RuleCode.JSON_SYNTAX.code(),
                                null,
                                RuleCode.JSON_SYNTAX.messageKey("trailing"),
                                List.of()));
            }
            pass.dataset = d;
        } catch (DatasetParser.Stop s) {
            return fatal(pass, s.violation());
        } catch (StreamConstraintsException e) {
            return fatal(pass, limit(e, pointer(p), p));
        } catch (JacksonIOException e) {
            if (!src.failed) {
                // content, not I/O: bytes that do not decode in the encoding Jackson detected (UTF-16/32)
                long loc = Locations.pack(p.currentLocation());
                return fatal(
                        pass,
                        Violation.of(
                                pointer(p),
                                Math.max(1, Locations.line(loc)),
                                Math.max(1, Locations.column(loc)),
                                RuleCode.JSON_SYNTAX,
                                null,
                                e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage()));
            }
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        } catch (JacksonException e) {
            long loc = Locations.pack(e.getLocation());
            return fatal(
                    pass,
                    Violation.of(
                            pointer(p),
                            Locations.line(loc),
                            Locations.column(loc),
                            RuleCode.JSON_SYNTAX,
                            null,
                            e.getOriginalMessage()));
        }
        pass.ignored = dp.ignored();
        pass.violations.addAll(dp.violations());
        pass.violations.addAll(fieldViolations);
        Dataset d = pass.dataset;
        if (d != null) {
            required(pass, dp, "formatVersion", d.formatVersion() == null, RuleCode.REQUIRED.messageKey());
            required(pass, dp, "asOf", d.asOf() == null, RuleCode.REQUIRED.messageKey());
            required(pass, dp, "programme", d.programme() == null, RuleCode.REQUIRED.messageKey());
            required(pass, dp, "sites", d.sites().isEmpty(), RuleCode.REQUIRED.messageKey("sites"));
            pass.unlocated.addAll(Integrity.check(d, known));
        }
        LOG.debug(
                "read {}: {} violations, {} unknown fields ignored",
                source,
                pass.violations.size() + pass.unlocated.size(),
                pass.ignored);
        return pass;
    }

    /**
     * The input, remembering whether it failed itself: Jackson reports undecodable bytes as I/O
     * errors too, and those are violations of the content.
     */
    private static final class Source extends FilterInputStream {
        boolean failed;

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void close() {
            // the caller closes its stream
        }
    }

    private static String pointer(JsonParser p) {
        try {
            return p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Pass fatal(Pass pass, Violation v) {
        pass.violations.clear();
        pass.unlocated.clear();
        pass.violations.add(v);
        pass.dataset = null;
        return pass;
    }

    private static void required(Pass pass, DatasetParser dp, String name, boolean missing, String key) {
        if (missing && !dp.topLevelErrored(name)) {
            long loc = dp.topLevelLocation(name);
            if (loc == Locations.UNKNOWN) {
                loc = dp.rootStart();
            }
            pass.violations.add(new Violation(
                    "/" + name,
                    Locations.line(loc),
                    Locations.column(loc),
                    RuleCode.REQUIRED.code(),
                    null,
                    key,
                    List.of()));
        }
    }

    private Violation limit(StreamConstraintsException e, String pointer, JsonParser p) {
        String m = String.valueOf(e.getOriginalMessage());
        long loc = Locations.pack(e.getLocation());
        if (loc == Locations.UNKNOWN) {
            loc = Locations.pack(p.currentLocation());
        }
        RuleCode rule;
        long limit;
        if (m.contains("getMaxDocumentLength")) {
            rule = RuleCode.LIMIT_DOCUMENT_SIZE;
            limit = limits.maxDocumentBytes();
        } else if (m.contains("getMaxNestingDepth")) {
            rule = RuleCode.LIMIT_NESTING_DEPTH;
            limit = limits.maxNestingDepth();
        } else if (m.contains("getMaxStringLength") || m.contains("getMaxNameLength")) {
            rule = RuleCode.LIMIT_STRING_LENGTH;
            limit = limits.maxStringLength();
        } else if (m.contains("getMaxNumberLength")) {
            rule = RuleCode.LIMIT_NUMBER_LENGTH;
            limit = limits.maxNumberLength();
        } else {
            return Violation.of(pointer, Locations.line(loc), Locations.column(loc), RuleCode.JSON_SYNTAX, null, m);
        }
        return Violation.of(pointer, Locations.line(loc), Locations.column(loc), rule, null, Long.toString(limit));
    }

    private void checkFields(
            Object record,
            RecordSchema<?> schema,
            String pointer,
            long start,
            long[] locs,
            long errored,
            List<Violation> out) {
        if (FastChecks.clean(record)) {
            return; // every field constraint holds: the validator would find nothing
        }
        Set<ConstraintViolation<Object>> found = Constraints.validator().validate(record);
        for (ConstraintViolation<Object> cv : found) {
            String rel = Constraints.pointer(cv.getPropertyPath());
            int slash = rel.indexOf('/', 1);
            int k = rel.isEmpty() ? -1 : schema.indexOf(rel.substring(1, slash < 0 ? rel.length() : slash));
            if (k >= 0 && (errored & (1L << k)) != 0) {
                continue;
            }
            long loc = k >= 0 && locs != null && locs[k] != Locations.UNKNOWN ? locs[k] : start;
            out.add(Constraints.toViolation(cv, pointer + rel, Locations.line(loc), Locations.column(loc)));
        }
    }

    /**
     * Second pass: finds the exact locations of the fields of the records that integrity
     * violations point into.
     */
    private Map<String, Long> locate(InputStream in, List<Violation> unlocated) throws IOException {
        Map<String, Set<Integer>> wanted = new HashMap<>();
        for (Violation v : unlocated) {
            String[] s = v.pointer().split("/");
            if (s.length >= 3) {
                try {
                    wanted.computeIfAbsent(s[1], x -> new TreeSet<>()).add(Integer.parseInt(s[2]));
                } catch (NumberFormatException e) {
                    // not a record pointer
                }
            }
        }
        Map<String, Long> exact = new HashMap<>();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return exact;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String section = p.currentName();
                JsonToken t = p.nextToken();
                Set<Integer> indices = wanted.get(section);
                if (indices == null || t != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                int i = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT && indices.contains(i)) {
                        String prefix = "/" + section + "/" + i;
                        exact.put(prefix, Locations.pack(p.currentTokenLocation()));
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = prefix + "/" + Pointers.escape(p.currentName());
                            t = p.nextToken();
                            exact.putIfAbsent(field, Locations.pack(p.currentTokenLocation()));
                            if (t == JsonToken.START_ARRAY) {
                                int j = 0;
                                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                                    exact.putIfAbsent(field + "/" + j++, Locations.pack(p.currentTokenLocation()));
                                    p.skipChildren();
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                    i++;
                }
            }
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        } catch (JacksonException e) {
            LOG.debug("second pass stopped early", e);
        }
        return exact;
    }
}
