package org.hor.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A key-figure tile: a label, a prominent value, changes (against the previous year, against a
 * target) and a short note.
 *
 * @param label   what the figure is, such as "Organisationen erreicht"
 * @param value   the figure
 * @param changes the changes shown under the value, in order; may be empty
 * @param note    a short note under the changes, empty for none
 */
public record Tile(String label, Cell value, List<Change> changes, String note) {

    /**
     * @throws NullPointerException if an argument or a change is null
     *
     * @param label what the figure is, such as "Organisationen erreicht"
     * @param value the figure
     * @param changes the changes shown under the value, in order; may be empty
     * @param note a short note under the changes, empty for none
     */
    public Tile {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        changes = List.copyOf(changes);
        Objects.requireNonNull(note, "note");
    }

    /**
     * {@return a tile with a label and a value only}
     *
     * @param label what the figure is, such as "Organisationen erreicht"
     * @param value the figure
     */
    public static Tile of(String label, Cell value) {
        return new Tile(label, value, List.of(), "");
    }

    /**
     * {@return a tile with one change}
     *
     * @param label what the figure is, such as "Organisationen erreicht"
     * @param value the figure
     * @param change the change shown under the value, such as the change on the previous year
     */
    public static Tile of(String label, Cell value, Change change) {
        return new Tile(label, value, List.of(change), "");
    }
}
