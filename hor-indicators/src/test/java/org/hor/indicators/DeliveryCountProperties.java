package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Offer;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/**
 * Nothing is lost: every delivery of the input is counted exactly once by {@code deliveries.count},
 * in the year of its date at the site of its offer. Counted independently here from the raw list.
 */
@Label("Every delivery of the input is counted in the evaluation")
class DeliveryCountProperties {

    @Property(tries = 25, seed = "20241231")
    @Label("deliveries.count per site and year equals the input's deliveries per site and year, and adds up to all of them")
    void everyDeliveryCounted(@ForAll @IntRange(min = 1, max = 5) int sites,
            @ForAll @IntRange(min = 1, max = 40) int organisations, @ForAll @IntRange(min = 0, max = 400) int deliveries,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Dataset d = SampleGenerator.generate(SampleParameters.defaults().withSites(sites)
                .withOrganisations(organisations).withDeliveries(deliveries).withSeed(seed));
        Map<String, String> siteOfOffer = d.offers().stream().collect(Collectors.toMap(Offer::id, Offer::siteId));
        // the expected counts, straight from the input: (site, year) → deliveries
        Map<String, Long> expected = new TreeMap<>(d.deliveries().stream().collect(Collectors.groupingBy(
                (Delivery x) -> siteOfOffer.get(x.offerId()) + "/" + x.date().getYear(), Collectors.counting())));
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
        int first = d.sites().stream().map(Site::start).min(java.util.Comparator.naturalOrder()).orElseThrow().getYear();
        for (int year = first; year <= d.asOf().getYear(); year++) {
            Value v = engine.value(Scope.PROGRAMME, Period.year(year), "deliveries.count");
            programme += v instanceof Value.Defined def ? def.number().longValueExact() : 0;
        }
        assertThat(programme).as("the programme counts them all too").isEqualTo(deliveries);
    }
}
