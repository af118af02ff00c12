package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hor.core.model.Delivery;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("explain and the plugins' evaluation context")
class ExplainAndContextTest {

    @Test
    @DisplayName("explain gives the formula with its numbers and the contributing records")
    void explain() {
        Engine engine = GoldenCsvTest.tiny().engine();
        Explanation e = engine.explain(Scope.site("S-A"), Period.parse("2024"), "reach.migrant-led.share");
        // O-1 migrant-led of {O-1, O-2}
        assertThat(e.formula()).isEqualTo("100 × 1 migrant-led organisations / 2 organisations = 50");
        assertThat(e.recordType()).isEqualTo("organisation");
        assertThat(e.records()).containsExactly("O-1", "O-2");
        assertThat(e.recordCount()).isEqualTo(2);
        Explanation hours = engine.explain(Scope.site("S-A"), Period.parse("2024"), "consulting.hours");
        assertThat(hours.formula()).isEqualTo("sum of hours of 2 CONSULTING deliveries = 3.5");
        assertThat(hours.records()).containsExactly("D-1", "D-3");
        Explanation budget = engine.explain(Scope.site("S-A"), Period.parse("2024-Q1"), "budget.amount");
        assertThat(budget.formula()).contains("NOT_APPLICABLE");
    }

    @Test
    @DisplayName("explain lists the first 50 records and counts all")
    void truncated() {
        TestData data = TestData.asOf("2024-12-31").site("S-A", "2024-01-01").offer("C", "S-A", OfferType.CONSULTING);
        for (int i = 0; i < 60; i++) {
            data.org(String.format("O-%02d", i), OrganisationType.OTHER);
            data.delivery("D-" + i, "C", String.format("O-%02d", i), "2024-03-01");
        }
        Explanation e = data.engine().explain(Scope.PROGRAMME, Period.parse("2024"), "reach.organisations");
        assertThat(e.formula()).isEqualTo("|Orgs(S,p)| = 60");
        assertThat(e.records()).hasSize(50).startsWith("O-00", "O-01").endsWith("O-49");
        assertThat(e.recordCount()).isEqualTo(60);
        assertThat(e.truncated()).isTrue();
    }

    @Test
    @DisplayName("a plugin sees a site's deliveries in a date range as a view ordered by date")
    void contextViews() {
        IndicatorDefinition def = IndicatorDefinition.builder("acme.ids")
                .label("L", "L")
                .definition("D.", "D.")
                .unit("u")
                .build();
        StringBuilder seen = new StringBuilder();
        IndicatorProvider p = new IndicatorProvider() {
            @Override
            public String id() {
                return "acme";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(Indicator.of(def, (ctx, scope, period) -> {
                    List<Delivery> ds = ctx.deliveries("S-A", period.first(), period.last());
                    ds.forEach(d -> seen.append(d.id()).append(' '));
                    seen.append(ctx.hostVersion()).append(' ').append(ctx.asOf());
                    return Result.of(Value.of(ds.size()));
                }));
            }
        };
        TestData data = TestData.asOf("2024-12-31")
                .site("S-A", "2024-01-01")
                .site("S-B", "2024-01-01")
                .org("O-1", OrganisationType.OTHER)
                .offer("A", "S-A", OfferType.CONSULTING)
                .offer("B", "S-B", OfferType.CONSULTING)
                .delivery("D3", "A", "O-1", "2024-05-01")
                .delivery("D1", "A", "O-1", "2024-02-01")
                .delivery("X", "B", "O-1", "2024-02-01")
                .delivery("D2", "A", "O-1", "2024-02-01")
                .delivery("D4", "A", "O-1", "2024-07-01");
        Engine engine = Engine.create(data.build(), List.of(new StandardCatalogue(), p));
        // 2024-H1: D1 and D2 (02-01, in dataset order), D3 (05-01); D4 is in H2, X at S-B
        assertThat(engine.value(Scope.PROGRAMME, Period.parse("2024-H1"), "acme.ids"))
                .isEqualTo(Value.of(3));
        assertThat(seen.toString()).isEqualTo("D1 D2 D3 DEVELOPMENT " + LocalDate.parse("2024-12-31"));
    }
}
