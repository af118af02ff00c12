package org.hor.indicators.files;

import java.util.List;
import java.util.Objects;

/**
 * A checked indicator file (spec 05): its indicators in file order, and where it came from.
 *
 * @param name how the file is named in messages and in the catalogue's origin (usually its path as given)
 * @param sha256 the SHA-256 of the file's bytes, lowercase hex; the indicators' origin in the catalogue
 * @param indicators the file's indicators, in file order (1 to 500)
 */
public record IndicatorFile(String name, String sha256, List<FileIndicator> indicators) {

    /** Checks that nothing is null and copies the list. */
    public IndicatorFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        indicators = List.copyOf(indicators);
    }
}
