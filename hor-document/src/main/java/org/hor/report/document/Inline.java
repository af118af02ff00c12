package org.hor.report.document;

import java.util.Objects;

/** A run inside a {@link Paragraph}: plain text, strong text or a typed value. */
public sealed interface Inline permits Inline.Text, Inline.Strong, Inline.Value {

    /**
     * {@return a plain text run}
     *
     * @param text the text
     */
    static Text text(String text) {
        return new Text(text);
    }

    /**
     * {@return a strongly emphasised text run}
     *
     * @param text the text
     */
    static Strong strong(String text) {
        return new Strong(text);
    }

    /**
     * {@return a typed value, formatted by the renderer for the locale}
     *
     * @param cell the value
     */
    static Value value(Cell cell) {
        return new Value(cell);
    }

    /**
     * Plain text.
     *
     * @param text the text
     */
    record Text(String text) implements Inline {
        /**
         * @throws NullPointerException if {@code text} is null
         *
         * @param text the text
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Strongly emphasised text.
     *
     * @param text the text
     */
    record Strong(String text) implements Inline {
        /**
         * @throws NullPointerException if {@code text} is null
         *
         * @param text the text
         */
        public Strong {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A typed value.
     *
     * @param cell the value
     */
    record Value(Cell cell) implements Inline {
        /**
         * @throws NullPointerException if {@code cell} is null
         *
         * @param cell the value
         */
        public Value {
            Objects.requireNonNull(cell, "cell");
        }
    }
}
