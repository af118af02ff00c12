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
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Tone;

/**
 * Draws charts as inline SVG from their data: no scripts, no external references, ids derived from
 * the chart's position. Every mark carries a {@code <title>} with its value; the chart as a whole
 * has {@code role="img"}, a {@code <title>} and a {@code <desc>} with the text alternative.
 * Coordinates are written with at most two fraction digits, so output is byte-stable.
 */
final class Svg {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final double LEFT = 64;
    static final double RIGHT = WIDTH - 16;
    static final double BOTTOM = HEIGHT - 40;

    /** Series colours: restrained, distinguishable for common colour-vision deficiencies. */
    static final String[] COLOURS = {
        "#1f4e79", "#d08c2b", "#2a9d8f", "#8a5a9e", "#b5483f", "#6b8e23", "#5b9bd5", "#7a7a7a"
    };

    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};
    /** The sequential scale of heat maps, from light (lowest value) to dark (highest value). */
    static final int[] HEAT_LOW = {0xe8, 0xf0, 0xf8};

    static final int[] HEAT_HIGH = {0x1f, 0x4e, 0x79};
    /** The dark text colour on light fills. */
    static final String DARK_TEXT = "#1a202c";

    private final Formatter fmt;
    private final StringBuilder s = new StringBuilder();

    private Svg(Formatter fmt) {
        this.fmt = fmt;
    }

    /** Returns {@code chart} drawn as an {@code <svg>} element with ids starting with {@code id}. */
    static String draw(Chart chart, String id, Formatter fmt) {
        Svg svg = new Svg(fmt);
        if (chart instanceof LineChart c) {
            svg.line(c, id);
        } else if (chart instanceof BarChart c) {
            svg.bars(c, id);
        } else if (chart instanceof StackedBarChart c) {
            svg.stacked(c, id);
        } else if (chart instanceof BoxPlot c) {
            svg.box(c, id);
        } else if (chart instanceof HeatMap c) {
            svg.heat(c, id);
        } else {
            throw new IllegalStateException(
                    "unknown chart type " + chart.getClass().getName());
        }
        return svg.s.toString();
    }

    // ---- frame ------------------------------------------------------------------------------

    private void open(Chart chart, String id, int width, int height, String kind) {
        s.append("<svg class=\"chart-svg chart-")
                .append(kind)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">\n");
        s.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Html.escape(chart.title()))
                .append("</title>\n");
        s.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Html.escape(chart.description()))
                .append("</desc>\n");
    }

    private void close() {
        s.append("</svg>");
    }

    /** Draws a legend from the top and returns its height. */
    private double legend(List<String> names, boolean lines) {
        if (names.size() < 2) {
            return 0;
        }
        double x = LEFT;
        double y = 14;
        s.append("<g class=\"legend\">\n");
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            String shown = abbreviate(name, 200);
            double width = 24 + textWidth(shown) + 16;
            if (x + width > RIGHT && x > LEFT) {
                x = LEFT;
                y += 18;
            }
            String colour = COLOURS[j % COLOURS.length];
            if (lines) {
                s.append("<line x1=\"")
                        .append(n(x))
                        .append("\" y1=\"")
                        .append(n(y - 4))
                        .append("\" x2=\"")
                        .append(n(x + 16))
                        .append("\" y2=\"")
                        .append(n(y - 4))
                        .append("\" stroke=\"")
                        .append(colour)
                        .append("\" stroke-width=\"2.5\"")
                        .append(dash(j))
                        .append("/>");
            } else {
                s.append("<rect x=\"")
                        .append(n(x))
                        .append("\" y=\"")
                        .append(n(y - 10))
                        .append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(colour)
                        .append("\"/>");
            }
            s.append("<text class=\"legend-label\" x=\"")
                    .append(n(x + 22))
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\">")
                    .append(Html.escape(shown))
                    .append("</text>\n");
            x += width;
        }
        s.append("</g>\n");
        return y + 10;
    }

    /** Draws gridlines and tick labels of {@code scale} between {@code top} and the bottom. */
    private void axis(Scale scale, double top, Cell template) {
        s.append("<g class=\"axis\">\n");
        for (BigDecimal tick : scale.ticks()) {
            double y = y(scale, tick, top);
            s.append("<line class=\"")
                    .append(tick.signum() == 0 ? "baseline" : "grid")
                    .append("\" x1=\"")
                    .append(n(LEFT))
                    .append("\" y1=\"")
                    .append(n(y))
                    .append("\" x2=\"")
                    .append(n(RIGHT))
                    .append("\" y2=\"")
                    .append(n(y))
                    .append("\"/>");
            s.append("<text class=\"tick\" x=\"")
                    .append(n(LEFT - 8))
                    .append("\" y=\"")
                    .append(n(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(Html.escape(fmt.format(template.withValue(tick, scale.tickDecimals()))))
                    .append("</text>\n");
        }
        s.append("</g>\n");
    }

    private void categoryLabels(List<String> labels) {
        double band = (RIGHT - LEFT) / Math.max(1, labels.size());
        s.append("<g class=\"categories\">\n");
        for (int i = 0; i < labels.size(); i++) {
            double cx = LEFT + (i + 0.5) * band;
            String label = labels.get(i);
            List<String> lines = wrap(label, band - 4);
            s.append("<text class=\"category\" x=\"")
                    .append(n(cx))
                    .append("\" y=\"")
                    .append(n(BOTTOM + 18))
                    .append("\" text-anchor=\"middle\">");
            if (!String.join(" ", lines).equals(label)) {
                s.append("<title>").append(Html.escape(label)).append("</title>");
            }
            if (lines.size() == 1) {
                s.append(Html.escape(lines.get(0)));
            } else {
                for (int l = 0; l < lines.size(); l++) {
                    s.append("<tspan x=\"")
                            .append(n(cx))
                            .append("\"")
                            .append(l == 0 ? "" : " dy=\"14\"")
                            .append('>')
                            .append(Html.escape(lines.get(l)))
                            .append("</tspan>");
                }
            }
            s.append("</text>\n");
        }
        s.append("</g>\n");
    }

    /**
     * Returns a category label on at most two lines of at most {@code max} width, broken at
     * spaces; a word that is too long for its line is cut with an ellipsis.
     */
    static List<String> wrap(String label, double max) {
        if (textWidth(label) <= max || label.indexOf(' ') < 0) {
            return List.of(abbreviate(label, max));
        }
        String[] words = label.split(" ");
        StringBuilder first = new StringBuilder(words[0]);
        int i = 1;
        while (i < words.length && textWidth(first + " " + words[i]) <= max) {
            first.append(' ').append(words[i++]);
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        return rest.isEmpty()
                ? List.of(abbreviate(first.toString(), max))
                : List.of(abbreviate(first.toString(), max), abbreviate(rest, max));
    }

    // ---- line ----------------------------------------------------------------------------------

    private void line(LineChart c, String id) {
        open(c, id, WIDTH, HEIGHT, "line");
        double top = 16 + legend(c.series().stream().map(Series::name).toList(), true);
        Scale scale = scaleOf(values(c.series()));
        axis(scale, top, template(values(c.series())));
        categoryLabels(c.categories());
        double band = (RIGHT - LEFT) / Math.max(1, c.categories().size());
        for (int j = 0; j < c.series().size(); j++) {
            Series series = c.series().get(j);
            String colour = COLOURS[j % COLOURS.length];
            StringBuilder d = new StringBuilder();
            boolean drawing = false;
            for (int i = 0; i < series.values().size(); i++) {
                Cell v = series.values().get(i);
                if (v.isNumeric()) {
                    d.append(d.length() == 0 ? "" : " ")
                            .append(drawing ? 'L' : 'M')
                            .append(n(LEFT + (i + 0.5) * band))
                            .append(' ')
                            .append(n(y(scale, v.numericValue(), top)));
                    drawing = true;
                } else {
                    drawing = false;
                }
            }
            s.append("<g class=\"series\">\n");
            if (d.length() > 0) {
                s.append("<path d=\"")
                        .append(d)
                        .append("\" fill=\"none\" stroke=\"")
                        .append(colour)
                        .append("\" stroke-width=\"2.5\"")
                        .append(dash(j))
                        .append("/>\n");
            }
            for (int i = 0; i < series.values().size(); i++) {
                Cell v = series.values().get(i);
                if (v.isNumeric()) {
                    s.append("<circle cx=\"")
                            .append(n(LEFT + (i + 0.5) * band))
                            .append("\" cy=\"")
                            .append(n(y(scale, v.numericValue(), top)))
                            .append("\" r=\"3.5\" fill=\"")
                            .append(colour)
                            .append("\">")
                            .append(markTitle(series.name(), c.categories().get(i), v))
                            .append("</circle>\n");
                }
            }
            s.append("</g>\n");
        }
        close();
    }

    // ---- bars ----------------------------------------------------------------------------------

    private void bars(BarChart c, String id) {
        open(c, id, WIDTH, HEIGHT, "bar");
        double top = 16 + legend(c.series().stream().map(Series::name).toList(), false);
        List<Cell> all = values(c.series());
        Scale scale = scaleOf(all);
        axis(scale, top, template(all));
        categoryLabels(c.categories());
        int n = c.categories().size();
        int k = Math.max(1, c.series().size());
        double band = (RIGHT - LEFT) / Math.max(1, n);
        double barWidth = band * 0.8 / k;
        double zero = y(scale, BigDecimal.ZERO, top);
        for (int j = 0; j < c.series().size(); j++) {
            Series series = c.series().get(j);
            s.append("<g class=\"series\" fill=\"")
                    .append(COLOURS[j % COLOURS.length])
                    .append("\">\n");
            for (int i = 0; i < n; i++) {
                Cell v = series.values().get(i);
                double x = LEFT + i * band + band * 0.1 + j * barWidth;
                double cx = x + barWidth / 2;
                if (!v.isNumeric()) {
                    gap(cx, zero - 4, series.name(), c.categories().get(i), v);
                    continue;
                }
                double yv = y(scale, v.numericValue(), top);
                double height = Math.abs(zero - yv);
                double inset = k > 1 ? 1 : 0;
                s.append("<rect x=\"")
                        .append(n(x + inset))
                        .append("\" y=\"")
                        .append(n(Math.min(yv, zero)))
                        .append("\" width=\"")
                        .append(n(barWidth - 2 * inset))
                        .append("\" height=\"")
                        .append(n(height))
                        .append("\">")
                        .append(markTitle(series.name(), c.categories().get(i), v))
                        .append("</rect>\n");
                if (barWidth >= 28) {
                    double ly = v.numericValue().signum() < 0 ? yv + 14 : yv - 5;
                    s.append("<text class=\"value\" x=\"")
                            .append(n(cx))
                            .append("\" y=\"")
                            .append(n(ly))
                            .append("\" text-anchor=\"middle\">")
                            .append(Html.escape(fmt.format(v)))
                            .append("</text>\n");
                }
            }
            s.append("</g>\n");
        }
        close();
    }

    private void stacked(StackedBarChart c, String id) {
        open(c, id, WIDTH, HEIGHT, "stacked");
        double top = 16 + legend(c.series().stream().map(Series::name).toList(), false);
        int n = c.categories().size();
        List<Cell> totals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            totals.add(ChartData.total(c.series(), i));
        }
        Scale scale = scaleOf(totals);
        axis(scale, top, template(values(c.series())));
        categoryLabels(c.categories());
        double band = (RIGHT - LEFT) / Math.max(1, n);
        double barWidth = band * 0.6;
        for (int i = 0; i < n; i++) {
            double x = LEFT + i * band + band * 0.2;
            BigDecimal acc = BigDecimal.ZERO;
            s.append("<g class=\"stack\">\n");
            for (int j = 0; j < c.series().size(); j++) {
                Series series = c.series().get(j);
                Cell v = series.values().get(i);
                if (!v.isNumeric() || v.numericValue().signum() == 0) {
                    continue;
                }
                double bottom = y(scale, acc, top);
                acc = acc.add(v.numericValue());
                double upper = y(scale, acc, top);
                s.append("<rect x=\"")
                        .append(n(x))
                        .append("\" y=\"")
                        .append(n(upper))
                        .append("\" width=\"")
                        .append(n(barWidth))
                        .append("\" height=\"")
                        .append(n(bottom - upper))
                        .append("\" fill=\"")
                        .append(COLOURS[j % COLOURS.length])
                        .append("\">")
                        .append(markTitle(series.name(), c.categories().get(i), v))
                        .append("</rect>\n");
            }
            Cell total = totals.get(i);
            double ty =
                    total.isNumeric() ? y(scale, total.numericValue(), top) - 5 : y(scale, BigDecimal.ZERO, top) - 4;
            s.append("<text class=\"total\" x=\"")
                    .append(n(x + barWidth / 2))
                    .append("\" y=\"")
                    .append(n(ty))
                    .append("\" text-anchor=\"middle\">")
                    .append(Html.escape(fmt.format(total)))
                    .append("</text>\n");
            s.append("</g>\n");
        }
        close();
    }

    // ---- box plot ------------------------------------------------------------------------------

    private void box(BoxPlot c, String id) {
        open(c, id, WIDTH, HEIGHT, "box");
        double top = 16;
        List<Cell> all = c.boxes().stream().flatMap(b -> b.values().stream()).toList();
        Scale scale = scaleOf(all);
        axis(scale, top, template(all));
        categoryLabels(c.boxes().stream().map(Box::label).toList());
        int n = c.boxes().size();
        double band = (RIGHT - LEFT) / Math.max(1, n);
        double width = Math.min(band * 0.5, 64);
        for (int i = 0; i < n; i++) {
            Box b = c.boxes().get(i);
            double cx = LEFT + (i + 0.5) * band;
            double yMin = y(scale, b.minimum().numericValue(), top);
            double yQ1 = y(scale, b.lowerQuartile().numericValue(), top);
            double yMed = y(scale, b.median().numericValue(), top);
            double yQ3 = y(scale, b.upperQuartile().numericValue(), top);
            double yMax = y(scale, b.maximum().numericValue(), top);
            Labels l = fmt.labels();
            s.append("<g class=\"box\" stroke=\"")
                    .append(COLOURS[0])
                    .append("\"><title>")
                    .append(Html.escape(b.label() + ": " + l.get("box.minimum") + " " + fmt.format(b.minimum()) + ", "
                            + l.get("box.lowerQuartile") + " " + fmt.format(b.lowerQuartile()) + ", "
                            + l.get("box.median") + " " + fmt.format(b.median()) + ", "
                            + l.get("box.upperQuartile") + " " + fmt.format(b.upperQuartile()) + ", "
                            + l.get("box.maximum") + " " + fmt.format(b.maximum())))
                    .append("</title>\n");
            vline(cx, yQ1, yMin, "whisker");
            vline(cx, yMax, yQ3, "whisker");
            hline(cx - width / 4, cx + width / 4, yMin, "whisker-cap");
            hline(cx - width / 4, cx + width / 4, yMax, "whisker-cap");
            s.append("<rect class=\"quartiles\" x=\"")
                    .append(n(cx - width / 2))
                    .append("\" y=\"")
                    .append(n(yQ3))
                    .append("\" width=\"")
                    .append(n(width))
                    .append("\" height=\"")
                    .append(n(yQ1 - yQ3))
                    .append("\" fill=\"#dbe7f3\"/>\n");
            hline(cx - width / 2, cx + width / 2, yMed, "median");
            s.append("</g>\n");
        }
        close();
    }

    private void vline(double x, double y1, double y2, String cls) {
        s.append("<line class=\"")
                .append(cls)
                .append("\" x1=\"")
                .append(n(x))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\"/>\n");
    }

    private void hline(double x1, double x2, double y, String cls) {
        s.append("<line class=\"")
                .append(cls)
                .append("\" x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y))
                .append("\"")
                .append("median".equals(cls) ? " stroke-width=\"2.5\"" : "")
                .append("/>\n");
    }

    // ---- heat map ------------------------------------------------------------------------------

    /** The widest row-label column of a heat map; longer labels are abbreviated. */
    static final double MAX_LABEL_WIDTH = 280;
    /** The longest rotated column label of a heat map; longer labels are abbreviated. */
    static final double MAX_COLUMN_LABEL = 190;

    private void heat(HeatMap c, String id) {
        List<String> rowLabels = fitLabels(c.rowLabels(), MAX_LABEL_WIDTH - 16);
        double labelWidth = Math.max(80, Math.ceil(widest(rowLabels) + 16));
        double cellHeight = 32;
        int cols = c.columnLabels().size();
        double cellWidth = Math.max(56, (WIDTH - labelWidth - 8) / Math.max(1, cols));
        boolean rotated = widest(c.columnLabels()) > cellWidth - 8;
        List<String> columnLabels = c.columnLabels();
        double header = 40;
        if (rotated) {
            // column names read upwards, so narrow columns take names of any length
            columnLabels = fitLabels(c.columnLabels(), MAX_COLUMN_LABEL);
            cellWidth = Math.max(40, (WIDTH - labelWidth - 8) / Math.max(1, cols));
            header = Math.ceil(widest(columnLabels) + 18);
        }
        int width = (int) Math.ceil(labelWidth + cols * cellWidth + 8);
        int height = (int) Math.ceil(header + c.rowLabels().size() * cellHeight + 8);
        open(c, id, width, height, "heat");
        List<Cell> numeric =
                c.cells().stream().flatMap(List::stream).filter(Cell::isNumeric).toList();
        BigDecimal lo =
                numeric.stream().map(Cell::numericValue).reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
        BigDecimal hi =
                numeric.stream().map(Cell::numericValue).reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
        for (int j = 0; j < cols; j++) {
            double x = labelWidth + (j + 0.5) * cellWidth;
            if (rotated) {
                double y = header - 8;
                s.append("<text class=\"column\" x=\"")
                        .append(n(x + 4))
                        .append("\" y=\"")
                        .append(n(y))
                        .append("\" text-anchor=\"start\" transform=\"rotate(-90 ")
                        .append(n(x + 4))
                        .append(' ')
                        .append(n(y))
                        .append(")\">");
                labelText(columnLabels.get(j), c.columnLabels().get(j));
            } else {
                s.append("<text class=\"column\" x=\"")
                        .append(n(x))
                        .append("\" y=\"")
                        .append(n(header - 10))
                        .append("\" text-anchor=\"middle\">");
                labelText(columnLabels.get(j), c.columnLabels().get(j));
            }
        }
        for (int r = 0; r < c.rowLabels().size(); r++) {
            double y = header + r * cellHeight;
            s.append("<text class=\"row\" x=\"")
                    .append(n(labelWidth - 8))
                    .append("\" y=\"")
                    .append(n(y + cellHeight / 2 + 4))
                    .append("\" text-anchor=\"end\">");
            labelText(rowLabels.get(r), c.rowLabels().get(r));
            for (int j = 0; j < cols; j++) {
                Cell v = c.cells().get(r).get(j);
                double x = labelWidth + j * cellWidth;
                String[] colours = heatColours(v, lo, hi);
                s.append("<g class=\"cell\"><title>")
                        .append(Html.escape(
                                c.rowLabels().get(r) + " – " + c.columnLabels().get(j) + ": " + describe(v)))
                        .append("</title><rect x=\"")
                        .append(n(x + 1))
                        .append("\" y=\"")
                        .append(n(y + 1))
                        .append("\" width=\"")
                        .append(n(cellWidth - 2))
                        .append("\" height=\"")
                        .append(n(cellHeight - 2))
                        .append("\" fill=\"")
                        .append(colours[0])
                        .append("\"/><text x=\"")
                        .append(n(x + cellWidth / 2))
                        .append("\" y=\"")
                        .append(n(y + cellHeight / 2 + 4))
                        .append("\" text-anchor=\"middle\" fill=\"")
                        .append(colours[1])
                        .append("\" style=\"fill:")
                        .append(colours[1])
                        .append("\">")
                        .append(Html.escape(abbreviate(fmt.format(v), cellWidth - 6)))
                        .append("</text></g>\n");
            }
        }
        close();
    }

    /** Writes a label's text and closes its element; an abbreviated label keeps its full text as a title. */
    private void labelText(String shown, String full) {
        if (!shown.equals(full)) {
            s.append("<title>").append(Html.escape(full)).append("</title>");
        }
        s.append(Html.escape(shown)).append("</text>\n");
    }

    /**
     * Returns labels that are at most {@code max} wide: as they are when they fit; else without
     * the leading words all of them share (such as "Haus der Ressourcen" of every site name),
     * which says nothing to tell them apart; and what is still too wide cut with an ellipsis.
     */
    static List<String> fitLabels(List<String> labels, double max) {
        if (widest(labels) <= max) {
            return labels;
        }
        String prefix = commonWords(labels);
        List<String> fitted = new ArrayList<>();
        for (String label : labels) {
            fitted.add(abbreviate(prefix.isEmpty() ? label : "…" + label.substring(prefix.length()), max));
        }
        return fitted;
    }

    /** Returns the leading whole words (with their trailing space) that all labels share, if each has more. */
    static String commonWords(List<String> labels) {
        if (labels.size() < 2) {
            return "";
        }
        String first = labels.get(0);
        int end = 0;
        for (int i = first.indexOf(' '); i >= 0; i = first.indexOf(' ', i + 1)) {
            String candidate = first.substring(0, i + 1);
            if (labels.stream().allMatch(l -> l.startsWith(candidate) && l.length() > candidate.length())) {
                end = i + 1;
            } else {
                break;
            }
        }
        return first.substring(0, end);
    }

    /** Returns {@code label}, or its start and an ellipsis, at most {@code max} wide. */
    static String abbreviate(String label, double max) {
        if (textWidth(label) <= max) {
            return label;
        }
        int end = label.length();
        while (end > 1 && textWidth(label.substring(0, end).stripTrailing() + "…") > max) {
            end--;
        }
        return label.substring(0, end).stripTrailing() + "…";
    }

    /** Returns the width of the widest label. */
    static double widest(List<String> labels) {
        return labels.stream().mapToDouble(Svg::textWidth).max().orElse(0);
    }

    /**
     * Returns an upper estimate of the width of {@code text} at the charts' 12px font, in SVG
     * units: per character from the advance widths of a wide sans-serif (DejaVu Sans), so that
     * the estimate is not less than what common fonts draw.
     */
    static double textWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ("il|!.,:;'".indexOf(ch) >= 0) {
                w += 3.4;
            } else if (" \u00A0jtfr()[]".indexOf(ch) >= 0) {
                w += 4.9;
            } else if (ch == 'm' || ch == 'w' || ch == 'M' || ch == 'W') {
                w += 11.7;
            } else if (Character.isUpperCase(ch)) {
                w += 8.7;
            } else {
                w += 7.7;
            }
        }
        return w;
    }

    /** Returns the fill and text colour of a heat-map cell. */
    static String[] heatColours(Cell v, BigDecimal lo, BigDecimal hi) {
        if (v instanceof Cell.Status st) {
            return toneColours(st.tone());
        }
        if (!v.isNumeric()) {
            return new String[] {"#f1f3f5", "#495057"};
        }
        double t = hi.compareTo(lo) == 0
                ? 1.0
                : v.numericValue().subtract(lo).doubleValue() / hi.subtract(lo).doubleValue();
        StringBuilder hex = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            long channel = Math.round(HEAT_LOW[i] + (HEAT_HIGH[i] - HEAT_LOW[i]) * t);
            hex.append(String.format(java.util.Locale.ROOT, "%02x", channel));
        }
        return new String[] {hex.toString(), textOn(hex.toString())};
    }

    /**
     * Returns the text colour for a fill: white or near-black, whichever contrasts more with the
     * fill by the WCAG 2 contrast ratio of their relative luminances.
     */
    static String textOn(String fill) {
        double l = luminance(fill);
        double onWhite = 1.05 / (l + 0.05);
        double onDark = (l + 0.05) / (luminance(DARK_TEXT) + 0.05);
        return onWhite >= onDark ? "#ffffff" : DARK_TEXT;
    }

    /** Returns the WCAG 2 relative luminance of a colour {@code #rrggbb}. */
    static double luminance(String hex) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            double linear = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            sum += weights[i] * linear;
        }
        return sum;
    }

    /** Returns the background and text colour of a tone (shared with the HTML badges). */
    static String[] toneColours(Tone tone) {
        return switch (tone) {
            case POSITIVE -> new String[] {"#d8efe0", "#14532d"};
            case WARNING -> new String[] {"#fbeec8", "#6b4505"};
            case NEGATIVE -> new String[] {"#f7d9d5", "#7f1d1d"};
            case NEUTRAL -> new String[] {"#e9ecef", "#343a40"};
            case INFO -> new String[] {"#dbe8f7", "#1e3a8a"};
        };
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void gap(double cx, double y, String series, String category, Cell v) {
        s.append("<text class=\"gap\" x=\"")
                .append(n(cx))
                .append("\" y=\"")
                .append(n(y))
                .append("\" text-anchor=\"middle\">")
                .append(markTitle(series, category, v))
                .append(Html.escape(fmt.format(v)))
                .append("</text>\n");
    }

    private String markTitle(String series, String category, Cell v) {
        return "<title>" + Html.escape(series + " – " + category + ": " + describe(v)) + "</title>";
    }

    private String describe(Cell v) {
        if (v instanceof Cell.Undefined u) {
            return fmt.reasonOf(u);
        }
        if (v instanceof Cell.Suppressed) {
            return fmt.format(v) + " (" + fmt.labels().get("suppressed.text") + ")";
        }
        return fmt.format(v);
    }

    private static List<Cell> values(List<Series> series) {
        return series.stream().flatMap(x -> x.values().stream()).toList();
    }

    private static Scale scaleOf(List<Cell> cells) {
        List<BigDecimal> numbers =
                cells.stream().filter(Cell::isNumeric).map(Cell::numericValue).toList();
        BigDecimal lo = numbers.stream().reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
        BigDecimal hi = numbers.stream().reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
        return Scale.covering(lo, hi);
    }

    private static Cell template(List<Cell> cells) {
        return cells.stream().filter(Cell::isNumeric).findFirst().orElse(Cell.number(0));
    }

    /** Returns the y coordinate of {@code value} in a plot from {@code top} to the bottom. */
    private static double y(Scale scale, BigDecimal value, double top) {
        return BOTTOM - scale.fraction(value) * (BOTTOM - top);
    }

    private static String dash(int series) {
        String dash = DASHES[series % DASHES.length];
        return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    /** Returns a coordinate rounded half-up to two fraction digits, without trailing zeros. */
    static String n(double value) {
        long hundredths = Math.round(value * 100);
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
