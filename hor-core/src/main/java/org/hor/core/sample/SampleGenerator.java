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
 * starting in 2016, 2017 and 2021, one site (S-03) that closed at the end of 2019; in Y, about half
 * of the sites have no local-authority partner, S-07 takes part in no exchange, one organisation
 * gets most of S-09's grant money, S-11 keeps almost none of its organisations of Y−1, S-05 and S-10
 * miss targets; support actions of Y−1 and Y answer some of these, with some resolved and some not.
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

    private SampleGenerator() {
    }

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
        return new Dataset(rest.formatVersion(), rest.asOf(), rest.programme(), rest.sites(), rest.organisations(),
                rest.offers(), deliveries, rest.cooperations(), rest.outcomes(), rest.exchanges(), rest.targets(),
                rest.budgets(), rest.measurements(), rest.supportActions());
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
