package org.hor.indicators;

import java.util.List;
import java.util.Objects;

/**
 * A provider the catalogue loaded, for listings such as {@code hor catalogue}.
 *
 * @param id            the provider's id
 * @param version       its version (manifest, module descriptor or {@code DEVELOPMENT})
 * @param providerClass its class name
 * @param jar           where its class was loaded from, or the empty string when unknown
 * @param indicatorIds  the ids of its indicators that the catalogue kept, in catalogue order (unmodifiable)
 */
public record ProviderInfo(String id, String version, String providerClass, String jar, List<String> indicatorIds) {

    /** Checks and copies the components. @throws NullPointerException if a component is null */
    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(providerClass, "providerClass");
        Objects.requireNonNull(jar, "jar");
        indicatorIds = List.copyOf(indicatorIds);
    }
}
