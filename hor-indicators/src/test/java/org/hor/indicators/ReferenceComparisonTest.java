package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the engine against a naive reference implementation on random datasets")
class ReferenceComparisonTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    @DisplayName("every indicator, scope, year and quarter agrees with the definitions computed by scanning")
    void agrees(long seed) {
        Dataset ds = RandomDatasets.dataset(seed).build();
        Engine engine = Engine.create(ds);
        NaiveReference ref = new NaiveReference(ds);
        LocalDate earliest =
                ds.sites().stream().map(Site::start).min(LocalDate::compareTo).orElseThrow();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Scope scope : engine.scopes(EnumSet.allOf(ScopeKind.class))) {
            Set<String> sites = ref.sitesOf(scope);
            List<Period> expectedPeriods = new ArrayList<>();
            for (PeriodType type : List.of(PeriodType.YEAR, PeriodType.QUARTER)) {
                for (Period p = Period.containing(type, earliest);
                        !p.isFuture(ds.asOf());
                        p = Period.containing(type, p.last().plusDays(1))) {
                    // compare every non-future period, covered or not
                    for (IndicatorDefinition def : engine.catalogue()) {
                        Result want = ref.compute(def.id(), scope, p);
                        Result got = engine.result(scope, p, def.id());
                        compared++;
                        if (!NaiveReference.same(want.value(), got.value())) {
                            mismatches.add(scope + " " + p + " " + def.id() + ": want " + want.value() + " got "
                                    + got.value());
                        }
                        for (Map.Entry<String, Value> part : want.parts().entrySet()) {
                            Value g = got.parts().get(part.getKey());
                            if (g == null || !NaiveReference.same(part.getValue(), g)) {
                                mismatches.add(scope + " " + p + " " + def.id() + "/" + part.getKey() + ": want "
                                        + part.getValue() + " got " + g);
                            }
                        }
                        assertThat(got.parts().keySet())
                                .containsExactlyElementsOf(want.parts().keySet());
                    }
                    if (ref.active(sites, p)) {
                        expectedPeriods.add(p);
                    }
                }
            }
            expectedPeriods.sort(Period.ORDER);
            assertThat(engine.periods(scope, EvaluationOptions.defaults()))
                    .as("periods of " + scope)
                    .containsExactlyElementsOf(expectedPeriods);
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(mismatches).isEmpty();
    }
}
