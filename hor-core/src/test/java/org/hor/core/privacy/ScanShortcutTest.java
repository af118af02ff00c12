package org.hor.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.privacy.internal.TextScanner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scan's shortcut for texts without an {@code @}, a bracket or a digit (issue 21, the start). */
class ScanShortcutTest {

    @Test
    @DisplayName("texts without @, ( , [ or a digit of any script skip the patterns; all others are scanned")
    void mayMatch() {
        for (String t : List.of("", "Haus der Ressourcen Dresden", "Personen", "Café Ünal e.V.", "a.b at c dot de")) {
            assertThat(TextScanner.mayMatch(t)).as(t).isFalse();
        }
        for (String t : List.of(
                "x@y",
                "max (at) example",
                "max [at] example",
                "Tel 1",
                "٠", // ARABIC-INDIC DIGIT ZERO: \d under UNICODE_CHARACTER_CLASS
                "\uD835\uDFCE", // MATHEMATICAL BOLD DIGIT ZERO, outside the BMP
                "Jahrgang 1987")) {
            assertThat(TextScanner.mayMatch(t)).as(t).isTrue();
        }
    }

    @Test
    @DisplayName("with and without the shortcut the scan finds the same matches in every corpus text and edge")
    void sameMatches() {
        List<String> texts = new ArrayList<>();
        ScanCorpus.POSITIVE.forEach(e -> texts.add(e.text()));
        ScanCorpus.NEGATIVE.forEach(e -> texts.add(e.text()));
        texts.addAll(List.of(
                "Tel. ٠١٧١ ٢٣٤٥٦٧٨", // a phone number in Arabic-Indic digits
                "max(at)beispiel(punkt)de",
                "max [ät] beispiel [dot] de",
                "Haus der Ressourcen Dresden",
                "Geburtstag unbekannt"));
        int withMatches = 0;
        for (String t : texts) {
            List<PersonalDataMatch> all = TextScanner.scanAll(t);
            assertThat(TextScanner.scan(t)).as(t).isEqualTo(all);
            if (!all.isEmpty()) {
                withMatches++;
                assertThat(TextScanner.mayMatch(t)).as(t).isTrue();
            }
        }
        assertThat(withMatches).isGreaterThanOrEqualTo(58);
    }
}
