package org.hor.indicators;

import java.util.Objects;

/**
 * A problem the host found while loading indicator providers (see {@link Catalogue#problems()}):
 * what was skipped and why. Loading goes on without the offending provider or indicator.
 *
 * @param kind          what went wrong
 * @param providerId    the provider's id, or the empty string when it could not be asked
 * @param providerClass the provider's class name, or the empty string when it is unknown
 * @param jar           where the provider's class was loaded from (a jar, a directory of classes or
 *                      a module location), or the empty string when it is unknown
 * @param message       a message naming the providers, indicators and jars involved
 */
public record PluginProblem(Kind kind, String providerId, String providerClass, String jar, String message) {

    /**
     * Checks the components. @throws NullPointerException if a component is null
     *
     * @param kind what went wrong
     * @param providerId the provider's id, or the empty string when it could not be asked
     * @param providerClass the provider's class name, or the empty string when it is unknown
     * @param jar where the provider's class was loaded from (a jar, a directory of classes or a module
     *            location), or the empty string when it is unknown
     * @param message a message naming the providers, indicators and jars involved
     */
    public PluginProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(providerClass, "providerClass");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(message, "message");
    }

    /** What went wrong; the provider or only the indicator is skipped, as each kind says. */
    public enum Kind {
        /**
         * The provider could not be found or instantiated ({@link java.util.ServiceConfigurationError}),
         * or its {@code id()}, {@code version()} or {@code indicators()} threw or returned null: the
         * provider is skipped.
         */
        BROKEN_PROVIDER,
        /** The provider's id is not lowercase dot-separated segments: the provider is skipped. */
        INVALID_PROVIDER_ID,
        /** Another provider already has this id (or it is the standard catalogue's id): skipped. */
        DUPLICATE_PROVIDER,
        /**
         * An indicator's definition could not be built or asked for, e.g. its id breaks the grammar
         * of spec 02 or a label or definition text is missing: the indicator (or, when the provider's
         * whole list could not be built, the provider) is skipped.
         */
        INVALID_DEFINITION,
        /** An indicator id starts with a segment the standard catalogue owns: the indicator is skipped. */
        RESERVED_NAMESPACE,
        /** An indicator id that an earlier provider already defines: the later one is skipped. */
        DUPLICATE_INDICATOR,
        /**
         * A plugin jar or folder (see {@link Catalogue#load(java.util.List)}) that does not exist, cannot
         * be read, is neither a jar (zip) nor a folder, or names no indicator provider in
         * {@code META-INF/services/org.hor.core.spi.IndicatorProvider}: nothing is loaded from it.
         */
        UNUSABLE_PLUGIN_PATH
    }

    /** Returns the message with its kind, such as {@code RESERVED_NAMESPACE: …}. */
    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
