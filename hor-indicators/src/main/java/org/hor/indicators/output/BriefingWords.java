package org.hor.indicators.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hor.core.model.Dataset;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.indicators.evaluation.SupportTexts;
import org.hor.indicators.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * How {@link FindingsBriefing} words things in its language: the texts of its bundle, numbers (at
 * most two fraction digits, rounded half-even), signed changes, dates, lists, singular and plural
 * keys, enum labels, and the names of indicators (their labels), sites (id and name, isolated
 * against bidi spoofing) and support measures.
 */
final class BriefingWords {

    /** The briefing's bundle in its language. */
    final Texts texts;

    private final Locale locale;
    private final SupportTexts support;
    private final Map<String, Site> sites;
    private final DecimalFormat numbers;
    private final boolean english;
    private final Map<String, String> labels;

    /**
     * @param locale the language: English for {@code en}, German otherwise
     * @param support the texts of the support measures
     * @param dataset the dataset, for the sites' names; or {@code null}
     * @param definitions the indicator definitions, for their labels
     */
    BriefingWords(
            Locale locale,
            SupportTexts support,
            @Nullable Dataset dataset,
            Collection<IndicatorDefinition> definitions) {
        this.locale = locale;
        this.english = locale.getLanguage().equals("en");
        this.labels = new TreeMap<>();
        for (IndicatorDefinition d : definitions) {
            labels.put(d.id(), english ? d.label().en() : d.label().de());
        }
        this.texts = Texts.of(FindingsBriefing.class, "briefing", locale);
        this.support = support;
        this.sites = new TreeMap<>();
        if (dataset != null) {
            dataset.sites().forEach(s -> sites.put(s.id(), s));
        }
        this.numbers = new DecimalFormat(
                "#,##0.##", DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : Locale.GERMAN));
        this.numbers.setRoundingMode(RoundingMode.HALF_EVEN);
    }

    /** {@return the site {@code id} of the dataset, or {@code null} without a dataset or such a site} */
    @Nullable
    Site site(String id) {
        return sites.get(id);
    }

    /** {@return the title of a support measure in the briefing's language} */
    String measure(SupportMeasure m) {
        return support.title(m, locale);
    }

    /** Returns the titles of support measures as a list, an unknown measure by its id. */
    String measureTitles(List<String> ids) {
        List<String> titles = new ArrayList<>();
        for (String id : ids) {
            titles.add(SupportMeasure.byId(id).map(this::measure).orElse(id));
        }
        return list(titles);
    }

    /** Returns an indicator's label in the briefing's language, or its id when it has no definition. */
    String indicator(String id) {
        return id == null ? texts.get("undefined") : labels.getOrDefault(id, id);
    }

    /** Returns a site as {@code S-01 Haus der Ressourcen Dresden}, or its id when the dataset is unknown. */
    String siteName(String id) {
        Site site = sites.get(id);
        return site == null ? id : id + " " + isolate(site.name());
    }

    /**
     * Returns a text from the data between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
     * ISOLATE, its own bidi controls balanced (unmatched closers dropped, open ones closed), so a name
     * ending in U+202E cannot reorder the text after it (bidi spoofing).
     */
    static String isolate(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4).append('\u2068');
        StringBuilder open = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u202A' || c == '\u202B' || c == '\u202D' || c == '\u202E') {
                open.append('e');
            } else if (c >= '\u2066' && c <= '\u2068') {
                open.append('i');
            } else if (c == '\u202C') {
                if (open.length() == 0 || open.charAt(open.length() - 1) != 'e') {
                    continue;
                }
                open.setLength(open.length() - 1);
            } else if (c == '\u2069') {
                int last = open.lastIndexOf("i");
                if (last < 0) {
                    continue;
                }
                open.setLength(last);
            }
            out.append(c);
        }
        for (int j = open.length() - 1; j >= 0; j--) {
            out.append(open.charAt(j) == 'i' ? '\u2069' : '\u202C');
        }
        return out.append('\u2069').toString();
    }

    /** Returns {@link #siteName} of each site. */
    List<String> siteNames(Collection<String> ids) {
        return ids.stream().map(this::siteName).toList();
    }

    /**
     * Returns {@code key + ".one"} when {@code count} is exactly 1 and the bundle has that key
     * (singular wording: "1 active cooperation"), else {@code key}.
     */
    String plural(String key, Value count) {
        return count.asNumber()
                .map(n -> plural(key, n.compareTo(BigDecimal.ONE) == 0 ? 1 : 0))
                .orElse(key);
    }

    /** The same for a count. */
    String plural(String key, long count) {
        return count == 1 && texts.has(key + ".one") ? key + ".one" : key;
    }

    /** Returns the bundle's label of an enum value ({@code value.<NAME>}), or the name itself. */
    String label(String enumValue) {
        return texts.has("value." + enumValue) ? texts.get("value." + enumValue) : enumValue;
    }

    /** Returns a value as a number, or the word for undefined. */
    String value(Value v) {
        return v.asNumber().map(this::number).orElse(texts.get("undefined"));
    }

    /** Returns a change as a number with its sign ({@code +3}, {@code -2}), or the word for undefined. */
    String signed(Value v) {
        return v.asNumber().map(n -> (n.signum() > 0 ? "+" : "") + number(n)).orElse(texts.get("undefined"));
    }

    /** Returns a number with at most two fraction digits, grouped as the language groups it. */
    String number(BigDecimal n) {
        return numbers.format(n);
    }

    /** Returns a date as {@code 2024-12-31} in English, {@code 31.12.2024} in German. */
    String date(@Nullable LocalDate day) {
        if (day == null) {
            return texts.get("undefined");
        }
        return english
                ? day.toString()
                : String.format(
                        Locale.GERMAN, "%02d.%02d.%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** Returns items separated by commas, or the word for none. */
    String list(List<String> items) {
        return items.isEmpty() ? texts.get("none") : String.join(", ", items);
    }
}
