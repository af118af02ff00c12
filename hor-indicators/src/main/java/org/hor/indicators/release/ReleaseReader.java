package org.hor.indicators.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hor.core.io.ReadLimits;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.internal.json.LocatedNode;
import org.hor.indicators.internal.json.LocatedTree;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads release files strictly (spec 06). Every problem is a {@link Violation} with a JSON pointer,
 * line and column and a rule code: the document's syntax and limits, duplicate keys, unknown fields,
 * wrong types and an unknown {@code formatVersion} as for datasets ({@code HOR-1xx}); a missing field
 * {@code HOR-200}; and the rules of a release ({@code HOR-6xx}): the {@code kind} (a dataset given as
 * a release is named as such), SHA-256s, options and origins, and values that no evaluation writes —
 * keys out of evaluation order or twice, indicators not in the release's catalogue, scopes, periods
 * and categories that do not exist, numbers not written as their indicator's values are (spec 02),
 * both or neither of value and reason, unknown reasons, revisions whose new side is not the release's
 * value. So a hand-edited value shows unless the edit keeps every rule. Never throws for the content;
 * instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ReleaseReadResult r = ReleaseReader.builder().build().read(Path.of("release-2025.json"));
 * r.violations().forEach(v -> System.err.println(v.format(Locale.ENGLISH)));
 * }</pre>
 */
public final class ReleaseReader {

    private final ReadLimits limits;
    private final Catalogue catalogue;
    private final JsonFactory factory;

    private ReleaseReader(Builder b) {
        this.limits = b.limits;
        this.catalogue = b.catalogue;
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

    /** {@return a builder with the defaults: {@link ReadLimits#defaults()}, the standard catalogue} */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link ReleaseReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private Catalogue catalogue = Catalogue.standard();

        private Builder() {}

        /**
         * {@return this builder, with other limits}
         *
         * @param limits the limits of the document
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the catalogue whose definitions check the values' number formats and categories
         * (default: the standard catalogue); values of indicators it does not define are checked
         * against every number style.
         *
         * @param catalogue the catalogue
         * @return this builder
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** {@return the reader} */
        public ReleaseReader build() {
            return new ReleaseReader(this);
        }
    }

    /**
     * Reads a release file.
     *
     * @param file the file
     * @return the release or its violations
     * @throws IOException when the file cannot be read
     */
    public ReleaseReadResult read(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > limits.maxDocumentBytes()) {
            return invalid(
                    Violation.of(
                            "",
                            -1,
                            -1,
                            RuleCode.LIMIT_DOCUMENT_SIZE,
                            Long.toString(Files.size(file)),
                            Long.toString(limits.maxDocumentBytes())),
                    null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a release from a stream (not closed), at most the limit's bytes.
     *
     * @param in the stream
     * @return the release or its violations
     * @throws IOException when the stream cannot be read
     */
    public ReleaseReadResult read(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(chunk)) > 0; ) {
            total += n;
            if (total > limits.maxDocumentBytes()) {
                return invalid(
                        Violation.of(
                                "",
                                -1,
                                -1,
                                RuleCode.LIMIT_DOCUMENT_SIZE,
                                null,
                                Long.toString(limits.maxDocumentBytes())),
                        null);
            }
            buffer.write(chunk, 0, n);
        }
        return read(buffer.toByteArray());
    }

    /**
     * Reads a release from its bytes.
     *
     * @param bytes the file's bytes
     * @return the release or its violations
     */
    public ReleaseReadResult read(byte[] bytes) {
        String sha = Releases.sha256(bytes);
        if (bytes.length > limits.maxDocumentBytes()) {
            return invalid(
                    Violation.of(
                            "",
                            -1,
                            -1,
                            RuleCode.LIMIT_DOCUMENT_SIZE,
                            Integer.toString(bytes.length),
                            Long.toString(limits.maxDocumentBytes())),
                    sha);
        }
        LocatedNode root;
        List<Violation> violations = new ArrayList<>();
        JsonParser p;
        try {
            p = factory.createParser(ObjectReadContext.empty(), bytes);
        } catch (JacksonException e) {
            return invalid(
                    Violation.of("", 1, 1, RuleCode.JSON_SYNTAX, null, String.valueOf(e.getOriginalMessage())), sha);
        }
        try (p) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return invalid(
                        new Violation(
                                "",
                                1,
                                1,
                                RuleCode.JSON_SYNTAX.code(),
                                null,
                                RuleCode.JSON_SYNTAX.messageKey("empty"),
                                List.of()),
                        sha);
            }
            LocatedTree tree = LocatedTree.read(p);
            root = tree.root();
            for (LocatedTree.DuplicateKey d : tree.duplicates()) {
                violations.add(Violation.of(d.pointer(), d.line(), d.column(), RuleCode.DUPLICATE_KEY, null, d.key()));
            }
            if (p.nextToken() != null) {
                TokenStreamLocation l = p.currentTokenLocation();
                return invalid(
                        new Violation(
                                "",
                                l.getLineNr(),
                                l.getColumnNr(),
                                RuleCode.JSON_SYNTAX.code(),
                                null,
                                RuleCode.JSON_SYNTAX.messageKey("trailing"),
                                List.of()),
                        sha);
            }
        } catch (StreamConstraintsException e) {
            return invalid(limit(e, p), sha);
        } catch (JacksonException e) {
            TokenStreamLocation l =
                    e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
            return invalid(
                    Violation.of(
                            LocatedTree.pointerOf(p),
                            Math.max(1, l.getLineNr()),
                            Math.max(1, l.getColumnNr()),
                            RuleCode.JSON_SYNTAX,
                            null,
                            withoutSource(String.valueOf(e.getOriginalMessage()))),
                    sha);
        }
        ReleaseCheck c = new ReleaseCheck(violations, catalogue);
        Release release = c.release(root);
        return violations.isEmpty() && release != null
                ? new ReleaseReadResult(release, List.of(), sha)
                : new ReleaseReadResult(
                        null,
                        violations.isEmpty()
                                ? List.of(Violation.of("", 1, 1, RuleCode.JSON_SYNTAX, null, "?"))
                                : violations,
                        sha);
    }

    /** Jackson's message without its note on the (redacted) source, which says nothing to a user. */
    private static String withoutSource(String message) {
        int i = message.indexOf(" (start marker at [Source");
        return i < 0 ? message : message.substring(0, i);
    }

    private static ReleaseReadResult invalid(Violation v, String sha) {
        return new ReleaseReadResult(null, List.of(v), sha);
    }

    private Violation limit(StreamConstraintsException e, JsonParser p) {
        String m = String.valueOf(e.getOriginalMessage());
        TokenStreamLocation l =
                e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
        long line = l == null || l.getLineNr() < 1 ? -1 : l.getLineNr();
        long column = l == null || l.getColumnNr() < 1 ? -1 : l.getColumnNr();
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
            return Violation.of(LocatedTree.pointerOf(p), line, column, RuleCode.JSON_SYNTAX, null, m);
        }
        return Violation.of(LocatedTree.pointerOf(p), line, column, rule, null, Long.toString(limit));
    }
}
