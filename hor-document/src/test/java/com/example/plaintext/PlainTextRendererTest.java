package com.example.plaintext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.hor.report.render.SampleDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plug-in written with the renderer kit shows what the HTML renderer shows, as plain text. */
class PlainTextRendererTest {

    private static String render(Locale locale) {
        return new String(
                Renderers.load()
                        .get("plaintext")
                        .renderToBytes(SampleDocuments.small(locale), RenderOptions.defaults()),
                StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the German sample has its headings, facts, tiles and table rows with German numbers")
    void german() {
        // \u00A0 is the no-break space between a number and its unit
        assertThat(render(Locale.GERMAN)).isEqualTo("""
                Standortbericht 2026
                Stand: 25.11.2026

                Kennzahlen
                Im Jahr 2026 wurden 42 Organisationen erreicht, mehr als im Vorjahr.
                Organisationen: 42
                Fördersumme: 1.234,50\u00A0€

                Angebote
                Angebot | Organisationen | Anteil | Stunden | Ziel
                Beratung | 30 | 71,4\u00A0% | 1.234,5\u00A0h | erreicht
                Qualifizierung | <\u00A03 | <\u00A03 | 12,0\u00A0h | verfehlt
                Raumvergabe | 0 | – | – |
                Gesamt | 42 | 100,0\u00A0% | 1.246,5\u00A0h |

                Entwicklung
                [Organisationen je Jahr] Die Zahl stieg von 30 auf 42.
                [Stunden nach Säule] Beratung überwiegt.
                """);
    }

    @Test
    @DisplayName("the English sample has English numbers, money and dates in the same places")
    void english() {
        assertThat(render(Locale.ENGLISH))
                .contains(
                        "Stand: 25 Nov 2026\n",
                        "Fördersumme: €1,234.50\n",
                        "Beratung | 30 | 71.4% | 1,234.5\u00A0h | erreicht\n",
                        "Qualifizierung | <\u00A03 | <\u00A03 | 12.0\u00A0h | verfehlt\n",
                        "Gesamt | 42 | 100.0% | 1,246.5\u00A0h |\n");
    }
}
