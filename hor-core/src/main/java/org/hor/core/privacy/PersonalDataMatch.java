package org.hor.core.privacy;

import java.util.Objects;

/**
 * Where {@link PersonalDataScan} found personal data in one text: the kind and the characters
 * {@code [start, end)} of the text (UTF-16 indices, as {@link String#substring(int, int)}).
 *
 * @param kind  what was found
 * @param start the index of the first character
 * @param end   the index after the last character
 */
public record PersonalDataMatch(PersonalDataKind kind, int start, int end) {

    /**
     * Checks the components.
     *
     * @param kind what was found
     * @param start the index of the first character
     * @param end the index after the last character
     * @throws NullPointerException     if {@code kind} is null
     * @throws IllegalArgumentException if not {@code 0 <= start < end}
     */
    public PersonalDataMatch {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a match must have 0 <= start < end: " + start + ", " + end);
        }
    }
}
