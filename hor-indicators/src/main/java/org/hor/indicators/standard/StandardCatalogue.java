package org.hor.indicators.standard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorProvider;

/**
 * The standard indicator catalogue, version 1 (spec 02): the first {@link IndicatorProvider}, with the
 * 25 standard indicators in the spec's order. It uses exactly the plugin SPI (computation and
 * {@link Indicator#explain explanation}); each indicator has its one home in the table
 * {@code StandardIndicators}. Its computations read the host's columnar index and therefore need the
 * hor engine as host.
 */
public final class StandardCatalogue implements IndicatorProvider {

    /** The provider id of the standard catalogue. */
    public static final String ID = "hor.standard";

    /** The catalogue version this class implements. */
    public static final String CATALOGUE_VERSION = "1";

    private static final List<Indicator> INDICATORS = List.copyOf(StandardIndicators.ALL);

    private static final Map<String, Denominator> DENOMINATORS = new HashMap<>();

    static {
        StandardIndicators.ALL.forEach(i -> DENOMINATORS.put(i.definition().id(), i.denominator()));
    }

    private final List<Indicator> indicators;

    /** Creates the provider with all 25 indicators (for the service loader). */
    public StandardCatalogue() {
        this.indicators = INDICATORS;
    }

    private StandardCatalogue(List<Indicator> indicators) {
        this.indicators = indicators;
    }

    /**
     * {@return the standard catalogue cut down to the indicators {@code ids}, in catalogue order: for
     * tools (a dashboard, a benchmark) that need only some standard indicators and want the engine to
     * compute no others} The result is still the standard provider.
     *
     * @param ids the indicator ids to keep
     * @throws IllegalArgumentException if an id is not a standard indicator
     */
    public static StandardCatalogue only(Collection<String> ids) {
        for (String id : ids) {
            if (!DENOMINATORS.containsKey(id)) {
                throw new IllegalArgumentException("not a standard indicator: " + id);
            }
        }
        return new StandardCatalogue(INDICATORS.stream()
                .filter(i -> ids.contains(i.definition().id()))
                .toList());
    }

    /**
     * {@return the count that decides whether a published value of standard indicator
     * {@code indicatorId} is suppressed, or empty when {@code indicatorId} is not a standard indicator}
     *
     * @param indicatorId the indicator's id
     */
    public static Optional<Denominator> denominator(String indicatorId) {
        return Optional.ofNullable(DENOMINATORS.get(indicatorId));
    }

    @Override
    public String id() {
        return ID;
    }

    /** Returns the catalogue version, {@value #CATALOGUE_VERSION}. */
    @Override
    public String version() {
        return CATALOGUE_VERSION;
    }

    /** Returns the standard indicators in the order of spec 02 (all 25 unless cut down with {@link #only}). */
    @Override
    public List<Indicator> indicators() {
        return indicators;
    }
}
