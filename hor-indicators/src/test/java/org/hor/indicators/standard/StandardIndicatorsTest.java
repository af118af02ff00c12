package org.hor.indicators.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Result;
import org.hor.core.spi.Trace;
import org.hor.core.spi.Value;
import org.hor.core.validation.KnownIndicators;
import org.hor.indicators.Catalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the table of standard indicators, their one home")
class StandardIndicatorsTest {

    private static final IndicatorDefinition DEF = IndicatorDefinition.builder("test.count")
            .label("L", "L")
            .definition("D.", "D.")
            .unit("u")
            .build();
    private static final StandardIndicator.Computation COMPUTE = (k, s, p) -> Result.of(Value.of(1));
    private static final StandardIndicator.Explanation EXPLAIN = (k, s, p, v) -> Trace.unexplained(v);

    @Test
    @DisplayName("an entry without an explanation does not construct, and says which part it lacks")
    void entryWithoutExplanation() {
        assertThatNullPointerException()
                .isThrownBy(() -> new StandardIndicator(DEF, Denominator.NONE, COMPUTE, null))
                .withMessage("the standard indicator test.count has no explanation");
    }

    @Test
    @DisplayName("an entry without a denominator does not construct")
    void entryWithoutDenominator() {
        assertThatNullPointerException()
                .isThrownBy(() -> new StandardIndicator(DEF, null, COMPUTE, EXPLAIN))
                .withMessage("the standard indicator test.count has no denominator");
    }

    @Test
    @DisplayName("an entry without a computation does not construct")
    void entryWithoutComputation() {
        assertThatNullPointerException()
                .isThrownBy(() -> new StandardIndicator(DEF, Denominator.NONE, null, EXPLAIN))
                .withMessage("the standard indicator test.count has no computation");
    }

    @Test
    @DisplayName("the table holds the 25 indicators of spec 02 with unique ids, and the catalogue is exactly the table")
    void catalogueIsTheTable() {
        List<String> ids =
                StandardIndicators.ALL.stream().map(i -> i.definition().id()).toList();
        assertThat(ids)
                .hasSize(25)
                .doesNotHaveDuplicates()
                .startsWith("reach.organisations")
                .endsWith("cost.per-organisation");
        assertThat(new StandardCatalogue().indicators()).containsExactlyElementsOf(StandardIndicators.ALL);
        assertThat(Catalogue.standard().knownIndicators().ids()).containsExactlyElementsOf(ids);
    }

    @Test
    @DisplayName(
            "hor-core's KnownIndicators.standard() (which cannot see this module) lists exactly the table's ids and period types")
    void knownIndicatorsMatchTheTable() {
        Map<String, Set<PeriodType>> table = new LinkedHashMap<>();
        StandardIndicators.ALL.forEach(
                i -> table.put(i.definition().id(), i.definition().periodTypes()));
        KnownIndicators known = KnownIndicators.standard();
        assertThat(known.ids()).containsExactlyElementsOf(table.keySet());
        table.forEach((id, types) -> assertThat(known.periodTypes(id)).as(id).isEqualTo(types));
    }

    @Test
    @DisplayName(
            "every share, mean or ratio names the count its disclosure rests on, and the reach counts decide by their own size")
    void denominators() {
        for (StandardIndicator i : StandardIndicators.ALL) {
            IndicatorDefinition d = i.definition();
            assertThat(StandardCatalogue.denominator(d.id())).as(d.id()).contains(i.denominator());
            if (d.numberStyle() == NumberStyle.DECIMAL) {
                assertThat(i.denominator()).as(d.id()).isNotIn(Denominator.NONE, Denominator.OWN_SIZE);
            }
            if (i.denominator().indicatorId() != null) {
                assertThat(StandardCatalogue.denominator(i.denominator().indicatorId()))
                        .as(d.id())
                        .isPresent();
            }
        }
        assertThat(StandardCatalogue.denominator("reach.organisations")).contains(Denominator.OWN_SIZE);
        assertThat(StandardCatalogue.denominator("reach.organisations.new")).contains(Denominator.OWN_SIZE);
        assertThat(StandardCatalogue.denominator("retention.share")).contains(Denominator.ORGANISATIONS_BEFORE);
        assertThat(StandardCatalogue.denominator("acme.visits")).isEmpty();
    }
}
