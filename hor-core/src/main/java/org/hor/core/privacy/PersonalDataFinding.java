package org.hor.core.privacy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Personal data found in one field of a dataset: the field's JSON pointer, the kind, where in the
 * field's text, and a hint that never holds the value in full (its first two characters and an
 * ellipsis), so that a warning can be printed and logged without repeating the personal data.
 *
 * @param pointer the JSON pointer of the field, such as {@code /outcomes/3/note}
 * @param kind    what was found
 * @param start   the index of the match's first character in the field's text
 * @param end     the index after its last character
 * @param hint    the first two characters of the match followed by {@code …}
 */
public record PersonalDataFinding(String pointer, PersonalDataKind kind, int start, int end, String hint) {

    /**
     * Checks the components.
     *
     * @param pointer the JSON pointer of the field, such as {@code /outcomes/3/note}
     * @param kind what was found
     * @param start the index of the match's first character in the field's text
     * @param end the index after its last character
     * @param hint the first two characters of the match followed by {@code …}
     * @throws NullPointerException if {@code pointer}, {@code kind} or {@code hint} is null
     */
    public PersonalDataFinding {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * Formats the finding as one line: {@code pointer CODE message [hint]}, the message saying the
     * kind and the characters, for example
     * {@code /outcomes/3/note HOR-402 possible personal data: phone number (characters 12–27) [+4…]}.
     *
     * @param locale the language of the message (English for English locales, else German)
     * @return the line
     */
    public String format(Locale locale) {
        String message = new MessageFormat(PersonalDataScan.bundle(locale).getString("finding"), locale)
                .format(new Object[] {kind.label(locale), String.valueOf(start + 1), String.valueOf(end)});
        return pointer + ' ' + kind.code() + ' ' + message + " [" + hint + ']';
    }
}
