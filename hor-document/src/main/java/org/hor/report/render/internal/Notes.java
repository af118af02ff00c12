package org.hor.report.render.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.report.document.Cell;

/**
 * Footnotes of a document, numbered from 1 through the whole document in order of first
 * appearance and printed after the block that needs them. Within one block the same note keeps
 * its number.
 */
final class Notes {

    /** A numbered note. */
    record Note(int number, String text) {}

    private final Formatter formatter;
    private final Map<String, Integer> pending = new LinkedHashMap<>();
    private int next = 1;

    Notes(Formatter formatter) {
        this.formatter = formatter;
    }

    /** Returns the note number for {@code cell}, or 0 if the cell needs no note. */
    int mark(Cell cell) {
        String text = formatter.noteFor(cell);
        return text == null ? 0 : mark(text);
    }

    /** Returns the note number for {@code text} in the current block. */
    int mark(String text) {
        Integer number = pending.get(text);
        if (number == null) {
            number = next++;
            pending.put(text, number);
        }
        return number;
    }

    /** Returns the notes of the current block in number order and starts the next block. */
    List<Note> drain() {
        List<Note> notes = new ArrayList<>();
        pending.forEach((text, number) -> notes.add(new Note(number, text)));
        pending.clear();
        return notes;
    }
}
