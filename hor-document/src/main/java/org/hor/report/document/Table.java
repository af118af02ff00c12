package org.hor.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of typed cells with a caption and column headings.
 *
 * @param caption    what the table shows; rendered as its caption
 * @param columns    the column headings
 * @param rows       the rows, each with one cell per column
 * @param rowHeaders whether the first column names the rows (rendered as row header cells)
 * @param notes      source notes and remarks shown under the table, in order
 */
public record Table(String caption, List<String> columns, List<Row> rows, boolean rowHeaders, List<String> notes)
        implements Block {

    /**
     * @param caption what the table shows; rendered as its caption
     * @param columns the column headings
     * @param rows the rows, each with one cell per column
     * @param rowHeaders whether the first column names the rows (rendered as row header cells)
     * @param notes source notes and remarks shown under the table, in order
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if there are no columns or a row has a different number of
     *                                  cells than there are columns
     */
    public Table {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column: " + caption);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " of table '" + caption + "' has "
                        + rows.get(i).cells().size() + " cells, but the table has " + columns.size()
                        + " columns");
            }
        }
    }

    /**
     * Calls {@link BlockVisitor#visitTable(Table)}.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this table
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitTable(this);
    }

    /**
     * {@return a builder for a table with {@code caption}; row headers are on by default}
     *
     * @param caption what the table shows; rendered as its caption
     */
    public static Builder builder(String caption) {
        return new Builder(caption);
    }

    /** Builds a {@link Table}; not thread-safe. */
    public static final class Builder {
        private final String caption;
        private final List<String> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private boolean rowHeaders = true;

        private Builder(String caption) {
            this.caption = Objects.requireNonNull(caption, "caption");
        }

        /**
         * Adds column headings.
         *
         * @param headings the headings, in column order
         * @return this builder
         */
        public Builder columns(String... headings) {
            columns.addAll(List.of(headings));
            return this;
        }

        /**
         * Adds column headings.
         *
         * @param headings the headings, in column order
         * @return this builder
         */
        public Builder columns(List<String> headings) {
            columns.addAll(headings);
            return this;
        }

        /**
         * Adds a body row.
         *
         * @param cells the row's cells, one per column
         * @return this builder
         */
        public Builder row(Cell... cells) {
            rows.add(Row.of(cells));
            return this;
        }

        /**
         * Adds a body row.
         *
         * @param cells the row's cells, one per column
         * @return this builder
         */
        public Builder row(List<Cell> cells) {
            rows.add(new Row(cells, false));
            return this;
        }

        /**
         * Adds a total row.
         *
         * @param cells the row's cells, one per column
         * @return this builder
         */
        public Builder totalRow(Cell... cells) {
            rows.add(Row.total(cells));
            return this;
        }

        /**
         * Sets whether the first column names the rows (default: yes).
         *
         * @param rowHeaders whether the first column names the rows (rendered as row header cells)
         * @return this builder
         */
        public Builder rowHeaders(boolean rowHeaders) {
            this.rowHeaders = rowHeaders;
            return this;
        }

        /**
         * Adds a note shown under the table.
         *
         * @param note the note's text
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /**
         * {@return the table}
         *
         * @throws IllegalArgumentException as {@link Table#Table} does
         */
        public Table build() {
            return new Table(caption, columns, rows, rowHeaders, notes);
        }
    }
}
