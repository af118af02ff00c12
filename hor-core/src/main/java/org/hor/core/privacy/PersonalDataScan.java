package org.hor.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Exchange;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.privacy.internal.TextScanner;
import org.hor.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The scan for personal data in free texts: e-mail addresses, phone numbers (German and
 * international forms), IBANs (check digits verified), street addresses with a German postcode and
 * dates of birth (see {@link PersonalDataKind}). It is a heuristic: the README states its precision
 * and recall on the test corpus; a name of a person, for one, is never recognised.
 *
 * <p>{@link #scan(Dataset)} looks at every free-text field of the format and every organisation
 * attribute; {@link #shown(String, String)} is what report builders call before they print a text.
 * Stateless and thread-safe.
 */
public final class PersonalDataScan {

    private static final String BUNDLE = "org.hor.core.privacy.messages";

    private PersonalDataScan() {}

    /**
     * Returns where personal data occurs in {@code text}, ordered by position.
     *
     * @param text the text, or {@code null} (no matches)
     * @return the matches (unmodifiable)
     */
    public static List<PersonalDataMatch> scan(@Nullable String text) {
        return List.copyOf(TextScanner.scan(text));
    }

    /**
     * Returns whether the scan finds anything in {@code text}.
     *
     * @param text the text, or {@code null} (false)
     * @return true when at least one match was found
     */
    public static boolean finds(@Nullable String text) {
        return !TextScanner.scan(text).isEmpty();
    }

    /**
     * Returns {@code text} when the scan finds nothing in it, else {@code replacement}: the one call
     * a report makes before it prints a free text, so that no field with a finding is ever printed.
     *
     * @param text        the text, or {@code null} (returned as it is)
     * @param replacement what to print instead, such as {@link #removedMarker(Locale)}
     * @return the text or the replacement
     */
    public static @Nullable String shown(@Nullable String text, String replacement) {
        return finds(text) ? replacement : text;
    }

    /**
     * Returns the marker that stands for a removed text in documents for people:
     * {@code [entfernt]} in German, {@code [removed]} in English.
     *
     * @param locale the locale
     * @return the marker
     */
    public static String removedMarker(Locale locale) {
        return bundle(locale).getString("removed");
    }

    /**
     * Scans every free-text field of the dataset and every organisation attribute: the programme's
     * {@code name} and {@code funder}; sites' {@code name}, {@code city} and {@code carrier};
     * organisations' {@code name} and {@code attributes}; offers' {@code title}; cooperations'
     * {@code partner}; outcomes' {@code note}; exchanges' {@code topic}; measurements' {@code unit};
     * support actions' {@code note}.
     *
     * @param dataset the dataset
     * @return the findings in document order (unmodifiable)
     * @throws NullPointerException if {@code dataset} is null
     */
    public static List<PersonalDataFinding> scan(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<PersonalDataFinding> out = new ArrayList<>();
        if (dataset.programme() != null) {
            field(out, "/programme/name", dataset.programme().name());
            field(out, "/programme/funder", dataset.programme().funder());
        }
        int i = 0;
        for (Site s : dataset.sites()) {
            field(out, "/sites/" + i + "/name", s.name());
            field(out, "/sites/" + i + "/city", s.city());
            field(out, "/sites/" + i++ + "/carrier", s.carrier());
        }
        i = 0;
        for (Organisation o : dataset.organisations()) {
            field(out, "/organisations/" + i + "/name", o.name());
            for (Map.Entry<String, String> a : o.attributes().entrySet()) {
                field(
                        out,
                        "/organisations/" + i + "/attributes/" + Violation.escapePointerToken(a.getKey()),
                        a.getValue());
            }
            i++;
        }
        i = 0;
        for (Offer o : dataset.offers()) {
            field(out, "/offers/" + i++ + "/title", o.title());
        }
        i = 0;
        for (Cooperation c : dataset.cooperations()) {
            field(out, "/cooperations/" + i++ + "/partner", c.partner());
        }
        i = 0;
        for (Outcome o : dataset.outcomes()) {
            field(out, "/outcomes/" + i++ + "/note", o.note());
        }
        i = 0;
        for (Exchange x : dataset.exchanges()) {
            field(out, "/exchanges/" + i++ + "/topic", x.topic());
        }
        i = 0;
        for (Measurement m : dataset.measurements()) {
            field(out, "/measurements/" + i++ + "/unit", m.unit());
        }
        i = 0;
        for (SupportAction a : dataset.supportActions()) {
            field(out, "/supportActions/" + i++ + "/note", a.note());
        }
        return List.copyOf(out);
    }

    private static void field(List<PersonalDataFinding> out, String pointer, String text) {
        for (PersonalDataMatch m : TextScanner.scan(text)) {
            String matched = text.substring(m.start(), m.end());
            int cut = Math.min(2, matched.length() - 1);
            if (cut > 0 && Character.isHighSurrogate(matched.charAt(cut - 1))) {
                cut--;
            }
            out.add(new PersonalDataFinding(pointer, m.kind(), m.start(), m.end(), matched.substring(0, cut) + "…"));
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
    }
}
