package org.hor.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.report.render.SampleDocuments.d;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.report.document.BarChart;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.Cell;
import org.hor.report.document.Change;
import org.hor.report.document.Document;
import org.hor.report.document.Fact;
import org.hor.report.document.HeatMap;
import org.hor.report.document.Inline;
import org.hor.report.document.Series;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.Tone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static final Renderer HTML = Renderers.load().get("html");
    /** An organisation name that would run a script if it reached the page unescaped. */
    private static final String EVIL = "<img src=x onerror=\"document.title='x'\">";

    private static final String EVIL_ESCAPED = "&lt;img src=x onerror=&quot;document.title=&#39;x&#39;&quot;&gt;";
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"[^\"]*\"");
    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link");

    private static String html(Document doc) {
        return new String(HTML.renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
    }

    /** A document that puts the hostile string in every place data can reach: 27 places. */
    private static Document hostile() {
        return Document.builder(EVIL, Locale.GERMAN) // 1 title (+ <title>: 2)
                .subtitle(EVIL) // 3
                .fact(EVIL, Cell.text(EVIL)) // 4, 5
                .section(
                        EVIL,
                        s -> s // 6 heading, 7 toc
                                .paragraph(Inline.text(EVIL), Inline.strong(EVIL)) // 8, 9
                                .bullets(EVIL) // 10
                                .tiles(new Tile(
                                        EVIL,
                                        Cell.status(Tone.NEUTRAL, EVIL), // 11, 12
                                        List.of(new Change(Cell.number(1), Tone.POSITIVE, EVIL)),
                                        EVIL)) // 13, 14
                                .table(Table.builder(EVIL)
                                        .columns(EVIL, "n") // 15, 16
                                        .row(
                                                Cell.text(EVIL),
                                                Cell.undefined("FAILED", EVIL)) // 17; 18 abbr title, 19 footnote
                                        .note(EVIL)
                                        .build())) // 20
                .section(
                        "Charts",
                        s -> s.chart(BarChart.of(EVIL, EVIL, List.of(EVIL), Series.of(EVIL, Cell.number(1))))
                                .chart(new BoxPlot(
                                        "b",
                                        "b",
                                        List.of(new Box(
                                                EVIL,
                                                Cell.number(1),
                                                Cell.number(2),
                                                Cell.number(3),
                                                Cell.number(4),
                                                Cell.number(5)))))
                                .chart(new HeatMap(
                                        "h", "h", List.of(EVIL), List.of(EVIL), List.of(List.of(Cell.number(1))))))
                .build();
    }

    @Test
    @DisplayName("a hostile organisation name comes out inert in every place data can reach")
    void escapesEverywhere() {
        String html = html(hostile());

        assertThat(html).doesNotContain("<img").doesNotContain("<script").doesNotContain("'x'");
        assertThat(attributes(html)).noneMatch(a -> a.toLowerCase(Locale.ROOT).startsWith("on"));
        // every occurrence of the hostile text is escaped, whole or (in narrow chart labels) truncated
        assertThat(html).doesNotContain("onerror=\"");
        assertThat(count(html, "&lt;img src=x onerror=")).isEqualTo(count(html, "onerror="));
        assertThat(count(html, EVIL_ESCAPED)).isGreaterThanOrEqualTo(30);
        assertThat(html)
                .contains("<h1>" + EVIL_ESCAPED + "</h1>")
                .contains("<title>" + EVIL_ESCAPED + "</title>")
                .contains("<p class=\"subtitle\">" + EVIL_ESCAPED + "</p>")
                .contains("<dt>" + EVIL_ESCAPED + "</dt><dd>" + EVIL_ESCAPED + "</dd>")
                .contains("<p>" + EVIL_ESCAPED + "<strong>" + EVIL_ESCAPED + "</strong></p>")
                .contains("<li>" + EVIL_ESCAPED + "</li>")
                .contains("<p class=\"tile-label\">" + EVIL_ESCAPED + "</p>")
                .contains("<span class=\"badge tone-neutral\">" + EVIL_ESCAPED + "</span>")
                .contains("+1 " + EVIL_ESCAPED + "</p>")
                .contains("<p class=\"tile-note\">" + EVIL_ESCAPED + "</p>")
                .contains("-caption\">" + EVIL_ESCAPED + "</caption>")
                .contains("<th scope=\"col\">" + EVIL_ESCAPED + "</th>")
                .contains("<th scope=\"row\">" + EVIL_ESCAPED + "</th>")
                .contains("title=\"Berechnung fehlgeschlagen: " + EVIL_ESCAPED + "\"")
                .contains("\">– Berechnung fehlgeschlagen: " + EVIL_ESCAPED + "</li>")
                .contains("<p class=\"table-notes\">" + EVIL_ESCAPED + "</p>")
                .contains("<figcaption>" + EVIL_ESCAPED + "</figcaption>")
                .contains("<desc id=\"chart-1-desc\">" + EVIL_ESCAPED + "</desc>")
                .contains("<p class=\"chart-desc\">" + EVIL_ESCAPED + "</p>");
        assertWellFormed(html);
    }

    @Test
    @DisplayName("control characters and lone surrogates in data become U+FFFD")
    void controlCharacters() {
        String html =
                html(Document.builder("a\u0000b\u0007c\uD800d", Locale.GERMAN).build());
        assertThat(html).contains("<h1>a\uFFFDb\uFFFDc\uFFFDd</h1>");
    }

    @Test
    @DisplayName("the file is self-contained: no script, no external URL, no JavaScript handlers, inline CSS and SVG")
    void selfContained() {
        String html = html(SampleDocuments.allCharts(Locale.ENGLISH));

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContain("http:")
                .doesNotContain("https:")
                .doesNotContain("url(")
                .doesNotContain("@import")
                .doesNotContain("<link")
                .doesNotContain("<img")
                .doesNotContain("src=");
        assertThat(attributes(html)).noneMatch(a -> a.startsWith("on"));
        assertThat(html)
                .contains("<style>")
                .contains("<svg class=\"chart-svg chart-line\"")
                .contains("default-src 'none'; style-src 'unsafe-inline'")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("@page{size:A4;")
                .contains("@media print{")
                .contains("@media (max-width:480px){")
                .contains(".table-wrap{overflow-x:auto;")
                .contains("grid-template-columns:repeat(auto-fill,minmax(11rem,1fr))")
                .contains("<html lang=\"en\">");
        assertThat(count(html, "<svg ")).isEqualTo(5);
        assertThat(count(html, "role=\"img\"")).isEqualTo(5);
        assertWellFormed(html);
    }

    @Test
    @DisplayName("every chart has a title, a desc, an accessible name and a data table; ids follow the position")
    void chartsAreAccessible() {
        String html = html(SampleDocuments.allCharts(Locale.ENGLISH));
        for (int i = 1; i <= 5; i++) {
            assertThat(html)
                    .contains("<figure class=\"chart\" id=\"chart-" + i + "\">")
                    .contains("aria-labelledby=\"chart-" + i + "-title chart-" + i + "-desc\"")
                    .contains("<title id=\"chart-" + i + "-title\">")
                    .contains("<desc id=\"chart-" + i + "-desc\">")
                    .contains("<table id=\"chart-" + i + "-data\">");
        }
        assertThat(count(html, "<summary>Chart data</summary>")).isEqualTo(5);
        String without = new String(
                HTML.renderToBytes(
                        SampleDocuments.allCharts(Locale.ENGLISH),
                        RenderOptions.defaults().withChartData(false)),
                StandardCharsets.UTF_8);
        assertThat(without).doesNotContain("<details").contains("<p class=\"chart-desc\">A line.</p>");
    }

    @Test
    @DisplayName("tables have a caption, column and row header cells, numeric alignment, a marked total row")
    void tables() {
        String html = html(SampleDocuments.small(Locale.GERMAN));

        assertThat(html)
                .contains("<caption id=\"table-1-caption\">Angebote nach Art</caption>")
                .contains("<tr><th scope=\"col\">Angebot</th><th scope=\"col\" class=\"num\">Organisationen</th>")
                .contains("<th scope=\"col\">Ziel</th>")
                .contains(
                        "<tr><th scope=\"row\">Beratung</th><td class=\"num\">30</td><td class=\"num\">71,4\u00A0%</td>"
                                + "<td class=\"num\">1.234,5\u00A0h</td><td><span class=\"badge tone-positive\">erreicht</span></td></tr>")
                .contains("<tr class=\"total\"><th scope=\"row\">Gesamt</th><td class=\"num\">42</td>")
                .contains(
                        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-1-caption\">");
    }

    @Test
    @DisplayName("suppressed cells show < k with a footnote; undefined cells a dash with the reason and a legend")
    void suppressedAndUndefined() {
        String html = html(SampleDocuments.small(Locale.GERMAN));

        assertThat(html)
                .contains("<span class=\"suppressed\" title=\"unterdrückt\">&lt;\u00A03</span>"
                        + "<sup class=\"fn\"><a href=\"#note-1\" aria-label=\"Anmerkung 1\">1</a></sup>")
                .contains("<abbr class=\"undefined\" title=\"keine Bezugsgröße (Nenner 0)\">–</abbr>"
                        + "<sup class=\"fn\"><a href=\"#note-2\"")
                .contains("<li id=\"note-1\" value=\"1\">Wert unterdrückt: weniger als 3 Fälle.")
                .contains("<li id=\"note-2\" value=\"2\">– keine Bezugsgröße (Nenner 0)</li>")
                .contains("<li id=\"note-3\" value=\"3\">– keine Daten</li>")
                .contains("<p class=\"notes-title\">Anmerkungen</p>");
        // the same note is listed once although two cells of the table are suppressed
        assertThat(count(html, "id=\"note-1\"")).isEqualTo(1);
    }

    @Test
    @DisplayName("tiles show the value, the signed change with arrow, tone and a readable direction, and the note")
    void tiles() {
        String html = html(SampleDocuments.small(Locale.GERMAN));

        assertThat(html)
                .contains("<p class=\"tile-label\">Organisationen</p>\n<p class=\"tile-value\">42</p>\n"
                        + "<p class=\"tile-change tone-positive\"><span aria-hidden=\"true\">▲</span> "
                        + "<span class=\"vh\">gestiegen</span>+5 ggü. 2025</p>")
                // "1.234,50 €" has 10 characters, more than 8: set smaller so it fits the tile
                .contains(
                        "<p class=\"tile-value long\">1.234,50\u00A0€</p>\n<p class=\"tile-change tone-negative\">"
                                + "<span aria-hidden=\"true\">▼</span> <span class=\"vh\">gesunken</span>\u2212200,00\u00A0€ ggü. 2025</p>")
                .contains("<p class=\"tile-note\">nur Mikroförderung</p>");
    }

    @Test
    @DisplayName(
            "long texts never overflow: headings and cells may break, headers wrap, wide tables are set smaller in print")
    void fitting() {
        Document doc = Document.builder("t", Locale.GERMAN)
                .table(Table.builder("wide")
                        .columns("a", "b", "c", "d", "e", "f", "g", "h")
                        .row(
                                Cell.text("x"),
                                Cell.number(1),
                                Cell.number(2),
                                Cell.number(3),
                                Cell.number(4),
                                Cell.number(5),
                                Cell.number(6),
                                Cell.number(7))
                        .build())
                .table(Table.builder("narrow")
                        .columns("a", "Anteil Organisationen mit Wirkung")
                        .row(Cell.text("x"), Cell.number(1))
                        .build())
                .build();
        String html = html(doc);
        // 8 columns are more than 7: class wide; 2 columns: none
        assertThat(html).contains("<table id=\"table-1\" class=\"wide\">").contains("<table id=\"table-2\">");
        assertThat(html)
                .contains("h1,h2,h3,h4,h5,h6{")
                .contains("overflow-wrap:anywhere")
                .contains("thead th.num{white-space:normal;")
                .contains(".tile-value.long{");
    }

    @Test
    @DisplayName("heat-map text is white on dark cells and dark on light cells, and the page's CSS cannot override it")
    void heatMapText() {
        Document doc = Document.builder("t", Locale.GERMAN)
                .chart(new HeatMap(
                        "h", "d", List.of("r"), List.of("lo", "hi"), List.of(List.of(Cell.number(0), Cell.number(10)))))
                .build();
        String html = html(doc);
        // the stylesheet sets .chart-svg text{fill:…}, which beats a fill attribute: the inline style wins
        assertThat(html)
                .contains("fill=\"#1a202c\" style=\"fill:#1a202c\">0</text>")
                .contains("fill=\"#ffffff\" style=\"fill:#ffffff\">10</text>");
    }

    @Test
    @DisplayName("a table of contents links the top-level sections, and later top-level sections start a printed page")
    void tocAndPageBreaks() {
        String html = html(SampleDocuments.small(Locale.GERMAN));

        assertThat(html)
                .contains(
                        "<li><a href=\"#section-1\">Kennzahlen</a></li>\n<li><a href=\"#section-2\">Angebote</a></li>")
                .contains(
                        "<section id=\"section-1\" class=\"level-1\" aria-labelledby=\"section-1-h\">\n<h2 id=\"section-1-h\">Kennzahlen</h2>")
                .contains("<section id=\"section-2\" class=\"level-1 page-break\"")
                .contains(
                        "<section id=\"section-2-1\" class=\"level-2\" aria-labelledby=\"section-2-1-h\">\n<h3 id=\"section-2-1-h\">Entwicklung</h3>");
        String plain = new String(
                HTML.renderToBytes(
                        SampleDocuments.small(Locale.GERMAN),
                        RenderOptions.defaults().withPageBreaks(false).withTableOfContents(false)),
                StandardCharsets.UTF_8);
        assertThat(plain).doesNotContain("page-break\"").doesNotContain("<nav");
    }

    @Test
    @DisplayName("rendering the same document twice gives identical bytes")
    void deterministic() {
        byte[] first = HTML.renderToBytes(SampleDocuments.small(Locale.GERMAN), RenderOptions.defaults());
        byte[] second = HTML.renderToBytes(SampleDocuments.small(Locale.GERMAN), RenderOptions.defaults());
        byte[] charts1 = HTML.renderToBytes(SampleDocuments.allCharts(Locale.ENGLISH), RenderOptions.defaults());
        byte[] charts2 = HTML.renderToBytes(SampleDocuments.allCharts(Locale.ENGLISH), RenderOptions.defaults());
        assertThat(first).isEqualTo(second);
        assertThat(charts1).isEqualTo(charts2);
    }

    @Test
    @DisplayName("English documents get English labels and number formats")
    void english() {
        Document doc = Document.builder("Report", Locale.UK)
                .facts(new Fact("As of", Cell.date(java.time.LocalDate.of(2026, 11, 25))))
                .table(Table.builder("t")
                        .columns("a", "b", "c")
                        .row(Cell.percent(d("1234.5")), Cell.euro(d("1234.5")), Cell.suppressed(5))
                        .build())
                .build();
        String html = html(doc);
        assertThat(html)
                .contains("<dd>25 Nov 2026</dd>")
                .contains(">1,234.5%<")
                .contains(">€1,234.50<")
                .contains("<p class=\"notes-title\">Notes</p>")
                .contains("Value suppressed: fewer than 5 cases.");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static List<String> attributes(String html) {
        List<String> names = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            Matcher a = ATTRIBUTE.matcher(tags.group(3));
            while (a.find()) {
                names.add(a.group(1));
            }
            // nothing but quoted attributes may follow the tag name
            assertThat(ATTRIBUTE
                            .matcher(tags.group(3))
                            .replaceAll("")
                            .replace("/", "")
                            .trim())
                    .as("unquoted attribute text in %s", tags.group())
                    .isEmpty();
        }
        return names;
    }

    /** Checks that every element is closed in order (void elements and self-closing SVG aside). */
    private static void assertWellFormed(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
        String body = html.substring("<!DOCTYPE html>\n".length());
        Deque<String> open = new ArrayDeque<>();
        Matcher tags = TAG.matcher(body);
        int tagCount = 0;
        while (tags.find()) {
            tagCount++;
            String name = tags.group(2).toLowerCase(Locale.ROOT);
            if (!tags.group(1).isEmpty()) {
                assertThat(open).as("closing </%s> at %d", name, tags.start()).isNotEmpty();
                assertThat(open.pop())
                        .as("closing </%s> at %d", name, tags.start())
                        .isEqualTo(name);
            } else if (tags.group(4).isEmpty() && !VOID.contains(name)) {
                open.push(name);
            }
        }
        assertThat(open).isEmpty();
        // every '<' in the file starts a tag: data never adds one
        assertThat(count(body, "<")).isEqualTo(tagCount);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
