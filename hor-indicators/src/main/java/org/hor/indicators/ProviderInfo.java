package org.hor.indicators;

import java.util.List;
import java.util.Objects;

/**
 * A provider the catalogue loaded, for listings such as {@code hor catalogue}.
 *
 * @param id            the provider's id
 * @param version       its version (manifest, module descriptor or {@code DEVELOPMENT})
 * @param providerClass its class name
 * @param jar           where its class was loaded from, or the empty string when unknown; for the
 *                      provider of an indicator file (spec 05), the file as given
 * @param indicatorIds  the ids of its indicators that the catalogue kept, in catalogue order (unmodifiable)
 * @param sha256        the SHA-256 of the indicator file (lowercase hex) for a file's provider, else
 *                      the empty string
 */
public record ProviderInfo(
        String id, String version, String providerClass, String jar, List<String> indicatorIds, String sha256) {

    /**
     * Checks and copies the components. @throws NullPointerException if a component is null
     *
     * @param id the provider's id
     * @param version its version (manifest, module descriptor or {@code DEVELOPMENT})
     * @param providerClass its class name
     * @param jar where its class was loaded from, or the empty string when unknown; for the provider of an
     *            indicator file (spec 05), the file as given
     * @param indicatorIds the ids of its indicators that the catalogue kept, in catalogue order
     *                     (unmodifiable)
     * @param sha256 the SHA-256 of the indicator file (lowercase hex) for a file's provider, else the empty
     *               string
     */
    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(providerClass, "providerClass");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(sha256, "sha256");
        indicatorIds = List.copyOf(indicatorIds);
    }

    /**
     * A provider loaded from a jar or the class path (not from an indicator file).
     *
     * @param id            the provider's id
     * @param version       its version
     * @param providerClass its class name
     * @param jar           where its class was loaded from, or the empty string
     * @param indicatorIds  the ids of its indicators that the catalogue kept
     */
    public ProviderInfo(String id, String version, String providerClass, String jar, List<String> indicatorIds) {
        this(id, version, providerClass, jar, indicatorIds, "");
    }

    /** {@return whether this is the provider of an indicator file (spec 05), whose origin is {@link #jar()} and {@link #sha256()}} */
    public boolean isFile() {
        return !sha256.isEmpty();
    }
}
