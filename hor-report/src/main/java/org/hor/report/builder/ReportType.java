package org.hor.report.builder;

import java.util.List;
import java.util.Locale;

/** The two reports for people (spec 04), each with a fixed list of top-level sections. */
public enum ReportType {
    /** The report on one site in the evaluation year. */
    SITE(
            "site",
            List.of(
                    "profile",
                    "keyFigures",
                    "development",
                    "offers",
                    "targets",
                    "impacts",
                    "cooperations",
                    "challenges",
                    "followUp",
                    "exchanges",
                    "ownIndicators",
                    "plugins",
                    "dataQuality")),
    /** The report on all sites of the programme in the evaluation year. */
    PROGRAMME(
            "programme",
            List.of(
                    "overview",
                    "development",
                    "approaches",
                    "supportNeeds",
                    "supportEffect",
                    "transfer",
                    "exchange",
                    "ownIndicators",
                    "dataQuality"));

    private final String prefix;
    private final List<String> sections;

    ReportType(String prefix, List<String> sections) {
        this.prefix = prefix;
        this.sections = sections;
    }

    /**
     * Returns the headings of the top-level sections in {@code locale}, in order. Every report of this
     * type has exactly these sections, also when a section has nothing to show (it then says so).
     *
     * @param locale the language of the headings (English or German)
     * @return the section headings, in report order
     */
    public List<String> sectionHeadings(Locale locale) {
        Texts texts = Texts.of(locale);
        return sections.stream().map(s -> texts.get(key(s))).toList();
    }

    /** Returns the bundle key of section {@code section}. */
    String key(String section) {
        if (!sections.contains(section)) {
            throw new IllegalArgumentException("no section '" + section + "' in the " + this + " report");
        }
        return prefix + ".section." + section;
    }
}
