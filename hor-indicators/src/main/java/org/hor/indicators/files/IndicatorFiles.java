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
     * @return the provider; its {@link IndicatorProvider#id()} names the file
     */
    public static IndicatorProvider provider(IndicatorFile file) {
        throw new UnsupportedOperationException("not yet: evaluating indicator files");
    }
}
