package org.hor.core.spi;

import java.util.List;
import org.hor.core.model.Site;

/**
 * A source of indicators, found with {@link java.util.ServiceLoader} (declare it in
 * {@code META-INF/services/org.hor.core.spi.IndicatorProvider} and with {@code provides} in
 * {@code module-info.java}) or registered explicitly. The standard catalogue is the first provider;
 * plugins implement exactly the same interface.
 *
 * <p>Implementations need a public no-argument constructor (or a {@code provider()} method) for the
 * service loader, and must be stateless or thread-safe.
 */
public interface IndicatorProvider {

    /**
     * Returns the provider's stable, unique id, such as {@code hor.standard} or {@code acme.language-cafe}.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the provider's version: by default the {@code Implementation-Version} of its jar's
     * manifest, else the version of its module's descriptor, else {@code DEVELOPMENT} (when run from
     * classes).
     *
     * @return the version
     */
    default String version() {
        Package pkg = getClass().getPackage();
        String v = pkg == null ? null : pkg.getImplementationVersion();
        if (v == null && getClass().getModule().getDescriptor() != null) {
            v = getClass().getModule().getDescriptor().rawVersion().orElse(null);
        }
        return v == null ? "DEVELOPMENT" : v;
    }

    /**
     * Returns the provider's indicators, in a stable order (never null).
     *
     * @return the indicators
     */
    List<Indicator> indicators();

    /**
     * Returns whether this provider's indicators apply to {@code site}. The host reports
     * {@link Reason#NOT_APPLICABLE} for a scope none of whose sites it applies to. By default every site.
     * The host calls it on its own thread without a time budget: keep it quick. Applicability that
     * depends on the data (say, only sites that record a certain measurement) belongs in
     * {@link Indicator#compute}, which returns {@link Reason#NOT_APPLICABLE} itself.
     *
     * @param site a site of the dataset
     * @return whether the indicators apply there (by default everywhere)
     */
    default boolean appliesTo(Site site) {
        return true;
    }
}
