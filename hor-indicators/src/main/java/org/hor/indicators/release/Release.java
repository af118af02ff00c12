package org.hor.indicators.release;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import org.jspecify.annotations.Nullable;

/**
 * A release (spec 06): the figures of one evaluation of one dataset, frozen, with what they were
 * computed from. Two equal releases are written to identical bytes by {@link ReleaseWriter}.
 *
 * @param formatVersion the format version, {@link #FORMAT_VERSION}
 * @param name          the release's name (spec 01 text), by default {@code "<programme id> <asOf>"}
 * @param programmeId   the dataset's programme id
 * @param asOf          the dataset's {@code asOf}
 * @param datasetSha256 the SHA-256 of the dataset's canonical JSON, lowercase hex
 *                      ({@link Releases#sha256(org.hor.core.model.Dataset)})
 * @param software      the software that made the release
 * @param catalogue     the indicators evaluated, in catalogue order (unmodifiable)
 * @param options       what was evaluated
 * @param values        every value of the evaluation, in evaluation output order (unmodifiable)
 * @param supersedes    the release this one replaces, or {@code null}
 * @param revisions     with {@code supersedes}: the values that differ from the superseded release, in
 *                      evaluation output order (possibly empty); without it: empty (unmodifiable)
 */
public record Release(
        String formatVersion,
        String name,
        String programmeId,
        LocalDate asOf,
        String datasetSha256,
        Software software,
        List<CatalogueEntry> catalogue,
        Options options,
        List<KeyedValue> values,
        @Nullable Supersedes supersedes,
        List<Revision> revisions) {

    /** The only format version, {@code "1"}. */
    public static final String FORMAT_VERSION = "1";

    /** The {@code kind} field of every release file, {@code "hor-release"}: how a release is told from a dataset. */
    public static final String KIND = "hor-release";

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks and copies the components.
     *
     * @param formatVersion the format version, {@link #FORMAT_VERSION}
     * @param name the release's name (spec 01 text), by default {@code "<programme id> <asOf>"}
     * @param programmeId the dataset's programme id
     * @param asOf the dataset's {@code asOf}
     * @param datasetSha256 the SHA-256 of the dataset's canonical JSON, lowercase hex ({@link
     *                      Releases#sha256(org.hor.core.model.Dataset)})
     * @param software the software that made the release
     * @param catalogue the indicators evaluated, in catalogue order (unmodifiable)
     * @param options what was evaluated
     * @param values every value of the evaluation, in evaluation output order (unmodifiable)
     * @param supersedes the release this one replaces, or {@code null}
     * @param revisions with {@code supersedes}: the values that differ from the superseded release, in
     *                  evaluation output order (possibly empty); without it: empty (unmodifiable)
     * @throws NullPointerException     if a component other than {@code supersedes} is null
     * @throws IllegalArgumentException if the format version is not {@code "1"}, the SHA-256 is not 64
     *                                  lowercase hex digits, or revisions are given without
     *                                  {@code supersedes}
     */
    public Release {
        Objects.requireNonNull(formatVersion, "formatVersion");
        if (!FORMAT_VERSION.equals(formatVersion)) {
            throw new IllegalArgumentException("formatVersion must be \"1\": " + formatVersion);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(asOf, "asOf");
        checkSha256(datasetSha256, "datasetSha256");
        Objects.requireNonNull(software, "software");
        catalogue = List.copyOf(catalogue);
        Objects.requireNonNull(options, "options");
        values = List.copyOf(values);
        revisions = List.copyOf(revisions);
        if (supersedes == null && !revisions.isEmpty()) {
            throw new IllegalArgumentException("revisions without supersedes: " + revisions.size());
        }
    }

    static String checkSha256(String sha256, String what) {
        Objects.requireNonNull(sha256, what);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(what + " must be 64 lowercase hex digits: " + sha256);
        }
        return sha256;
    }

    /** {@return the release this one replaces, if any} */
    public Optional<Supersedes> supersedesIfAny() {
        return Optional.ofNullable(supersedes);
    }

    /**
     * {@return the released value of {@code key}, if the release has one}
     *
     * @param key the key
     */
    public Optional<KeyedValue> value(ValueKey key) {
        for (KeyedValue v : values) {
            if (v.key().equals(key)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The software that made a release.
     *
     * @param name    {@code "hor"}
     * @param version its version, {@code DEVELOPMENT} when run from classes
     */
    public record Software(String name, String version) {
        /**
         * @throws NullPointerException if a component is null
         *
         * @param name {@code "hor"}
         * @param version its version, {@code DEVELOPMENT} when run from classes
         */
        public Software {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * One indicator of the release's catalogue.
     *
     * @param id     the indicator id
     * @param origin where its definition came from
     */
    public record CatalogueEntry(String id, Origin origin) {
        /**
         * @throws NullPointerException if a component is null
         *
         * @param id the indicator id
         * @param origin where its definition came from
         */
        public CatalogueEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * Where an indicator's definition came from: the standard catalogue, a plugin (its provider id
     * and version) or an indicator file (the SHA-256 of its bytes). Written as
     * {@code {"kind": "standard"}}, {@code {"kind": "plugin", "provider": …, "version": …}} or
     * {@code {"kind": "file", "sha256": …}}.
     *
     * @param kind     the kind of origin
     * @param provider a plugin's provider id, else {@code null}
     * @param version  a plugin's version, else {@code null}
     * @param sha256   an indicator file's SHA-256 (lowercase hex), else {@code null}
     */
    public record Origin(
            OriginKind kind,
            @Nullable String provider,
            @Nullable String version,
            @Nullable String sha256) {

        /** The standard catalogue. */
        public static final Origin STANDARD = new Origin(OriginKind.STANDARD, null, null, null);

        /**
         * Checks that exactly the components of the kind are present.
         *
         * @param kind the kind of origin
         * @param provider a plugin's provider id, else {@code null}
         * @param version a plugin's version, else {@code null}
         * @param sha256 an indicator file's SHA-256 (lowercase hex), else {@code null}
         * @throws NullPointerException     if {@code kind} or a component of the kind is null
         * @throws IllegalArgumentException if a component of another kind is present, or a SHA-256
         *                                  is not 64 lowercase hex digits
         */
        public Origin {
            Objects.requireNonNull(kind, "kind");
            switch (kind) {
                case STANDARD -> {
                    if (provider != null || version != null || sha256 != null) {
                        throw new IllegalArgumentException("the standard origin has no provider, version or sha256");
                    }
                }
                case PLUGIN -> {
                    Objects.requireNonNull(provider, "provider");
                    Objects.requireNonNull(version, "version");
                    if (sha256 != null) {
                        throw new IllegalArgumentException("a plugin origin has no sha256");
                    }
                }
                case FILE -> {
                    checkSha256(sha256, "sha256");
                    if (provider != null || version != null) {
                        throw new IllegalArgumentException("a file origin has no provider or version");
                    }
                }
            }
        }

        /**
         * {@return the origin of a plugin's indicator}
         *
         * @param provider the provider id
         * @param version its version
         */
        public static Origin plugin(String provider, String version) {
            return new Origin(OriginKind.PLUGIN, provider, version, null);
        }

        /**
         * {@return the origin of an indicator file's indicator}
         *
         * @param sha256 the file's SHA-256, lowercase hex
         */
        public static Origin file(String sha256) {
            return new Origin(OriginKind.FILE, null, null, sha256);
        }
    }

    /** The kinds of {@link Origin}, written in lowercase. */
    public enum OriginKind {
        /** The standard catalogue of spec 02. */
        STANDARD,
        /** A plugin (an {@link org.hor.core.spi.IndicatorProvider} other than the standard one). */
        PLUGIN,
        /** An indicator file (spec 05). */
        FILE
    }

    /**
     * What a release evaluated: the scope kinds, the period types, and the disclosure-control
     * threshold.
     *
     * @param scopeKinds    the scope kinds (not empty), written in the order of {@link ScopeKind}
     * @param periodTypes   the period types (not empty), written in the order of {@link PeriodType}
     * @param suppressBelow the disclosure-control k (at least 2), or {@code null} when off
     */
    public record Options(
            Set<ScopeKind> scopeKinds,
            Set<PeriodType> periodTypes,
            @Nullable Integer suppressBelow) {

        /**
         * Checks and copies the components.
         *
         * @param scopeKinds the scope kinds (not empty), written in the order of {@link ScopeKind}
         * @param periodTypes the period types (not empty), written in the order of {@link PeriodType}
         * @param suppressBelow the disclosure-control k (at least 2), or {@code null} when off
         * @throws IllegalArgumentException if a set is empty, the period types include CUSTOM, or
         *                                  {@code suppressBelow} is below 2
         */
        public Options {
            if (scopeKinds.isEmpty() || periodTypes.isEmpty()) {
                throw new IllegalArgumentException("a release evaluates at least one scope kind and period type");
            }
            if (periodTypes.contains(PeriodType.CUSTOM)) {
                throw new IllegalArgumentException("custom periods are not evaluated in bulk");
            }
            if (suppressBelow != null && suppressBelow < 2) {
                throw new IllegalArgumentException("suppressBelow must be at least 2: " + suppressBelow);
            }
            scopeKinds = Set.copyOf(EnumSet.copyOf(scopeKinds));
            periodTypes = Set.copyOf(EnumSet.copyOf(periodTypes));
        }

        /**
         * {@return the options of an evaluation}
         *
         * @param options       the evaluation's options (its range {@code from}/{@code to} is not recorded)
         * @param suppressBelow the disclosure-control k, or 0 (or {@code null}) when off
         */
        public static Options of(EvaluationOptions options, Integer suppressBelow) {
            return new Options(
                    options.scopeKinds(),
                    options.periodTypes(),
                    suppressBelow == null || suppressBelow == 0 ? null : suppressBelow);
        }

        /** {@return the evaluation options that evaluate what the release evaluated (no range)} */
        public EvaluationOptions evaluationOptions() {
            return new EvaluationOptions(scopeKinds, periodTypes, null, null);
        }

        /** {@return the disclosure-control k, 0 when off} */
        public int k() {
            return suppressBelow == null ? 0 : suppressBelow;
        }
    }

    /**
     * The release a release replaces.
     *
     * @param name   its name
     * @param sha256 the SHA-256 of its file's bytes, lowercase hex
     */
    public record Supersedes(String name, String sha256) {
        /**
         * @param name its name
         * @param sha256 the SHA-256 of its file's bytes, lowercase hex
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the SHA-256 is malformed
         */
        public Supersedes {
            Objects.requireNonNull(name, "name");
            checkSha256(sha256, "sha256");
        }
    }

    /** How a value differs between two releases, as {@code hor diff} says it. */
    public enum Change {
        /** Both have the key; value or reason differs. */
        CHANGED,
        /** Only the new release has the key. */
        APPEARED,
        /** Only the superseded release has the key. */
        DISAPPEARED
    }

    /**
     * One value that differs from the superseded release.
     *
     * @param key       the key
     * @param change    how it differs
     * @param oldValue  the superseded release's number, or {@code null}
     * @param oldReason the superseded release's reason, or {@code null}
     * @param newValue  this release's number, or {@code null}
     * @param newReason this release's reason, or {@code null}
     * @param reason    the reason text given for the revision ({@code --reason})
     */
    public record Revision(
            ValueKey key,
            Change change,
            @Nullable BigDecimal oldValue,
            @Nullable String oldReason,
            @Nullable BigDecimal newValue,
            @Nullable String newReason,
            String reason) {
        /**
         * Checks the components against the change.
         *
         * @param key the key
         * @param change how it differs
         * @param oldValue the superseded release's number, or {@code null}
         * @param oldReason the superseded release's reason, or {@code null}
         * @param newValue this release's number, or {@code null}
         * @param newReason this release's reason, or {@code null}
         * @param reason the reason text given for the revision ({@code --reason})
         * @throws NullPointerException     if key, change or reason is null
         * @throws IllegalArgumentException if the old or new side is present where the change says
         *                                  it is absent, or the other way round
         */
        public Revision {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(reason, "reason");
            boolean hasOld = oldValue != null || oldReason != null;
            boolean hasNew = newValue != null || newReason != null;
            if (hasOld != (change != Change.APPEARED) || hasNew != (change != Change.DISAPPEARED)) {
                throw new IllegalArgumentException("revision " + key + ": " + change + " does not fit old " + oldValue
                        + "/" + oldReason + ", new " + newValue + "/" + newReason);
            }
        }

        /**
         * {@return the revision between two values of one key}
         *
         * @param before the superseded release's value, or {@code null} when it appeared
         * @param after  this release's value, or {@code null} when it disappeared
         * @param reason the reason text
         */
        public static Revision of(KeyedValue before, KeyedValue after, String reason) {
            ValueKey key = before != null ? before.key() : after.key();
            Change change = before == null ? Change.APPEARED : after == null ? Change.DISAPPEARED : Change.CHANGED;
            return new Revision(
                    key,
                    change,
                    before == null ? null : before.value(),
                    before == null ? null : before.reason(),
                    after == null ? null : after.value(),
                    after == null ? null : after.reason(),
                    reason);
        }
    }
}
