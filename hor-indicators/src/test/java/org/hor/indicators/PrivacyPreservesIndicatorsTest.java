package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.model.Organisation;
import org.hor.core.model.PeriodType;
import org.hor.core.privacy.Erasure;
import org.hor.core.privacy.ErasureResult;
import org.hor.core.privacy.Pseudonymiser;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.ScopeKind;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.KnownIndicators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pseudonymisation keeps every indicator value; retention keeps every value of the periods after its
 * day except those of {@link Erasure#LOOK_BACK_INDICATORS}. Over generated datasets, each seed a test.
 */
class PrivacyPreservesIndicatorsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final EvaluationOptions ALL_PERIODS = EvaluationOptions.defaults()
            .withScopeKinds(ScopeKind.values())
            .withPeriodTypes(PeriodType.YEAR, PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH);

    private static Dataset sample(long seed) {
        return SampleGenerator.generate(SampleParameters.defaults()
                .withSites(4)
                .withOrganisations(150)
                .withDeliveries(4000)
                .withSeed(seed));
    }

    private static Dataset random(long seed) {
        return RandomDatasets.dataset(seed).build();
    }

    private static Map<String, Evaluation.Row> rows(Dataset d) {
        Map<String, Evaluation.Row> out = new HashMap<>();
        for (Evaluation.Row r : Engine.create(d).evaluate(ALL_PERIODS).rows()) {
            out.put(
                    r.scope().id() + "|" + r.period().code() + "|"
                            + r.indicator().id(),
                    r);
        }
        return out;
    }

    private static void assertPseudonymisedEqual(Dataset original) {
        Dataset p = Pseudonymiser.withKey(KEY).apply(original, Set.of()).dataset();
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(p))
                .isEmpty();
        assertThat(p.organisations()).extracting(Organisation::id).allMatch(id -> id.startsWith("P-"));
        List<Evaluation.Row> before =
                Engine.create(original).evaluate(ALL_PERIODS).rows();
        List<Evaluation.Row> after = Engine.create(p).evaluate(ALL_PERIODS).rows();
        assertThat(after).hasSameSizeAs(before).isNotEmpty();
        for (int i = 0; i < before.size(); i++) {
            Evaluation.Row b = before.get(i);
            Evaluation.Row a = after.get(i);
            String where = b.scope().id() + " " + b.period().code() + " "
                    + b.indicator().id();
            assertThat(a.scope()).as(where).isEqualTo(b.scope());
            assertThat(a.period()).as(where).isEqualTo(b.period());
            assertThat(a.indicator().id()).as(where).isEqualTo(b.indicator().id());
            assertThat(a.value()).as(where).isEqualTo(b.value());
            assertThat(a.parts()).as(where).isEqualTo(b.parts());
            assertThat(a.target()).as(where).isEqualTo(b.target());
        }
        byte[] bytes = DatasetWriter.create().toBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (Organisation o : original.organisations()) {
            assertThat(text).as("original id").doesNotContain("\"" + o.id() + "\"");
            assertThat(text).as("original name").doesNotContain(o.name());
        }
    }

    @ParameterizedTest(
            name = "generated sample, seed {0}: every value of the pseudonymised dataset equals the original's")
    @ValueSource(longs = {1, 2, 3})
    void pseudonymisedSample(long seed) {
        assertPseudonymisedEqual(sample(seed));
    }

    @ParameterizedTest(
            name = "random dataset with ties, seed {0}: every value of the pseudonymised dataset equals the original's")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void pseudonymisedRandom(long seed) {
        assertPseudonymisedEqual(random(seed));
    }

    @ParameterizedTest(
            name =
                    "generated sample, seed {0}: retention before 2021-01-01 keeps every later value but the look-back indicators'")
    @ValueSource(longs = {1, 2, 3})
    void retention(long seed) {
        Dataset original = sample(seed);
        LocalDate day = LocalDate.of(2021, 1, 1);
        ErasureResult erased = Erasure.before(original, day);
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(erased.dataset()))
                .isEmpty();
        assertThat(erased.removed().get("deliveries")).isPositive();
        Map<String, Evaluation.Row> before = rows(original);
        Map<String, Evaluation.Row> after = rows(erased.dataset());
        Set<String> changed = new TreeSet<>();
        int compared = 0;
        for (Map.Entry<String, Evaluation.Row> e : before.entrySet()) {
            Evaluation.Row b = e.getValue();
            if (b.period().first().isBefore(day)) {
                continue;
            }
            Evaluation.Row a = after.get(e.getKey());
            assertThat(a).as(e.getKey()).isNotNull();
            boolean same = a.value().equals(b.value()) && a.parts().equals(b.parts());
            if (Erasure.LOOK_BACK_INDICATORS.contains(b.indicator().id())) {
                if (!same) {
                    changed.add(b.indicator().id());
                }
            } else {
                compared++;
                assertThat(a.value()).as(e.getKey()).isEqualTo(b.value());
                assertThat(a.parts()).as(e.getKey()).isEqualTo(b.parts());
            }
        }
        assertThat(compared).isGreaterThan(1000);
        // the list is not longer than it must be: these look back and do change here
        assertThat(changed).contains("reach.organisations.new", "retention.share", "outcomes.organisations.share");
    }
}
