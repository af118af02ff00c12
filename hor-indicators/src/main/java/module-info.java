/** hor indicators: the standard catalogue, the indicator engine and the formative evaluation. */
module org.hor.indicators {
    requires transitive org.hor.core;
    requires org.slf4j;

    exports org.hor.indicators;
    exports org.hor.indicators.evaluation;
}
