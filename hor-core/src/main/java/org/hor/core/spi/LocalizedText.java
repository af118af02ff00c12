package org.hor.core.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in German and English, such as an indicator's label or definition.
 *
 * @param de the German text (not blank)
 * @param en the English text (not blank)
 */
public record LocalizedText(String de, String en) {

    /**
     * Checks the texts.
     *
     * @param de the German text (not blank)
     * @param en the English text (not blank)
     * @throws NullPointerException     if a text is null
     * @throws IllegalArgumentException if a text is blank
     */
    public LocalizedText {
        Objects.requireNonNull(de, "de");
        Objects.requireNonNull(en, "en");
        if (de.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a localized text must not be blank: de='" + de + "', en='" + en + "'");
        }
    }

    /**
     * Returns the German text for a German locale, else the English one.
     *
     * @param locale the locale; its language decides
     * @return the text in that language
     */
    public String in(Locale locale) {
        return "de".equals(locale.getLanguage()) ? de : en;
    }
}
