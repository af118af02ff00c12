package org.hor.report.builder;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hor.indicators.evaluation.SupportTexts;

/**
 * How a report is built. The evaluation year Y is the year of the {@code Findings} the report is
 * built from; the report's date is the dataset's {@code asOf}, never the clock.
 *
 * @param locale                 the report's language: English for an English locale, German for
 *                               every other (the default)
 * @param organisationAttributes the free organisation attributes a caller explicitly names; only
 *                               these appear (as counts of organisations reached per value), never
 *                               any other attribute. Empty by default
 * @param suppressBelow          the disclosure-control threshold k (0: off) for the figures the
 *                               builder derives itself (attribute counts, statistics of the findings
 *                               over {@code reach.organisations}); the evaluation passed in must have
 *                               been suppressed with the same k by the caller
 * @param supportTexts           the titles and descriptions of the support measures
 */
public record ReportOptions(Locale locale, List<String> organisationAttributes, int suppressBelow,
                            SupportTexts supportTexts) {

    /**
     * Checks and copies the components.
     *
     * @param locale the report's language
     * @param organisationAttributes the organisation attributes that may appear
     * @param suppressBelow the disclosure-control threshold k, 0 for off
     * @param supportTexts the titles and descriptions of the support measures
     * @throws NullPointerException     if a component or an attribute name is null
     * @throws IllegalArgumentException if {@code suppressBelow} is negative
     */
    public ReportOptions {
        Objects.requireNonNull(locale, "locale");
        organisationAttributes = List.copyOf(organisationAttributes);
        Objects.requireNonNull(supportTexts, "supportTexts");
        if (suppressBelow < 0) {
            throw new IllegalArgumentException("suppressBelow must not be negative: " + suppressBelow);
        }
    }

    /**
     * Returns the defaults: German, no organisation attribute, no suppression, the bundled support texts.
     *
     * @return the default options
     */
    public static ReportOptions defaults() {
        return new ReportOptions(Locale.GERMAN, List.of(), 0, SupportTexts.bundled());
    }

    /**
     * Returns these options with another language.
     *
     * @param newLocale the report's language
     * @return new options, equal to these but for the language
     */
    public ReportOptions withLocale(Locale newLocale) {
        return new ReportOptions(newLocale, organisationAttributes, suppressBelow, supportTexts);
    }

    /**
     * Returns these options naming the organisation attributes that may appear, in the order given.
     *
     * @param attributes the names of the organisation attributes that may appear
     * @return new options, equal to these but for the attributes
     */
    public ReportOptions withOrganisationAttributes(String... attributes) {
        return new ReportOptions(locale, List.of(attributes), suppressBelow, supportTexts);
    }

    /**
     * Returns these options with the disclosure-control threshold {@code k} (0: off).
     *
     * @param k the smallest count shown; 0 switches suppression off
     * @return new options, equal to these but for the threshold
     */
    public ReportOptions withSuppressBelow(int k) {
        return new ReportOptions(locale, organisationAttributes, k, supportTexts);
    }

    /**
     * Returns these options with other support texts.
     *
     * @param texts the titles and descriptions of the support measures
     * @return new options, equal to these but for the support texts
     */
    public ReportOptions withSupportTexts(SupportTexts texts) {
        return new ReportOptions(locale, organisationAttributes, suppressBelow, texts);
    }
}
