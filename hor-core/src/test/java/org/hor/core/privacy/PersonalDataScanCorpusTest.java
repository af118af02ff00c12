package org.hor.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataScanCorpusTest {

    @Test
    @DisplayName("the corpus has at least 50 positive and 50 negative examples, every kind at least 8 times")
    void corpusSize() {
        assertThat(ScanCorpus.POSITIVE).hasSizeGreaterThanOrEqualTo(50);
        assertThat(ScanCorpus.NEGATIVE).hasSizeGreaterThanOrEqualTo(50);
        for (PersonalDataKind k : PersonalDataKind.values()) {
            assertThat(ScanCorpus.POSITIVE.stream().filter(e -> e.kind() == k).count())
                    .as(k.name())
                    .isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    @DisplayName("precision and recall on the corpus are the figures the README states: 58 of 62 found, no false alarm")
    void precisionAndRecall() {
        int truePositives = 0;
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (ScanCorpus.Example e : ScanCorpus.POSITIVE) {
            List<PersonalDataMatch> found = PersonalDataScan.scan(e.text());
            if (found.stream().anyMatch(m -> m.kind() == e.kind())) {
                truePositives++;
            } else {
                missed.add(e.kind() + ": " + e.text());
            }
            found.stream()
                    .filter(m -> m.kind() != e.kind())
                    .forEach(m -> falseAlarms.add(m.kind() + " in " + e.text()));
        }
        for (ScanCorpus.Example e : ScanCorpus.NEGATIVE) {
            PersonalDataScan.scan(e.text())
                    .forEach(m -> falseAlarms.add(
                            m.kind() + " in " + e.text() + " at " + e.text().substring(m.start(), m.end())));
        }
        int positives = ScanCorpus.POSITIVE.size();
        double recall = 100.0 * truePositives / positives;
        double precision = 100.0 * truePositives / (truePositives + falseAlarms.size());
        System.out.printf(
                Locale.ROOT,
                "scan corpus: %d positive, %d negative; found %d, missed %d, false alarms %d;"
                        + " precision %.1f %%, recall %.1f %%%n",
                positives,
                ScanCorpus.NEGATIVE.size(),
                truePositives,
                missed.size(),
                falseAlarms.size(),
                precision,
                recall);
        assertThat(falseAlarms).isEmpty();
        assertThat(missed)
                .containsExactly(
                        "EMAIL: schreib an maria punkt schmidt bei example punkt org",
                        "PHONE: Nummer: null drei fünf eins, vier fünf sechs",
                        "STREET_ADDRESS: Straße des 17. Juni 135, 10623 Berlin",
                        "DATE_OF_BIRTH: Max (37) aus Halle, Geburtstag im März 1987");
        assertThat(truePositives).isEqualTo(58);
        assertThat(positives).isEqualTo(62);
        assertThat(String.format(Locale.ROOT, "%.1f", recall)).isEqualTo("93.5");
        assertThat(String.format(Locale.ROOT, "%.1f", precision)).isEqualTo("100.0");
    }
}
