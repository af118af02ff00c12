package org.hor.report.render.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hor.report.document.BarChart;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.Cell;
import org.hor.report.document.Chart;
import org.hor.report.document.HeatMap;
import org.hor.report.document.LineChart;
import org.hor.report.document.Row;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Table;

/** A chart's data as a table (for Markdown and for the HTML data table), and stacked totals. */
final class ChartData {

    private ChartData() {}

    /** Returns the chart's data as a table captioned with the chart's title. */
    static Table table(Chart chart, Labels labels) {
        if (chart instanceof LineChart c) {
            return categories(c.title(), c.categories(), c.series(), false, labels);
        } else if (chart instanceof BarChart c) {
            return categories(c.title(), c.categories(), c.series(), false, labels);
        } else if (chart instanceof StackedBarChart c) {
            return categories(c.title(), c.categories(), c.series(), true, labels);
        } else if (chart instanceof BoxPlot c) {
            Table.Builder t = Table.builder(c.title())
                    .columns(
                            labels.get("box.group"),
                            labels.get("box.minimum"),
                            labels.get("box.lowerQuartile"),
                            labels.get("box.median"),
                            labels.get("box.upperQuartile"),
                            labels.get("box.maximum"));
            for (Box b : c.boxes()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.text(b.label()));
                cells.addAll(b.values());
                t.row(cells);
            }
            return t.build();
        }
        if (!(chart instanceof HeatMap h)) {
            throw new IllegalStateException(
                    "unknown chart type " + chart.getClass().getName());
        }
        Table.Builder t =
                Table.builder(h.title()).columns(labels.get("chart.category")).columns(h.columnLabels());
        for (int r = 0; r < h.rowLabels().size(); r++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(h.rowLabels().get(r)));
            cells.addAll(h.cells().get(r));
            t.row(cells);
        }
        return t.build();
    }

    private static Table categories(
            String title, List<String> categories, List<Series> series, boolean withTotal, Labels labels) {
        List<String> columns = new ArrayList<>();
        columns.add(labels.get("chart.category"));
        series.forEach(s -> columns.add(s.name()));
        if (withTotal) {
            columns.add(labels.get("chart.total"));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(categories.get(i)));
            for (Series s : series) {
                cells.add(s.values().get(i));
            }
            if (withTotal) {
                cells.add(total(series, i));
            }
            rows.add(new Row(cells, false));
        }
        return new Table(title, columns, rows, true, List.of());
    }

    /**
     * Returns the total of category {@code index} over all series: the sum of the numeric values,
     * of the first numeric value's kind, with the most fraction digits of the parts; undefined with
     * {@code NO_DATA} when no value is numeric.
     */
    static Cell total(List<Series> series, int index) {
        Cell template = null;
        BigDecimal sum = BigDecimal.ZERO;
        int decimals = 0;
        for (Series s : series) {
            Cell c = s.values().get(index);
            if (c.isNumeric()) {
                template = template == null ? c : template;
                sum = sum.add(c.numericValue());
                decimals = Math.max(decimals, decimals(c));
            }
        }
        return template == null ? Cell.undefined("NO_DATA") : template.withValue(sum, decimals);
    }

    /** Returns the fraction digits a numeric cell is shown with. */
    static int decimals(Cell cell) {
        Cell c = cell.plain();
        if (c instanceof Cell.Quantity q) {
            return q.decimals();
        } else if (c instanceof Cell.Percent p) {
            return p.decimals();
        } else if (c instanceof Cell.Money m) {
            return m.decimals();
        }
        return 0;
    }
}
