package org.hor.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.hor.core.model.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generator at benchmark scale, kept out of the default unit-test run (about 5 s cold on a
 * small machine). Run it with {@code ./mvnw -q -B -o -pl hor-core test -Dtest=SampleGeneratorScaleIT}
 * (or through failsafe once it is bound). 20 million deliveries stream through the same path in
 * about 10 s and 350 MB of heap.
 */
@DisplayName("The sample generator at benchmark scale")
class SampleGeneratorScaleIT {

    @Test
    @DisplayName(
            "one million deliveries over 400 sites, 50000 organisations and 10 years stream through, dates never decreasing")
    void oneMillion() {
        SampleParameters p = SampleParameters.defaults()
                .withSites(400)
                .withOrganisations(50_000)
                .withDeliveries(1_000_000);
        AtomicLong count = new AtomicLong();
        LocalDate[] previous = {LocalDate.MIN};
        AtomicLong outOfOrder = new AtomicLong();
        Dataset rest = SampleGenerator.generate(p, delivery -> {
            count.incrementAndGet();
            if (delivery.date().isBefore(previous[0])) {
                outOfOrder.incrementAndGet();
            }
            previous[0] = delivery.date();
        });
        assertThat(count).hasValue(1_000_000);
        assertThat(outOfOrder).hasValue(0);
        assertThat(previous[0]).isBeforeOrEqualTo(p.asOf());
        assertThat(rest.organisations()).hasSize(50_000);
    }
}
