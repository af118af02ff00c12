/**
 * Example site-specific indicator plugins: {@code example.language-cafe.visits},
 * {@code example.rooms.utilisation.share} and {@code example.newcomer-organisations.share}, provided
 * by {@link org.hor.examples.ExamplesProvider} (id {@code hor.examples}).
 */
module org.hor.examples {
    requires static org.jspecify;
    requires org.hor.core;

    exports org.hor.examples;

    provides org.hor.core.spi.IndicatorProvider with
            org.hor.examples.ExamplesProvider;
}
