package org.hor.cli;

import org.hor.core.io.DatasetReader;
import org.hor.core.validation.KnownIndicators;

/** Wires the indicator catalogue into the dataset reader, so targets are checked against it. */
final class Catalogues {
    private Catalogues() {
    }

    static DatasetReader.Builder readerBuilder() {
        return DatasetReader.builder().knownIndicators(KnownIndicators.standard());
    }
}
