package org.hor.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;

/**
 * A deterministic generator of realistic, fictional programme data (spec 01): the same
 * {@link SampleParameters} always give an equal {@link Dataset}; another seed gives other data.
 *
 * <p>The default sample ({@link SampleParameters#defaults()}) tells a story for the formative
 * evaluation of its evaluation year Y = 2025 (spec 03): sites of every carrier type and coverage
 * starting in 2016, 2017 and 2021, one site (S-03) that closed at the end of 2019. Rules that fire
 * in Y: {@code NO_LOCAL_AUTHORITY_PARTNER} at 6 of the 11 sites of Y (S-02, S-05, S-06, S-08, S-11,
 * S-12), {@code ISOLATED_SITE} at S-07, {@code GRANT_CONCENTRATION} at S-09, {@code LOW_RETENTION}
 * at S-11, {@code TARGET_MISSED} at S-05 and S-10, {@code DECLINING_REACH} at S-02 and S-07,
 * {@code LOW_OUTCOME_RATE} at S-12; in Y−1 also {@code LOW_NEW_REACH} at S-01 and
 * {@code ISOLATED_SITE} at S-12. Support actions of Y−1 and Y answer some of these: the
 * local-authority dialogues resolved the rule at S-04 and S-10 but not at S-05 and S-11; the
 * outreach at S-01 and the network invitation of S-12 worked, the grant-call widening at S-09 did not.
 *
 * <p>Ids: sites {@code S-01} …, organisations {@code O-0001} …, offers {@code F-0001} …, deliveries
 * {@code D-000001} … (in date order), cooperations {@code C-…}, outcomes {@code E-…}, exchanges
 * {@code X-…}, support actions {@code A-…}; ids sort in the order of their arrays.
 *
 * <p>Work is linear in sites × months + organisations + deliveries. For benchmark scale (millions of
 * deliveries) use {@link #generate(SampleParameters, Consumer)}, which holds only one month of
 * deliveries at a time.
 */
public final class SampleGenerator {

    private SampleGenerator() {}

    /**
     * Generates a whole dataset in memory, the deliveries in date order.
     *
     * @param parameters the scale and seed
     * @return the dataset; equal for equal parameters
     * @throws NullPointerException if {@code parameters} is null
     */
    public static Dataset generate(SampleParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        List<Delivery> deliveries = new ArrayList<>(parameters.deliveries());
        Dataset rest = generate(parameters, deliveries::add);
        return new Dataset(
                rest.formatVersion(),
                rest.asOf(),
                rest.programme(),
                rest.sites(),
                rest.organisations(),
                rest.offers(),
                deliveries,
                rest.cooperations(),
                rest.outcomes(),
                rest.exchanges(),
                rest.targets(),
                rest.budgets(),
                rest.measurements(),
                rest.supportActions());
    }

    /**
     * Generates a dataset and streams its deliveries: each delivery is passed to {@code deliveries}
     * in date order (the order {@link #generate(SampleParameters)} keeps), before this method
     * returns every other record. Only one month of deliveries is held at a time.
     *
     * @param parameters the scale and seed
     * @param deliveries receives every delivery, exactly {@link SampleParameters#deliveries()} of them
     * @return the dataset with every record except the deliveries (its delivery list is empty)
     * @throws NullPointerException if an argument is null
     */
    public static Dataset generate(SampleParameters parameters, Consumer<? super Delivery> deliveries) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(deliveries, "deliveries");
        return new Generation(parameters).run(deliveries);
    }
}
