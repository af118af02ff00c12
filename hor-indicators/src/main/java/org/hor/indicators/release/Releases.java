package org.hor.indicators.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.ProviderInfo;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.KeyedValues;
import org.hor.indicators.output.ValueKey;
import org.hor.indicators.standard.StandardCatalogue;

/**
 * Makes releases (spec 06): the dataset's SHA-256, the catalogue's origins, the values of an
 * evaluation with a release's options, and the revisions against a superseded release.
 *
 * <pre>{@code
 * Release.Options opts = new Release.Options(EnumSet.allOf(ScopeKind.class), EnumSet.of(YEAR, QUARTER), null);
 * Release r = Releases.builder(dataset, catalogue).options(opts).build(Releases.values(engine, opts));
 * ReleaseWriter.create().write(r, out);
 * }</pre>
 */
public final class Releases {

    private Releases() {}

    /**
     * {@return the SHA-256 of the dataset's canonical JSON ({@link DatasetWriter}), lowercase hex: the
     * same for every file that reads as this dataset, whatever its formatting}
     *
     * @param dataset the dataset
     */
    public static String sha256(Dataset dataset) {
        MessageDigest md = digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
            DatasetWriter.create().write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hex(md.digest());
    }

    /**
     * {@return the SHA-256 of {@code bytes}, lowercase hex (a release file's, for {@code supersedes})}
     *
     * @param bytes the bytes
     */
    public static String sha256(byte[] bytes) {
        return hex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) {
            s.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return s.toString();
    }

    /**
     * Evaluates what a release evaluates: the release's scope kinds and period types, with its
     * disclosure control.
     *
     * @param engine  the engine over the dataset
     * @param options the release's options
     * @return the values, in evaluation output order
     */
    public static List<KeyedValue> values(Engine engine, Release.Options options) {
        return KeyedValues.of(evaluate(engine, options));
    }

    /**
     * {@return the evaluation with the release's options and disclosure control}
     *
     * @param engine  the engine over the dataset
     * @param options the release's options
     */
    public static Evaluation evaluate(Engine engine, Release.Options options) {
        Evaluation ev = engine.evaluate(options.evaluationOptions());
        return options.k() == 0 ? ev : DisclosureControl.below(options.k()).apply(ev, engine);
    }

    /**
     * Returns the catalogue's indicators with their origins, in catalogue order.
     *
     * @param catalogue     the catalogue
     * @param fileProviders further providers to treat as indicator files: provider id → the file's
     *                      SHA-256 (lowercase hex); a provider whose {@link ProviderInfo#isFile()} holds
     *                      is one anyway; every other provider but the standard one is a plugin
     * @return the entries
     */
    public static List<Release.CatalogueEntry> origins(Catalogue catalogue, Map<String, String> fileProviders) {
        Map<String, Release.Origin> byId = new HashMap<>();
        for (ProviderInfo p : catalogue.providerInfos()) {
            Release.Origin o = p.id().equals(StandardCatalogue.ID)
                    ? Release.Origin.STANDARD
                    : fileProviders.containsKey(p.id())
                            ? Release.Origin.file(fileProviders.get(p.id()))
                            : p.isFile() ? Release.Origin.file(p.sha256()) : Release.Origin.plugin(p.id(), p.version());
            p.indicatorIds().forEach(id -> byId.put(id, o));
        }
        List<Release.CatalogueEntry> out = new ArrayList<>();
        catalogue
                .definitions()
                .forEach(d -> out.add(
                        new Release.CatalogueEntry(d.id(), byId.getOrDefault(d.id(), Release.Origin.STANDARD))));
        return out;
    }

    /**
     * Returns the revisions of {@code values} against the superseded release, as {@code hor diff}
     * lists them: every key of a period complete on both sides ({@code asOf} of each) whose value or
     * reason differs (numbers compared as numbers), that appears or that disappears; in evaluation
     * output order, a disappeared key after the last key before it that both have.
     *
     * @param superseded the release that is replaced
     * @param values     the new values, in evaluation output order
     * @param asOf       the new dataset's {@code asOf}
     * @param reason     the reason text of the revision
     * @return the revisions
     */
    public static List<Release.Revision> revisions(
            Release superseded, List<KeyedValue> values, LocalDate asOf, String reason) {
        Objects.requireNonNull(reason, "reason");
        LocalDate complete = asOf.isBefore(superseded.asOf()) ? asOf : superseded.asOf();
        Map<ValueKey, Integer> newIndex = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            newIndex.put(values.get(i).key(), i);
        }
        record Placed(int anchor, int tie, int index, Release.Revision revision) {}
        List<Placed> placed = new ArrayList<>();
        Map<ValueKey, KeyedValue> old = new LinkedHashMap<>();
        int anchor = -1;
        int oldPos = 0;
        for (KeyedValue o : superseded.values()) {
            old.put(o.key(), o);
            Integer at = newIndex.get(o.key());
            if (at != null) {
                anchor = at;
            } else if (complete(o.key(), complete)) {
                placed.add(new Placed(anchor, 1, oldPos, Release.Revision.of(o, null, reason)));
            }
            oldPos++;
        }
        for (int i = 0; i < values.size(); i++) {
            KeyedValue n = values.get(i);
            if (!complete(n.key(), complete)) {
                continue;
            }
            KeyedValue o = old.get(n.key());
            if (o == null || !o.sameAs(n)) {
                placed.add(new Placed(i, 0, 0, Release.Revision.of(o, n, reason)));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::anchor)
                .thenComparingInt(Placed::tie)
                .thenComparingInt(Placed::index));
        return placed.stream().map(Placed::revision).toList();
    }

    static boolean complete(ValueKey key, LocalDate asOf) {
        try {
            return Period.parse(key.period()).isComplete(asOf);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * {@return a builder of a release of {@code dataset} evaluated with {@code catalogue}}
     *
     * @param dataset   the dataset
     * @param catalogue the catalogue the values were evaluated with
     */
    public static Builder builder(Dataset dataset, Catalogue catalogue) {
        return new Builder(dataset, catalogue);
    }

    /** Assembles a {@link Release}. Not thread-safe. */
    public static final class Builder {
        private final Dataset dataset;
        private final Catalogue catalogue;
        private String name;
        private String version = "DEVELOPMENT";
        private Release.Options options;
        private final Map<String, String> fileProviders = new LinkedHashMap<>();
        private Release superseded;
        private String supersededSha256;
        private String reason;

        private Builder(Dataset dataset, Catalogue catalogue) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        }

        /**
         * {@return this builder, with the release's name (default {@code "<programme id> <asOf>"})}
         *
         * @param name the name
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder, with hor's version (default {@code DEVELOPMENT})}
         *
         * @param version the version
         */
        public Builder softwareVersion(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * {@return this builder, with what was evaluated (required)}
         *
         * @param options the options
         */
        public Builder options(Release.Options options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Names a provider of the catalogue as an indicator file, so its indicators' origin is the file's SHA-256.
         *
         * @param providerId the provider's id
         * @param sha256     the file's SHA-256, lowercase hex
         * @return this builder
         */
        public Builder indicatorFile(String providerId, String sha256) {
            fileProviders.put(Objects.requireNonNull(providerId, "providerId"), Release.checkSha256(sha256, "sha256"));
            return this;
        }

        /**
         * Makes the release supersede another: it records the other's name and SHA-256 and the revisions.
         *
         * @param release the superseded release
         * @param sha256  the SHA-256 of the superseded release's file bytes
         * @param reason  the reason of the revision
         * @return this builder
         */
        public Builder supersedes(Release release, String sha256, String reason) {
            this.superseded = Objects.requireNonNull(release, "release");
            this.supersededSha256 = Release.checkSha256(sha256, "sha256");
            this.reason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * {@return the release of {@code values}}
         *
         * @param values the values of the evaluation with the options ({@link Releases#values})
         * @throws IllegalStateException if no options were given
         */
        public Release build(List<KeyedValue> values) {
            if (options == null) {
                throw new IllegalStateException("options are required");
            }
            String programmeId =
                    dataset.programme() == null ? "" : dataset.programme().id();
            String n = name != null ? name : programmeId + " " + dataset.asOf();
            Release.Supersedes sup =
                    superseded == null ? null : new Release.Supersedes(superseded.name(), supersededSha256);
            List<Release.Revision> revisions =
                    superseded == null ? List.of() : revisions(superseded, values, dataset.asOf(), reason);
            return new Release(
                    Release.FORMAT_VERSION,
                    n,
                    programmeId,
                    dataset.asOf(),
                    sha256(dataset),
                    new Release.Software("hor", version),
                    origins(catalogue, fileProviders),
                    options,
                    values,
                    sup,
                    revisions);
        }
    }
}
