package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandardSubsetTest {

    @Test
    @DisplayName("a cut-down standard catalogue computes only its indicators, in catalogue order, with the same values")
    void subset() {
        TestData data = TestData.asOf("2024-12-31")
                .site("S", "2024-01-01")
                .org("A", OrganisationType.INITIATIVE)
                .org("B", OrganisationType.INITIATIVE)
                .offer("F", "S", OfferType.CONSULTING)
                .delivery("D1", "F", "A", "2024-02-01")
                .delivery("D2", "F", "B", "2024-03-01");
        Engine engine = Engine.create(
                data.build(), List.of(StandardCatalogue.only(List.of("deliveries.count", "reach.organisations"))));
        assertThat(engine.catalogue())
                .extracting(IndicatorDefinition::id)
                .containsExactly("reach.organisations", "deliveries.count");
        // 2 organisations, 2 deliveries in 2024
        assertThat(engine.value(Scope.site("S"), Period.year(2024), "reach.organisations"))
                .isEqualTo(Value.of(2));
        assertThat(engine.value(Scope.site("S"), Period.year(2024), "deliveries.count"))
                .isEqualTo(Value.of(2));
    }

    @Test
    @DisplayName("an id that is not a standard indicator is rejected by name")
    void unknown() {
        assertThatThrownBy(() -> StandardCatalogue.only(List.of("reach.organisation")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a standard indicator: reach.organisation");
    }
}
