package org.hor.examples;

import java.util.List;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorProvider;

/**
 * Provides the example indicators (id {@value #ID}); found by the service loader through
 * {@code META-INF/services} on the class path and {@code provides} on the module path.
 */
public final class ExamplesProvider implements IndicatorProvider {

    /** The provider id. */
    public static final String ID = "hor.examples";

    private static final List<Indicator> INDICATORS =
            List.of(new LanguageCafeVisits(), new NewcomerOrganisationsShare(), new RoomUtilisationShare());

    /** Creates the provider (for the service loader). */
    public ExamplesProvider() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }
}
