package org.hor.report.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.report.document.BarChart;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.Cell;
import org.hor.report.document.HeatMap;
import org.hor.report.document.LineChart;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Tone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Charts are drawn from the data. Geometry of the xy charts: plot from x = 64 to 624 (560 wide),
 * y from the top (16 without legend) to the baseline 260, so 244 high; category bands are
 * 560 / n wide; the axis runs from 0 to a "nice" maximum.
 */
class SvgTest {

    private static final Formatter DE = new Formatter(Locale.GERMAN);
    private static final Pattern ELEMENT = Pattern.compile("<(rect|circle|path|text|line)\\b([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("([a-z][a-z0-9-]*)=\"([^\"]*)\"");

    @Test
    @DisplayName("bar heights are proportional to the values: 10, 20, 40 on an axis to 40 give 61, 122, 244")
    void barHeights() {
        // axis: raw step 40/5 = 8 → nice step 10, maximum 40; 244 px per 40 → 6.1 px per unit
        String svg = Svg.draw(
                BarChart.of(
                        "b",
                        "d",
                        List.of("a", "b", "c"),
                        Series.of("s", Cell.number(10), Cell.number(20), Cell.number(40))),
                "chart-1",
                DE);

        List<Map<String, String>> bars = elements(svg, "rect");
        assertThat(bars).extracting(b -> b.get("height")).containsExactly("61", "122", "244");
        assertThat(bars).extracting(b -> b.get("y")).containsExactly("199", "138", "16");
        // band 560/3 = 186.67; bar 80 % of the band = 149.33, starting 10 % in: 64 + 18.67 = 82.67
        assertThat(bars).extracting(b -> b.get("x")).containsExactly("82.67", "269.33", "456");
        assertThat(bars).extracting(b -> b.get("width")).containsOnly("149.33");
        // ticks 0, 10, 20, 30, 40 with their labels; value labels above the bars
        assertThat(texts(svg, "tick")).containsExactly("0", "10", "20", "30", "40");
        assertThat(texts(svg, "value")).containsExactly("10", "20", "40");
        assertThat(svg).contains("<title>s – c: 40</title>");
    }

    @Test
    @DisplayName("a negative bar hangs below the zero line, which sits between the nice ends")
    void negativeBar() {
        // values -10 and 30: range 40 → step 10, axis -10 … 30; zero at 260 - 244 × 10/40 = 199
        String svg = Svg.draw(
                BarChart.of("b", "d", List.of("a", "b"), Series.of("s", Cell.number(-10), Cell.number(30))),
                "chart-1",
                DE);
        List<Map<String, String>> bars = elements(svg, "rect");
        assertThat(bars.get(0)).containsEntry("y", "199").containsEntry("height", "61");
        assertThat(bars.get(1)).containsEntry("y", "16").containsEntry("height", "183");
        assertThat(texts(svg, "tick")).containsExactly("-10", "0", "10", "20", "30");
    }

    @Test
    @DisplayName("an undefined point breaks the line: a gap, no point at zero")
    void lineGap() {
        // axis to 50 (raw step 10 → step 10); band 560/4 = 140, points at 134, 274, 414, 554
        // y(30) = 260 - 244 × 0.6 = 113.6; y(42) = 260 - 244 × 0.84 = 55.04; y(50) = 16
        String svg = Svg.draw(
                LineChart.of(
                        "l",
                        "d",
                        List.of("2023", "2024", "2025", "2026"),
                        Series.of(
                                "Orgs", Cell.number(30), Cell.undefined("NO_DATA"), Cell.number(42), Cell.number(50))),
                "chart-2",
                DE);

        assertThat(elements(svg, "path")).extracting(p -> p.get("d")).containsExactly("M134 113.6 M414 55.04 L554 16");
        List<Map<String, String>> points = elements(svg, "circle");
        assertThat(points).extracting(p -> p.get("cx")).containsExactly("134", "414", "554");
        assertThat(points).extracting(p -> p.get("cy")).doesNotContain("260");
    }

    @Test
    @DisplayName("several line series get a legend, their own colours and dash patterns")
    void lineLegend() {
        String svg = Svg.draw(
                LineChart.of(
                        "l",
                        "d",
                        List.of("a", "b"),
                        Series.of("one", Cell.number(1), Cell.number(2)),
                        Series.of("two", Cell.number(2), Cell.number(1))),
                "chart-1",
                DE);
        assertThat(texts(svg, "legend-label")).containsExactly("one", "two");
        assertThat(elements(svg, "path")).extracting(p -> p.get("stroke")).containsExactly("#1f4e79", "#d08c2b");
        assertThat(elements(svg, "path").get(1)).containsEntry("stroke-dasharray", "6 3");
    }

    @Test
    @DisplayName("a box plot is drawn from its five numbers")
    void boxPlot() {
        // 10, 20, 25, 35, 50 on an axis to 50: y = 260 - 4.88 × v → 211.2, 162.4, 138, 89.2, 16
        String svg = Svg.draw(
                new BoxPlot(
                        "b",
                        "d",
                        List.of(new Box(
                                "Ansatz A",
                                Cell.number(10),
                                Cell.number(20),
                                Cell.number(25),
                                Cell.number(35),
                                Cell.number(50)))),
                "chart-1",
                DE);

        Map<String, String> box = elements(svg, "rect").get(0);
        // one band of 560: centre 344, box width min(280, 64) = 64
        assertThat(box)
                .containsEntry("x", "312")
                .containsEntry("y", "89.2")
                .containsEntry("width", "64")
                .containsEntry("height", "73.2");
        Map<String, String> median = byClass(svg, "median");
        assertThat(median)
                .containsEntry("y1", "138")
                .containsEntry("y2", "138")
                .containsEntry("x1", "312")
                .containsEntry("x2", "376");
        List<Map<String, String>> whiskers = elements(svg, "line").stream()
                .filter(l -> "whisker".equals(l.get("class")))
                .toList();
        assertThat(whiskers).extracting(w -> w.get("y1") + "-" + w.get("y2")).containsExactly("162.4-211.2", "16-89.2");
        assertThat(svg)
                .contains("<title>Ansatz A: Minimum 10, 1. Quartil 20, Median 25, 3. Quartil 35, Maximum 50</title>");
    }

    @Test
    @DisplayName("heat-map cells are coloured by value on one scale and show the value as text")
    void heatMap() {
        // 0 → lightest #e8f0f8, 10 → darkest #1f4e79, 5 → halfway: (232+31)/2 = 131.5 → 132 = 84,
        // (240+78)/2 = 159 = 9f, (248+121)/2 = 184.5 → 185 = b9
        String svg = Svg.draw(
                new HeatMap(
                        "h",
                        "d",
                        List.of("Standort A"),
                        List.of("x", "y", "z", "s", "u"),
                        List.of(List.of(
                                Cell.number(0),
                                Cell.number(5),
                                Cell.number(10),
                                Cell.status(Tone.NEGATIVE, "offen"),
                                Cell.undefined("NO_DATA")))),
                "chart-1",
                DE);

        List<Map<String, String>> cells = elements(svg, "rect");
        assertThat(cells)
                .extracting(c -> c.get("fill"))
                .containsExactly("#e8f0f8", "#849fb9", "#1f4e79", "#f7d9d5", "#f1f3f5");
        List<Map<String, String>> labels = elements(svg, "text").stream()
                .filter(t -> t.containsKey("fill"))
                .toList();
        assertThat(labels)
                .extracting(t -> t.get("fill"))
                .containsExactly("#1a202c", "#1a202c", "#ffffff", "#7f1d1d", "#495057");
        assertThat(svg)
                .contains(">0</text>")
                .contains(">5</text>")
                .contains(">10</text>")
                .contains(">offen</text>")
                .contains("<title>Standort A – u: keine Daten</title>");
    }

    @Test
    @DisplayName("heat-map text is white or dark by the fill's luminance, whichever contrasts more")
    void heatTextByLuminance() {
        // WCAG relative luminance L; contrast with white 1.05 / (L + 0.05), with #1a202c (L ≈ 0.0143)
        // (L + 0.05) / 0.0643. #1f4e79: L ≈ 0.0712 → 8.7 against white, 1.9 against dark → white.
        assertThat(Svg.textOn("#1f4e79")).isEqualTo("#ffffff");
        // #849fb9 (the middle of the scale): L ≈ 0.332 → 2.75 against white, 5.9 against dark → dark
        assertThat(Svg.textOn("#849fb9")).isEqualTo("#1a202c");
        // #e8f0f8: L ≈ 0.86 → dark
        assertThat(Svg.textOn("#e8f0f8")).isEqualTo("#1a202c");
        assertThat(Svg.luminance("#ffffff")).isEqualTo(1.0);
        assertThat(Svg.luminance("#000000")).isEqualTo(0.0);
    }

    @Test
    @DisplayName("stacked bars stack the series and carry the category total; a gap adds nothing")
    void stackedTotals() {
        // totals 10 + 5 = 15 and 20 + (gap) = 20; axis to 20 (raw step 4 → 5). Two series need a
        // legend (one row, 24 px), so the plot runs from 40 down to 260: 220 px, 11 px per unit
        String svg = Svg.draw(
                StackedBarChart.of(
                        "s",
                        "d",
                        List.of("2025", "2026"),
                        Series.of("Beratung", Cell.number(10), Cell.number(20)),
                        Series.of("Vernetzung", Cell.number(5), Cell.undefined("NO_DATA"))),
                "chart-1",
                DE);

        List<Map<String, String>> segments = elements(svg, "rect").stream()
                .filter(r -> r.containsKey("fill") && !"12".equals(r.get("width")))
                .toList();
        // 2025: Beratung 110 high from 260 up to 150; Vernetzung 55 high on top, from 150 up to 95;
        // 2026: Beratung 220 high from 260 up to 40
        assertThat(segments)
                .extracting(r -> r.get("y") + "/" + r.get("height"))
                .containsExactly("150/110", "95/55", "40/220");
        assertThat(texts(svg, "total")).containsExactly("15", "20");
        // the total sits 5 px above the stack
        assertThat(byClass(svg, "total")).containsEntry("y", "90");
    }

    @Test
    @DisplayName("percent and money axes label their ticks in the cell's kind")
    void tickFormats() {
        String svg = Svg.draw(
                BarChart.of("b", "d", List.of("a"), Series.of("s", Cell.percent(new BigDecimal("75")))), "chart-1", DE);
        // raw step 15 → 20, axis to 80
        assertThat(texts(svg, "tick")).containsExactly("0\u00A0%", "20\u00A0%", "40\u00A0%", "60\u00A0%", "80\u00A0%");
        String money = Svg.draw(
                BarChart.of("b", "d", List.of("a"), Series.of("s", Cell.euro(new BigDecimal("1.5")))),
                "chart-1",
                new Formatter(Locale.ENGLISH));
        assertThat(texts(money, "tick")).containsExactly("€0.0", "€0.5", "€1.0", "€1.5");
    }

    @Test
    @DisplayName(
            "long category labels break at spaces onto two lines; only what still does not fit is cut, with the full text as a title")
    void categoryWrap() {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            categories.add("Ausgesprochen langer Kategoriename " + i);
        }
        Cell[] values = new Cell[8];
        java.util.Arrays.fill(values, Cell.number(1));
        String svg = Svg.draw(BarChart.of("b", "d", categories, Series.of("s", values)), "chart-1", DE);
        // band 560 / 8 = 70, 66 for text: "Ausgesprochen" alone is 8.7 + 11 × 7.7 + 4.9 (r) = 98.3 > 66,
        // so the first line is that word cut; the rest "langer Kategoriename 0" is cut too
        assertThat(svg).contains("<title>Ausgesprochen langer Kategoriename 0</title><tspan x=\"99\">");
        // operating-year boxes: "Jahr 1" over "(n = 12)" – nothing lost
        assertThat(Svg.wrap("Jahr 1 (n\u00A0=\u00A012)", 66)).containsExactly("Jahr 1", "(n\u00A0=\u00A012)");
        assertThat(Svg.wrap("Jahr 1", 66)).containsExactly("Jahr 1");
        // a single word that is too long is cut with an ellipsis, within the width
        List<String> cut = Svg.wrap("Gemeinnützigkeitsanerkennung", 66);
        assertThat(cut).hasSize(1);
        assertThat(cut.get(0)).endsWith("…");
        assertThat(Svg.textWidth(cut.get(0))).isLessThanOrEqualTo(66);
    }

    @Test
    @DisplayName(
            "heat-map row labels get a column as wide as the longest label, so no site name is cut at the left edge")
    void heatLabelWidth() {
        List<String> sites = List.of("Haus der Ressourcen Hamburg", "Haus der Ressourcen Magdeburg");
        String svg = Svg.draw(
                new HeatMap(
                        "h",
                        "d",
                        sites,
                        List.of("2025-Q1", "2025-Q2"),
                        List.of(List.of(Cell.number(1), Cell.number(2)), List.of(Cell.number(3), Cell.number(4)))),
                "chart-1",
                DE);
        // the names are shown whole, right-aligned at the label column's edge minus 8
        assertThat(texts(svg, "row")).containsExactly("Haus der Ressourcen Hamburg", "Haus der Ressourcen Magdeburg");
        double widest = Svg.textWidth("Haus der Ressourcen Magdeburg");
        double labelWidth = Math.ceil(widest + 16);
        assertThat(elements(svg, "text").stream().filter(t -> "row".equals(t.get("class"))))
                .extracting(t -> t.get("x"))
                .containsOnly(Svg.n(labelWidth - 8));
        // the label starts inside the picture: x − its width ≥ 0, with room to spare of 8
        assertThat(labelWidth - 8 - widest).isGreaterThanOrEqualTo(8);
        // the first cell starts right after the label column
        assertThat(elements(svg, "rect").get(0).get("x")).isEqualTo(Svg.n(labelWidth + 1));
        // the estimate is not less than DejaVu Sans draws at 12 px (about 178 px for this name)
        assertThat(widest).isGreaterThan(178);
    }

    @Test
    @DisplayName(
            "heat-map labels too long even for the widest label column drop the words all share, then are cut, never clipped")
    void heatLabelAbbreviated() {
        String tail = "x".repeat(40);
        List<String> rows = List.of("Haus der Ressourcen " + tail + "a", "Haus der Ressourcen Mainz");
        List<String> fitted = Svg.fitLabels(rows, Svg.MAX_LABEL_WIDTH - 16);
        // "Haus der Ressourcen " is shared and says nothing: it goes, an ellipsis says so
        assertThat(fitted.get(1)).isEqualTo("…Mainz");
        assertThat(fitted.get(0)).startsWith("…xxx").endsWith("…");
        assertThat(fitted).allSatisfy(l -> assertThat(Svg.textWidth(l)).isLessThanOrEqualTo(Svg.MAX_LABEL_WIDTH - 16));
        // labels that fit stay as they are; a lone label has nothing shared to drop
        assertThat(Svg.fitLabels(List.of("Haus A", "Haus B"), 100)).containsExactly("Haus A", "Haus B");
        assertThat(Svg.commonWords(List.of("Haus der Ressourcen Mainz"))).isEmpty();
        assertThat(Svg.commonWords(List.of("Haus A", "Haus B", "Hof C"))).isEmpty();
        // only whole words that leave something of every label: "Haus der" is one label in full
        assertThat(Svg.commonWords(List.of("Haus der", "Haus der Ressourcen"))).isEqualTo("Haus ");
    }

    @Test
    @DisplayName("a site × site heat map with long names turns the column names upright instead of cutting them")
    void heatColumnsRotated() {
        List<String> sites =
                List.of("Haus der Ressourcen Dresden", "Haus der Ressourcen Leipzig", "Haus der Ressourcen Köln");
        List<List<Cell>> cells = List.of(
                List.of(Cell.empty(), Cell.number(1), Cell.number(0)),
                List.of(Cell.number(1), Cell.empty(), Cell.number(2)),
                List.of(Cell.number(0), Cell.number(2), Cell.empty()));
        String svg = Svg.draw(new HeatMap("h", "d", sites, sites, cells), "chart-1", DE);
        List<Map<String, String>> columns = elements(svg, "text").stream()
                .filter(t -> "column".equals(t.get("class")))
                .toList();
        assertThat(columns)
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.get("transform")).startsWith("rotate(-90 "));
        // upright names are at most 190 long: "Haus der Ressourcen Leipzig" (> 190) loses the shared
        // words, for all columns alike; the full name stays as the title (and as the row label)
        assertThat(texts(svg, "column")).containsExactly("…Dresden", "…Leipzig", "…Köln");
        assertThat(svg).contains("<title>Haus der Ressourcen Köln</title>…Köln</text>");
        assertThat(texts(svg, "row")).containsExactlyElementsOf(sites);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static List<Map<String, String>> elements(String svg, String name) {
        List<Map<String, String>> found = new ArrayList<>();
        Matcher m = ELEMENT.matcher(svg);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher a = ATTR.matcher(m.group(2));
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2));
                }
                found.add(attributes);
            }
        }
        return found;
    }

    private static Map<String, String> byClass(String svg, String cls) {
        return List.of("line", "text", "rect").stream()
                .flatMap(n -> elements(svg, n).stream())
                .filter(e -> cls.equals(e.get("class")))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(String svg, String cls) {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<text class=\"" + cls + "\"[^>]*>(?:<title>[^<]*</title>)?([^<]*)</text>")
                .matcher(svg);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }
}
