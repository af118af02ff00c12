package org.hor.report.document;

import java.util.List;
import java.util.Objects;

/** Preconditions shared by the chart records. */
final class Checks {

    private Checks() {}

    /** Checks a chart's title and text alternative. */
    static void titled(String title, String description) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("chart '" + title + "' needs a text alternative");
        }
    }

    /** Checks that every value is numeric or a gap. */
    static void plottable(String what, List<Cell> values) {
        for (int i = 0; i < values.size(); i++) {
            Cell c = values.get(i);
            if (!c.isNumeric() && !c.isGap()) {
                throw new IllegalArgumentException(
                        what + " value " + i + " must be a number, percent, money or a gap: " + c);
            }
        }
    }

    /** Checks that every series has one value per category. */
    static void matching(String title, List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' of chart '" + title
                        + "' has " + s.values().size() + " values, but there are "
                        + categories.size() + " categories");
            }
        }
    }
}
