package org.hor.core.merge;

import java.util.List;
import java.util.Objects;

/**
 * A problem of a merge: two records that cannot both be kept, or two organisations that are
 * probably one.
 *
 * @param kind        what it is
 * @param section     the dataset array, such as {@code organisations}
 * @param key         the record's id (or key: {@code S-A|reach.organisations|2024} for a target,
 *                    {@code S-A|2024} for a budget) in the first source
 * @param source      the source of the record kept first
 * @param otherKey    the other record's id or key (the same as {@code key} for a conflict)
 * @param otherSource the other record's source
 * @param fields      for a conflict the fields whose values differ, in the record's order; for a
 *                    probable duplicate the normalised name both share
 */
public record MergeIssue(
        Kind kind,
        String section,
        String key,
        String source,
        String otherKey,
        String otherSource,
        List<String> fields) {

    /** The kinds of issues. */
    public enum Kind {
        /** The same id (or key) with different content: an error. */
        CONFLICT,
        /** Different ids whose organisation names are equal after normalisation: a warning, an error when strict. */
        PROBABLE_DUPLICATE
    }

    /**
     * Checks and copies the components.
     *
     * @param kind what it is
     * @param section the dataset array, such as {@code organisations}
     * @param key the record's id (or key: {@code S-A|reach.organisations|2024} for a target, {@code S-A|2024}
     *            for a budget) in the first source
     * @param source the source of the record kept first
     * @param otherKey the other record's id or key (the same as {@code key} for a conflict)
     * @param otherSource the other record's source
     * @param fields for a conflict the fields whose values differ, in the record's order; for a probable
     *               duplicate the normalised name both share
     * @throws NullPointerException if a component is null
     */
    public MergeIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(otherKey, "otherKey");
        Objects.requireNonNull(otherSource, "otherSource");
        fields = List.copyOf(fields);
    }
}
