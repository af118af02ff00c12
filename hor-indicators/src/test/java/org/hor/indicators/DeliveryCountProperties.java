package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Offer;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.core.testing.Gen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost: every delivery of the input is counted exactly once by {@code deliveries.count},
 * in the year of its date at the site of its offer. Counted independently here from the raw list,
 * for generated datasets of 1–5 sites, 1–40 organisations, 0–400 deliveries and sample seeds
 * 0–1 000 000 (each try's seed is in its name; {@code -Dhor.seed=N} replays it, see {@link Gen}).
 */
@DisplayName("Every delivery of the input is counted in the evaluation")
class DeliveryCountProperties {

    static Stream<Long> seeds() {
        return Gen.seeds(20241231, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName(
            "deliveries.count per site and year equals the input's deliveries per site and year, and adds up to all of them")
    void everyDeliveryCounted(long trySeed) {
        Gen g = new Gen(trySeed);
        int sites = g.between(1, 5);
        int organisations = g.between(1, 40);
        int deliveries = g.between(0, 400);
        long seed = g.between(0L, 1_000_000L);
        Dataset d = SampleGenerator.generate(SampleParameters.defaults()
                .withSites(sites)
                .withOrganisations(organisations)
                .withDeliveries(deliveries)
                .withSeed(seed));
        Map<String, String> siteOfOffer = d.offers().stream().collect(Collectors.toMap(Offer::id, Offer::siteId));
        // the expected counts, straight from the input: (site, year) → deliveries
        Map<String, Long> expected = new TreeMap<>(d.deliveries().stream()
                .collect(Collectors.groupingBy(
                        (Delivery x) ->
                                siteOfOffer.get(x.offerId()) + "/" + x.date().getYear(),
                        Collectors.counting())));
        Engine engine = Engine.create(d);
        Map<String, Long> counted = new TreeMap<>();
        long total = 0;
        for (Site s : d.sites()) {
            int last = d.asOf().getYear();
            for (int year = s.start().getYear(); year <= last; year++) {
                Value v = engine.value(Scope.site(s.id()), Period.year(year), "deliveries.count");
                long n = v instanceof Value.Defined def ? def.number().longValueExact() : 0;
                if (n > 0) {
                    counted.put(s.id() + "/" + year, n);
                }
                total += n;
            }
        }
        assertThat(counted).isEqualTo(expected);
        assertThat(total).isEqualTo(deliveries);
        long programme = 0;
        int first = d.sites().stream()
                .map(Site::start)
                .min(java.util.Comparator.naturalOrder())
                .orElseThrow()
                .getYear();
        for (int year = first; year <= d.asOf().getYear(); year++) {
            Value v = engine.value(Scope.PROGRAMME, Period.year(year), "deliveries.count");
            programme += v instanceof Value.Defined def ? def.number().longValueExact() : 0;
        }
        assertThat(programme).as("the programme counts them all too").isEqualTo(deliveries);
    }
}
