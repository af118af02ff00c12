package org.hor.indicators.release;

import java.util.List;
import java.util.Optional;
import org.hor.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ReleaseReader} read: the release, or every problem found, each located.
 *
 * @param release    the release, or {@code null} when there are violations
 * @param violations the problems, in document order (empty when the release is present; unmodifiable)
 * @param sha256     the SHA-256 of the bytes read, lowercase hex (what a superseding release records),
 *                   or {@code null} when the bytes were not read to their end
 */
public record ReleaseReadResult(@Nullable Release release, List<Violation> violations, String sha256) {

    /**
     * @throws IllegalArgumentException if both or neither of a release and violations are given
     *
     * @param release the release, or {@code null} when there are violations
     * @param violations the problems, in document order (empty when the release is present; unmodifiable)
     * @param sha256 the SHA-256 of the bytes read, lowercase hex (what a superseding release records), or
     *               {@code null} when the bytes were not read to their end
     */
    public ReleaseReadResult {
        violations = List.copyOf(violations);
        if ((release == null) == violations.isEmpty()) {
            throw new IllegalArgumentException("a release or violations, not both");
        }
    }

    /** {@return the release, if it was read without violations} */
    public Optional<Release> releaseIfAny() {
        return Optional.ofNullable(release);
    }

    /** {@return whether the release was read without violations} */
    public boolean isValid() {
        return release != null;
    }
}
