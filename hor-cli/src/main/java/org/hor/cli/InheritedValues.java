package org.hor.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of a repeatable option of {@code hor} with {@code scope = INHERIT} ({@code --plugins},
 * {@code --indicators}), which may stand before and after the command's name: picocli keeps one
 * growing list per command that the option appears on (hor's, and an inherited copy on the
 * subcommand) and hands the option's setter that list each time. The values are those of all lists,
 * hor's first, each in the order given.
 *
 * @param <T> the type of a value
 */
final class InheritedValues<T> {

    private final List<List<T>> lists = new ArrayList<>();

    /**
     * Notes a list that picocli handed the setter.
     *
     * @param list the list, as picocli keeps it for one command
     * @return the values of every list noted so far, in order
     */
    List<T> add(List<T> list) {
        if (lists.stream().noneMatch(l -> l == list)) {
            lists.add(list);
        }
        return lists.stream().flatMap(List::stream).toList();
    }

    /** Forgets every list, for a new command line. */
    void clear() {
        lists.clear();
    }
}
