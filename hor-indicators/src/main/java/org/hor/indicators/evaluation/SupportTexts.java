package org.hor.indicators.evaluation;

import java.util.Locale;
import org.hor.indicators.internal.Texts;

/**
 * The texts of the support catalogue (spec 03 §3). The library's German and English texts are
 * {@link #bundled()}; an embedding tool can supply its own.
 */
public interface SupportTexts {

    /**
     * {@return the measure's short title in {@code locale}}
     *
     * @param measure the support measure
     * @param locale the language
     */
    String title(SupportMeasure measure, Locale locale);

    /**
     * {@return one sentence on what the measure is, in {@code locale}}
     *
     * @param measure the support measure
     * @param locale the language
     */
    String description(SupportMeasure measure, Locale locale);

    /**
     * {@return the library's texts from {@code org/hor/indicators/evaluation/support.properties}
     * (German, the root) and {@code support_en.properties} (English, for every locale whose language
     * is {@code en}; any other language gets German)}
     */
    static SupportTexts bundled() {
        return new SupportTexts() {
            @Override
            public String title(SupportMeasure measure, Locale locale) {
                return Texts.of(SupportTexts.class, "support", locale).get(measure.id() + ".title");
            }

            @Override
            public String description(SupportMeasure measure, Locale locale) {
                return Texts.of(SupportTexts.class, "support", locale).get(measure.id() + ".description");
            }
        };
    }
}
