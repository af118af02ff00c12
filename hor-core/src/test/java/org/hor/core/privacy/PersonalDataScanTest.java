package org.hor.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataScanTest {

    @Test
    @DisplayName("the dataset scan names each field with a finding by pointer and kind, attributes included")
    void datasetFindings() {
        List<PersonalDataFinding> f = PersonalDataScan.scan(TinyDataset.create());
        assertThat(f)
                .extracting(x -> x.pointer() + " " + x.kind())
                .containsExactly(
                        "/organisations/0/attributes/contact EMAIL",
                        "/offers/1/title PHONE",
                        "/cooperations/0/partner PHONE",
                        "/outcomes/0/note DATE_OF_BIRTH",
                        "/exchanges/0/topic EMAIL");
    }

    @Test
    @DisplayName("a finding prints pointer, code, kind and characters, never the value in full")
    void format() {
        PersonalDataFinding f = PersonalDataScan.scan(TinyDataset.create()).get(1);
        // "Mikroförderung, Rückfragen Tel. 0351 4567890": the number is characters 33 to 44
        assertThat(f.format(Locale.ENGLISH))
                .isEqualTo("/offers/1/title HOR-402 possible personal data: phone number (characters 33–44) [03…]");
        assertThat(f.format(Locale.GERMAN))
                .isEqualTo(
                        "/offers/1/title HOR-402 mögliche personenbezogene Daten: Telefonnummer (Zeichen 33–44) [03…]");
        assertThat(f.format(Locale.ENGLISH)).doesNotContain("4567890");
    }

    @Test
    @DisplayName("shown() gives the text when the scan finds nothing, else the replacement")
    void shown() {
        assertThat(PersonalDataScan.shown("Stadt Dresden", "[x]")).isEqualTo("Stadt Dresden");
        assertThat(PersonalDataScan.shown("Frau M., Tel. 0171-2345678", "[x]")).isEqualTo("[x]");
        assertThat(PersonalDataScan.shown(null, "[x]")).isNull();
        assertThat(PersonalDataScan.removedMarker(Locale.GERMAN)).isEqualTo("[entfernt]");
        assertThat(PersonalDataScan.removedMarker(Locale.ENGLISH)).isEqualTo("[removed]");
    }

    @Test
    @DisplayName("an IBAN's check digits are verified: one changed digit is no IBAN")
    void ibanChecksum() {
        assertThat(PersonalDataScan.scan("DE89370400440532013000"))
                .extracting(PersonalDataMatch::kind)
                .containsExactly(PersonalDataKind.IBAN);
        assertThat(PersonalDataScan.scan("DE89370400440532013001")).isEmpty();
    }

    @Test
    @DisplayName("hostile texts of 500 characters (the longest a text may be) are scanned without runaway backtracking")
    void hostileTexts() {
        List<String> hostile = List.of(
                "a@" + "b-".repeat(249),
                "x(at)" + "a.".repeat(247) + "1",
                "+" + "1 ".repeat(249),
                "0" + "1-".repeat(249),
                "Hauptstraße ".repeat(41),
                "Am ".repeat(166),
                "geb. ".repeat(100),
                "DE89 ".repeat(100),
                "a.".repeat(250) + "@");
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            for (String text : hostile) {
                for (int i = 0; i < 20; i++) {
                    PersonalDataScan.scan(text);
                }
            }
        });
    }
}
