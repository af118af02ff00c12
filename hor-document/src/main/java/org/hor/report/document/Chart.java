package org.hor.report.document;

/**
 * A chart drawn from its data. Every chart has a title and a text alternative that says what the
 * chart shows for readers who cannot see it; renderers also offer the data as a table.
 */
public sealed interface Chart extends Block permits LineChart, BarChart, StackedBarChart, BoxPlot, HeatMap {

    /** {@return the title} */
    String title();

    /** {@return the text alternative: what the chart shows, in words} */
    String description();

    /**
     * Calls {@link BlockVisitor#visitChart(Chart)}.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this chart
     */
    @Override
    default <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitChart(this);
    }
}
