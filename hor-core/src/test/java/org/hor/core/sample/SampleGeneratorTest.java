package org.hor.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The sample generator")
class SampleGeneratorTest {

    private static final SampleParameters SMALL = SampleParameters.defaults().withDeliveries(5_000);

    @Test
    @DisplayName("the same parameters give an equal dataset")
    void deterministic() {
        assertThat(SampleGenerator.generate(SMALL)).isEqualTo(SampleGenerator.generate(SMALL));
    }

    @Test
    @DisplayName("another seed gives other data with the same counts")
    void seedMatters() {
        Dataset a = SampleGenerator.generate(SMALL);
        Dataset b = SampleGenerator.generate(SMALL.withSeed(SMALL.seed() + 1));
        assertThat(b.deliveries()).isNotEqualTo(a.deliveries());
        assertThat(b.organisations()).isNotEqualTo(a.organisations());
        assertThat(b.deliveries()).hasSameSizeAs(a.deliveries());
        assertThat(b.organisations()).hasSameSizeAs(a.organisations());
    }

    @ParameterizedTest(name = "{0} deliveries")
    @ValueSource(ints = {0, 1, 999, 12_345})
    @DisplayName("exactly the asked number of deliveries, organisations and sites")
    void counts(int deliveries) {
        SampleParameters p =
                SampleParameters.defaults().withSites(5).withOrganisations(123).withDeliveries(deliveries);
        Dataset d = SampleGenerator.generate(p);
        assertThat(d.deliveries()).hasSize(deliveries);
        assertThat(d.organisations()).hasSize(123);
        assertThat(d.sites()).extracting(s -> s.id()).containsExactly("S-01", "S-02", "S-03", "S-04", "S-05");
        assertThat(d.asOf()).isEqualTo(p.asOf());
    }

    @Test
    @DisplayName("the default sample has 30000 deliveries and 600 organisations, nearly all of which are served")
    void defaultScale() {
        Dataset d = SampleGenerator.generate(SampleParameters.defaults());
        assertThat(d.deliveries()).hasSize(30_000);
        assertThat(d.organisations()).hasSize(600);
        Set<String> served =
                d.deliveries().stream().map(Delivery::organisationId).collect(Collectors.toSet());
        assertThat(served.size()).isGreaterThan(570);
    }

    @Test
    @DisplayName("streaming passes the same deliveries in the same order and returns every other record")
    void streaming() {
        Dataset whole = SampleGenerator.generate(SMALL);
        List<Delivery> streamed = new ArrayList<>();
        Dataset rest = SampleGenerator.generate(SMALL, streamed::add);
        assertThat(streamed).isEqualTo(whole.deliveries());
        assertThat(rest.deliveries()).isEmpty();
        assertThat(new Dataset(
                        rest.formatVersion(),
                        rest.asOf(),
                        rest.programme(),
                        rest.sites(),
                        rest.organisations(),
                        rest.offers(),
                        streamed,
                        rest.cooperations(),
                        rest.outcomes(),
                        rest.exchanges(),
                        rest.targets(),
                        rest.budgets(),
                        rest.measurements(),
                        rest.supportActions()))
                .isEqualTo(whole);
    }

    @Test
    @DisplayName("delivery ids ascend with the dates")
    void idsInDateOrder() {
        List<Delivery> deliveries = SampleGenerator.generate(SMALL).deliveries();
        for (int i = 1; i < deliveries.size(); i++) {
            assertThat(deliveries.get(i).id())
                    .isGreaterThan(deliveries.get(i - 1).id());
            assertThat(deliveries.get(i).date())
                    .isAfterOrEqualTo(deliveries.get(i - 1).date());
        }
    }

    @Test
    @DisplayName("more sites than twelve continue with further German cities and ids that sort in site order")
    void moreSites() {
        Dataset d = SampleGenerator.generate(SampleParameters.defaults()
                .withSites(120)
                .withOrganisations(2_000)
                .withDeliveries(10_000));
        assertThat(d.sites()).hasSize(120);
        assertThat(d.sites().get(0).id()).isEqualTo("S-001");
        assertThat(d.sites().get(12).city()).isEqualTo("Bremen");
        assertThat(d.sites()).extracting(s -> s.id()).isSorted();
        assertThat(d.sites().stream().filter(s -> s.end() != null)).hasSize(1);
        assertThat(d.sites().stream().map(s -> s.name()).distinct()).hasSize(120);
    }

    @Test
    @DisplayName("200000 deliveries at benchmark breadth (400 sites, 50000 organisations) stream through")
    void benchmarkBreadth() {
        SampleParameters p = SampleParameters.defaults()
                .withSites(400)
                .withOrganisations(50_000)
                .withDeliveries(200_000);
        AtomicLong count = new AtomicLong();
        AtomicReference<Delivery> last = new AtomicReference<>();
        Dataset rest = SampleGenerator.generate(p, delivery -> {
            count.incrementAndGet();
            last.set(delivery);
        });
        assertThat(count).hasValue(200_000);
        assertThat(last.get().id()).isEqualTo("D-200000");
        assertThat(rest.organisations()).hasSize(50_000);
        assertThat(rest.sites()).hasSize(400);
        assertThat(rest.sites().get(399).id()).isEqualTo("S-400");
    }
}
