package org.hor.indicators.files;

import java.io.IOException;
import java.nio.file.Path;
import org.hor.core.spi.IndicatorProvider;

/**
 * Reads, checks and evaluates indicator files (spec 05).
 *
 * <p>CONTRACT SKETCH (to be filled by the reading and the evaluation work): {@code read} parses and
 * checks a file on its own (syntax, limits, field rules: every problem at once); {@code provider}
 * turns a checked file into an {@link IndicatorProvider} that the engine treats like any plugin.
 */
public final class IndicatorFiles {

    private IndicatorFiles() {
    }

    /**
     * Reads and checks an indicator file on its own.
     *
     * @param file the file
     * @return the checked file or its violations
     * @throws IOException when the file cannot be read
     */
    public static IndicatorFileResult read(Path file) throws IOException {
        throw new UnsupportedOperationException("not yet: reading indicator files");
    }

    /**
     * Returns a provider whose indicators are the file's, in file order, evaluated as spec 05 says.
     *
     * @param file a checked file
     * <p>The provider's id is {@code file.} and the first 16 hex digits of the file's SHA-256, its
     * version {@code sha256:} and the whole SHA-256; the catalogue gives the file's name as its location
     * ({@link org.hor.indicators.ProviderInfo#jar()}) and lists its indicators after the standard ones and
     * the plugins', in file order (files in the order they were added). The engine evaluates them
     * inline like the standard indicators, over its columnar index, and disclosure control treats them
     * by their expression ({@link org.hor.indicators.DisclosureBasis}).
     *
     * @return the provider; its {@link IndicatorProvider#id()} names the file
     * @throws NullPointerException if {@code file} is null
     */
    public static IndicatorProvider provider(IndicatorFile file) {
        return new org.hor.indicators.files.internal.FileProvider(file);
    }

    /**
     * Returns the indicator file that defined {@code definition}, for tools that hold only an
     * evaluation's definitions (the reports' section of a site's own indicators): the file of a
     * provider made by {@link #provider(IndicatorFile)} whose indicator has this definition (the
     * latest such provider when two files define equal ones); empty for standard and plugin indicators.
     *
     * @param definition an indicator definition
     * @return the file, if a file defined it
     * @throws NullPointerException if {@code definition} is null
     */
    public static java.util.Optional<IndicatorFile> origin(org.hor.core.spi.IndicatorDefinition definition) {
        return org.hor.indicators.files.internal.FileProvider.origin(definition);
    }
}
