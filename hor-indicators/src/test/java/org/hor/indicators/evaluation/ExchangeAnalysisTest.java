package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.spi.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec 03 §7. */
class ExchangeAnalysisTest {

    @Test
    @DisplayName("density counts pairs that met over all pairs; sites that met no other are isolated")
    void densityWithIsolatedSites() {
        // Sites A, B, C, D: exchanges in 2024: {A, B} twice, {A, B, C} once; {C, D} only in 2023;
        // {A, X} where X is no site of the matrix.
        Dataset d = new TestData("2024-12-31")
                .exchange("2024-03-01", "A", "B")
                .exchange("2024-04-01", "B", "A")
                .exchange("2024-05-01", "A", "B", "C")
                .exchange("2023-05-01", "C", "D")
                .exchange("2024-06-01", "A", "X")
                .build();
        ExchangeNetwork n = ExchangeAnalysis.network(List.of("D", "C", "B", "A"), d.exchanges(), Period.year(2024));
        // pairs met: A–B (3), A–C (1), B–C (1) = 3 of 4 · 3 / 2 = 6 → density 0.5; D met no one
        assertThat(n.siteIds()).containsExactly("A", "B", "C", "D");
        assertThat(n.pairs())
                .containsExactly(new SitePair("A", "B", 3), new SitePair("A", "C", 1), new SitePair("B", "C", 1));
        assertThat(n.allPairs()).isEqualTo(6);
        assertThat(n.density().asNumber()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.5"));
        assertThat(n.isolated()).containsExactly("D");
        assertThat(n.matrix())
                .containsExactly(List.of(0, 3, 1, 0), List.of(3, 0, 1, 0), List.of(1, 1, 0, 0), List.of(0, 0, 0, 0));

        // all time: C–D met in 2023 as well → 4 of 6 pairs, no isolated site
        ExchangeNetwork all = ExchangeAnalysis.network(List.of("A", "B", "C", "D"), d.exchanges(), null);
        assertThat(all.density().asNumber())
                .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.6666666667"));
        assertThat(all.pairs()).hasSize(4);
        assertThat(all.isolated()).isEmpty();
    }

    @Test
    @DisplayName("with one site the density is undefined")
    void oneSite() {
        ExchangeNetwork n = ExchangeAnalysis.network(List.of("A"), List.of(), Period.year(2024));
        assertThat(n.density().undefinedReason()).contains(Reason.NO_DENOMINATOR);
        assertThat(n.isolated()).containsExactly("A");
    }
}
