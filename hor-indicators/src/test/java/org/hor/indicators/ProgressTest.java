package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("progress of a bulk evaluation")
class ProgressTest {

    private record Call(String task, long done, long total) {}

    @Test
    @DisplayName("is reported once per scope, rising to the total, which weighs each scope by its deliveries")
    void risesToTheTotal() {
        // RandomDatasets seed 3: every scope (sites, groups, programme) gets one call
        Dataset ds = RandomDatasets.dataset(3).build();
        Engine engine = Engine.create(ds);
        List<Call> calls = new ArrayList<>();
        Evaluation withProgress = engine.evaluate(
                EvaluationOptions.defaults(), (task, done, total) -> calls.add(new Call(task, done, total)));

        int scopes = engine.scopes(EvaluationOptions.defaults().scopeKinds()).size();
        assertThat(calls).hasSize(scopes).allMatch(c -> c.task().equals("evaluate"));
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i).done()).isGreaterThan(calls.get(i - 1).done());
        }
        // every scope weighs (1 + its deliveries) × 2 period types; the programme alone weighs
        // (1 + all deliveries) × 2, so the total is at least 2 × (1 + deliveries) plus 2 per other scope
        long total = calls.get(0).total();
        assertThat(total).isGreaterThanOrEqualTo(2L * (1 + ds.deliveries().size()) + 2L * (scopes - 1));
        assertThat(calls.get(calls.size() - 1).done()).isEqualTo(total);
        assertThat(withProgress.rows())
                .containsExactlyElementsOf(engine.evaluate().rows());
    }
}
