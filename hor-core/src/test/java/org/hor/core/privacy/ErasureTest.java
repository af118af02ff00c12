package org.hor.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.KnownIndicators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErasureTest {

    private static void assertValid(Dataset d) {
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(d))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "erasing O-1 removes it, its two deliveries and its outcome; the target's site stays and the result validates")
    void eraseOrganisation() {
        ErasureResult r = Erasure.organisations(TinyDataset.create(), List.of("O-1"));
        Dataset d = r.dataset();
        assertThat(d.organisations()).extracting(Organisation::id).containsExactly("O-2", "O-3");
        assertThat(d.deliveries()).extracting(Delivery::id).containsExactly("D-2", "D-4");
        assertThat(d.outcomes()).extracting(Outcome::id).containsExactly("E-2", "E-3");
        assertThat(d.targets()).hasSize(1);
        assertThat(r.removed())
                .containsExactly(
                        Map.entry("organisations", 1),
                        Map.entry("deliveries", 2),
                        Map.entry("cooperations", 0),
                        Map.entry("outcomes", 1),
                        Map.entry("exchanges", 0),
                        Map.entry("measurements", 0),
                        Map.entry("supportActions", 0));
        assertThat(r.total()).isEqualTo(4);
        assertValid(d);
        byte[] bytes = DatasetWriter.create().toBytes(d);
        assertThat(PseudonymiserTest.indexOf(bytes, "\"O-1\"".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1);
        assertThat(PseudonymiserTest.indexOf(bytes, TinyDataset.NAME_1.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1);
    }

    @Test
    @DisplayName("erasing two organisations at once removes both with all their records")
    void eraseTwo() {
        ErasureResult r = Erasure.organisations(TinyDataset.create(), List.of("O-3", "O-2"));
        assertThat(r.dataset().organisations()).extracting(Organisation::id).containsExactly("O-1");
        assertThat(r.dataset().deliveries()).extracting(Delivery::id).containsExactly("D-1", "D-3");
        assertThat(r.dataset().outcomes()).extracting(Outcome::id).containsExactly("E-1");
        assertValid(r.dataset());
    }

    @Test
    @DisplayName("an unknown organisation id is refused, naming it; an empty list too")
    void unknownId() {
        assertThatThrownBy(() -> Erasure.organisations(TinyDataset.create(), List.of("O-1", "O-9", "O-8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no organisation with id O-8, O-9");
        assertThatThrownBy(() -> Erasure.organisations(TinyDataset.create(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one organisation id must be given");
    }

    @Test
    @DisplayName(
            "retention before 2024-01-01 removes what is dated before it and O-3, left without records; the day itself stays")
    void retention() {
        ErasureResult r = Erasure.before(TinyDataset.create(), TinyDataset.d("2024-01-01"));
        Dataset d = r.dataset();
        // D-1 2023-03-05 and D-4 2022-09-09 go; E-3 2023-01-10 goes; C-1 2021 and C-3 2023 go; X-1 2023-11-11 goes;
        // the measurement of 2023-12-01 goes; O-3 had only D-4 and E-3
        assertThat(d.deliveries()).extracting(Delivery::id).containsExactly("D-2", "D-3");
        assertThat(d.outcomes()).extracting(Outcome::id).containsExactly("E-1", "E-2");
        assertThat(d.cooperations()).extracting(Cooperation::id).containsExactly("C-2", "C-4");
        assertThat(d.exchanges()).extracting(Exchange::id).containsExactly("X-2");
        assertThat(d.organisations()).extracting(Organisation::id).containsExactly("O-1", "O-2");
        assertThat(r.removed())
                .containsExactly(
                        Map.entry("organisations", 1),
                        Map.entry("deliveries", 2),
                        Map.entry("cooperations", 2),
                        Map.entry("outcomes", 1),
                        Map.entry("exchanges", 1),
                        Map.entry("measurements", 1),
                        Map.entry("supportActions", 0));
        assertThat(d.sites()).hasSize(2);
        assertValid(d);
        // a record dated exactly on the day stays: C-2 starts on 2024-02-01, so try that day
        assertThat(Erasure.before(TinyDataset.create(), TinyDataset.d("2024-02-01"))
                        .dataset()
                        .deliveries())
                .extracting(Delivery::id)
                .containsExactly("D-2", "D-3");
    }
}
