package org.hor.report.builder;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hor.indicators.evaluation.SupportTexts;
import org.hor.indicators.release.ReleasedChange;

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
 * @param since                  the released figures that changed since a release (spec 06,
 *                               {@code hor report --since}): a section lists them and the report's
 *                               tables mark them; {@code null} for none
 */
public record ReportOptions(
        Locale locale, List<String> organisationAttributes, int suppressBelow, SupportTexts supportTexts, Since since) {

    /**
     * Checks and copies the components.
     *
     * @param locale the report's language
     * @param organisationAttributes the organisation attributes that may appear
     * @param suppressBelow the disclosure-control threshold k, 0 for off
     * @param supportTexts the titles and descriptions of the support measures
     * @param since the changes since a release, or {@code null}
     * @throws NullPointerException     if a component other than {@code since}, or an attribute name, is null
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
        return new ReportOptions(Locale.GERMAN, List.of(), 0, SupportTexts.bundled(), null);
    }

    /**
     * Creates options without changes since a release.
     *
     * @param locale the report's language
     * @param organisationAttributes the organisation attributes that may appear
     * @param suppressBelow the disclosure-control threshold k, 0 for off
     * @param supportTexts the titles and descriptions of the support measures
     */
    public ReportOptions(
            Locale locale, List<String> organisationAttributes, int suppressBelow, SupportTexts supportTexts) {
        this(locale, organisationAttributes, suppressBelow, supportTexts, null);
    }

    /**
     * Returns these options with the released figures that changed since a release: the report gets a
     * section "Changes since NAME" listing them, old → new, and marks them in its tables.
     *
     * @param releaseName the release's name
     * @param changes     the changes ({@link org.hor.indicators.release.Locks#changes}), possibly empty
     * @return new options, equal to these but for the changes
     */
    public ReportOptions withSince(String releaseName, List<ReleasedChange> changes) {
        return new ReportOptions(
                locale, organisationAttributes, suppressBelow, supportTexts, new Since(releaseName, changes));
    }

    /**
     * The released figures that changed since a release.
     *
     * @param releaseName the release's name
     * @param changes     the changed figures, in the release's order (unmodifiable)
     */
    public record Since(String releaseName, List<ReleasedChange> changes) {
        /**
         * Checks and copies the components.
         *
         * @param releaseName the release's name
         * @param changes     the changed figures, in the release's order
         * @throws NullPointerException if a component or a change is null
         */
        public Since {
            Objects.requireNonNull(releaseName, "releaseName");
            changes = List.copyOf(changes);
        }
    }

    /**
     * Returns these options with another language.
     *
     * @param newLocale the report's language
     * @return new options, equal to these but for the language
     */
    public ReportOptions withLocale(Locale newLocale) {
        return new ReportOptions(newLocale, organisationAttributes, suppressBelow, supportTexts, since);
    }

    /**
     * Returns these options naming the organisation attributes that may appear, in the order given.
     *
     * @param attributes the names of the organisation attributes that may appear
     * @return new options, equal to these but for the attributes
     */
    public ReportOptions withOrganisationAttributes(String... attributes) {
        return new ReportOptions(locale, List.of(attributes), suppressBelow, supportTexts, since);
    }

    /**
     * Returns these options with the disclosure-control threshold {@code k} (0: off).
     *
     * @param k the smallest count shown; 0 switches suppression off
     * @return new options, equal to these but for the threshold
     */
    public ReportOptions withSuppressBelow(int k) {
        return new ReportOptions(locale, organisationAttributes, k, supportTexts, since);
    }

    /**
     * Returns these options with other support texts.
     *
     * @param texts the titles and descriptions of the support measures
     * @return new options, equal to these but for the support texts
     */
    public ReportOptions withSupportTexts(SupportTexts texts) {
        return new ReportOptions(locale, organisationAttributes, suppressBelow, texts, since);
    }
}
