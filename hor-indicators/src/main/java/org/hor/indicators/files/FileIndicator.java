package org.hor.indicators.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Level;
import org.hor.core.spi.LocalizedText;

/**
 * One indicator of an indicator file, checked (spec 05 "The file").
 *
 * @param id the indicator id (spec 02 syntax)
 * @param label the label; a language the file lacks holds the other language's text
 * @param definition the definition; as the label
 * @param unit the unit, at most 32 code points
 * @param level the level
 * @param direction the direction
 * @param sites the site ids it applies to, in file order; empty when the file names none (all sites)
 * @param periods the period types it applies to; all types when the file names none
 * @param compute the expression
 * @param pointer the JSON pointer of the indicator in its file, such as {@code /indicators/0}
 */
public record FileIndicator(
        String id,
        LocalizedText label,
        LocalizedText definition,
        String unit,
        Level level,
        Direction direction,
        List<String> sites,
        Set<PeriodType> periods,
        Expression compute,
        String pointer) {

    /**
     * Checks that nothing is null and copies the collections.
     *
     * @param id the indicator id (spec 02 syntax)
     * @param label the label; a language the file lacks holds the other language's text
     * @param definition the definition; as the label
     * @param unit the unit, at most 32 code points
     * @param level the level
     * @param direction the direction
     * @param sites the site ids it applies to, in file order; empty when the file names none (all sites)
     * @param periods the period types it applies to; all types when the file names none
     * @param compute the expression
     * @param pointer the JSON pointer of the indicator in its file, such as {@code /indicators/0}
     */
    public FileIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(pointer, "pointer");
        sites = List.copyOf(sites);
        periods = periods.isEmpty() ? Set.copyOf(EnumSet.allOf(PeriodType.class)) : Set.copyOf(periods);
    }
}
