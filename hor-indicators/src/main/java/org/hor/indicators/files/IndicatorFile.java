package org.hor.indicators.files;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A checked indicator file (spec 05): its indicators in file order, and where it came from.
 *
 * @param name how the file is named in messages and in the catalogue's origin (usually its path as given)
 * @param sha256 the SHA-256 of the file's bytes, lowercase hex; the indicators' origin in the catalogue
 * @param indicators the file's indicators, in file order (1 to 500)
 * @param locations where the values of the file stand, by JSON pointer (such as {@code /indicators/0/id}),
 *        so that checks after reading ({@link IndicatorFiles#checkIds}, {@link IndicatorFiles#checkSites})
 *        can name line and column; empty for a file built in memory
 */
public record IndicatorFile(
        String name, String sha256, List<FileIndicator> indicators, Map<String, Location> locations) {

    /**
     * Checks that nothing is null and copies the list and the map.
     *
     * @param name how the file is named in messages and in the catalogue's origin (usually its path as given)
     * @param sha256 the SHA-256 of the file's bytes, lowercase hex; the indicators' origin in the catalogue
     * @param indicators the file's indicators, in file order (1 to 500)
     * @param locations where the values of the file stand, by JSON pointer (such as {@code
     *                  /indicators/0/id}), so that checks after reading ({@link IndicatorFiles#checkIds},
     *                  {@link IndicatorFiles#checkSites}) can name line and column; empty for a file built in
     *                  memory
     */
    public IndicatorFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        indicators = List.copyOf(indicators);
        locations = Map.copyOf(locations);
    }

    /**
     * A file built in memory, without locations.
     *
     * @param name how the file is named
     * @param sha256 the SHA-256 of its bytes, lowercase hex
     * @param indicators its indicators, in file order
     */
    public IndicatorFile(String name, String sha256, List<FileIndicator> indicators) {
        this(name, sha256, indicators, Map.of());
    }

    /**
     * Returns where the value at {@code pointer} stands, or {@link Location#UNKNOWN}.
     *
     * @param pointer a JSON pointer into the file
     * @return its location
     */
    public Location location(String pointer) {
        return locations.getOrDefault(pointer, Location.UNKNOWN);
    }

    /**
     * A place in the file.
     *
     * @param line the line, 1-based, or -1 when unknown
     * @param column the column, 1-based (bytes of the UTF-8 input, as the dataset reader counts), or -1
     */
    public record Location(long line, long column) {
        /** An unknown place. */
        public static final Location UNKNOWN = new Location(-1, -1);
    }
}
