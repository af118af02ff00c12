package org.hor.core.privacy;

import java.util.Locale;

/**
 * The kinds of personal data that {@link PersonalDataScan} looks for in free texts, each with a
 * stable code ({@code HOR-4xx}, next to the rule codes of {@link org.hor.core.validation.RuleCode})
 * and a German and English label.
 */
public enum PersonalDataKind {
    /** An e-mail address, also in the forms {@code name(at)example.org} and {@code name [at] example.org}. */
    EMAIL("HOR-401"),
    /** A phone number: German ({@code 0351 1234567}, {@code (0351) 123456}, {@code 0171-1234567}) or international ({@code +49 351 1234567}, {@code 0049 …}). */
    PHONE("HOR-402"),
    /** An IBAN whose ISO 13616 check digits are right (mod 97 = 1), with or without spaces. */
    IBAN("HOR-403"),
    /** A street and house number followed by a German postcode and a place ({@code Hauptstraße 5, 01067 Dresden}). */
    STREET_ADDRESS("HOR-404"),
    /** A date (or year) after a birth keyword: {@code geb. 12.03.1985}, {@code born 1985-03-12}, {@code *12.03.1985}. */
    DATE_OF_BIRTH("HOR-405");

    private final String code;

    PersonalDataKind(String code) {
        this.code = code;
    }

    /** {@return the stable code, such as {@code HOR-402}} */
    public String code() {
        return code;
    }

    /**
     * Returns the kind's name for people: English for English locales, German for every other.
     *
     * @param locale the locale
     * @return the label, such as "phone number" or "Telefonnummer"
     */
    public String label(Locale locale) {
        return PersonalDataScan.bundle(locale).getString("kind." + name());
    }
}
