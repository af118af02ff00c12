/**
 * hor indicators: the standard catalogue, the indicator engine, the machine output writers and the
 * formative evaluation. The engine {@code uses} the {@link org.hor.core.spi.IndicatorProvider}
 * service; the standard catalogue is its first provider.
 */
module org.hor.indicators {
    requires transitive org.hor.core;
    requires static transitive org.jspecify;
    requires org.slf4j;

    exports org.hor.indicators;
    exports org.hor.indicators.evaluation;
    exports org.hor.indicators.standard;
    exports org.hor.indicators.output;
    exports org.hor.indicators.disclosure;
    exports org.hor.indicators.files;
    exports org.hor.indicators.release;
    exports org.hor.indicators.diff;

    uses org.hor.core.spi.IndicatorProvider;
    uses org.hor.indicators.output.EvaluationFormat;

    provides org.hor.core.spi.IndicatorProvider with
            org.hor.indicators.standard.StandardCatalogue;
}
