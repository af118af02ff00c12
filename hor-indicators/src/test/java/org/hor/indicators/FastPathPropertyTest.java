package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hor.core.model.Dataset;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.hor.core.testing.Gen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path (columnar index, one cached pass per scope and period, scopes evaluated in
 * parallel) against the straightforward definitions (the naive reference scans every record for
 * every value), on random small datasets: any long seeds {@link RandomDatasets}; the seeds are fixed
 * and each try's seed is in its name ({@code -Dhor.seed=N} replays it, see {@link Gen}).
 */
@DisplayName("the bulk evaluation on random datasets")
class FastPathPropertyTest {

    static Stream<Long> referenceSeeds() {
        return Gen.seeds(20261203, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("referenceSeeds")
    @DisplayName("gives every value and part the naive reference gives, for every scope and period it covers")
    void agreesWithTheNaiveReference(long seed) {
        Dataset ds = RandomDatasets.dataset(seed).build();
        Evaluation evaluation = Engine.create(ds).evaluate(EvaluationOptions.defaults());
        NaiveReference ref = new NaiveReference(ds);
        List<String> mismatches = new ArrayList<>();
        for (Evaluation.Row row : evaluation.rows()) {
            Result want = ref.compute(row.indicator().id(), row.scope(), row.period());
            if (!NaiveReference.same(want.value(), row.value())) {
                mismatches.add(row.scope() + " " + row.period() + " "
                        + row.indicator().id() + ": want " + want.value() + " got " + row.value());
            }
            for (Map.Entry<String, Value> part : want.parts().entrySet()) {
                Value got = row.parts().get(part.getKey());
                if (got == null || !NaiveReference.same(part.getValue(), got)) {
                    mismatches.add(row.scope() + " " + row.period() + " "
                            + row.indicator().id() + "/" + part.getKey() + ": want " + part.getValue() + " got " + got);
                }
            }
        }
        assertThat(evaluation.rows()).isNotEmpty();
        assertThat(mismatches).isEmpty();
    }

    static Stream<Long> determinismSeeds() {
        return Gen.seeds(20261204, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("determinismSeeds")
    @DisplayName("gives the same rows in the same order however often it runs")
    void isDeterministic(long seed) {
        Dataset ds = RandomDatasets.dataset(seed).build();
        Evaluation first = Engine.create(ds).evaluate(EvaluationOptions.defaults());
        Evaluation again = Engine.create(ds).evaluate(EvaluationOptions.defaults());
        assertThat(again.rows()).containsExactlyElementsOf(first.rows());
    }
}
