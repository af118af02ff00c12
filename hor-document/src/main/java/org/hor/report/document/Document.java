package org.hor.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document: a title, an optional subtitle, header facts (such as the date the data is as of)
 * and a body of blocks, usually sections. Immutable; build one with {@link #builder(String, Locale)}.
 *
 * @param title    the title
 * @param subtitle the subtitle, empty for none
 * @param locale   the language of the document's texts; renderers format numbers and dates and
 *                 choose their own labels for it (German and English; other languages get German)
 * @param facts    facts shown under the title, in order
 * @param body     the blocks, in order
 */
public record Document(String title, String subtitle, Locale locale, List<Fact> facts, List<Block> body) {

    /**
     * @throws NullPointerException if an argument or an element is null
     *
     * @param title the title
     * @param subtitle the subtitle, empty for none
     * @param locale the language of the document's texts; renderers format numbers and dates and choose their
     *               own labels for it (German and English; other languages get German)
     * @param facts facts shown under the title, in order
     * @param body the blocks, in order
     */
    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(locale, "locale");
        facts = List.copyOf(facts);
        body = List.copyOf(body);
    }

    /**
     * {@return a builder}
     *
     * @param title  the document title
     * @param locale the document's language
     */
    public static Builder builder(String title, Locale locale) {
        return new Builder(title, locale);
    }

    /** Builds a {@link Document}; not thread-safe. */
    public static final class Builder extends BlocksBuilder<Builder> {
        private final String title;
        private final Locale locale;
        private final List<Fact> facts = new ArrayList<>();
        private String subtitle = "";

        Builder(String title, Locale locale) {
            this.title = Objects.requireNonNull(title, "title");
            this.locale = Objects.requireNonNull(locale, "locale");
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the subtitle.
         *
         * @param subtitle the subtitle, empty for none
         * @return this builder
         */
        public Builder subtitle(String subtitle) {
            this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
            return this;
        }

        /**
         * Adds a fact shown under the title, such as the date the data is as of.
         *
         * @param label what the value is, such as "Stand der Daten"
         * @param value the value
         * @return this builder
         */
        public Builder fact(String label, Cell value) {
            facts.add(new Fact(label, value));
            return this;
        }

        /** {@return the document} */
        public Document build() {
            return new Document(title, subtitle, locale, facts, blocks());
        }
    }
}
