package org.hor.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.report.render.SampleDocuments.d;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class JsonRendererTest {

    private static final Renderer JSON = Renderers.load().get("json");

    private static String json(Document doc) {
        return new String(JSON.renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the JSON starts with formatVersion 1 and is well-formed, ending with one line feed")
    void header() {
        String json = json(SampleDocuments.small(Locale.GERMAN));
        assertThat(json)
                .startsWith("{\n  \"formatVersion\" : 1,\n  \"title\" : \"Standortbericht 2026\",\n"
                        + "  \"subtitle\" : \"Haus der Ressourcen Musterstadt\",\n  \"locale\" : \"de\",")
                .endsWith("}\n");
        int depth = 0;
        int tokens = 0;
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            }
        }
        assertThat(depth).isZero();
        assertThat(tokens).isGreaterThan(100);
    }

    @Test
    @DisplayName("cells carry exact values in plain notation, their kind and the text as shown")
    void cells() {
        Document doc = Document.builder("t", Locale.GERMAN)
                .table(Table.builder("c")
                        .columns("a", "b", "c", "d")
                        .row(
                                Cell.percent(d("71.43")),
                                Cell.number(d("1E+3")),
                                Cell.suppressed(3),
                                Cell.undefined("FAILED", "boom \"x\""))
                        .build())
                .build();
        String json = json(doc);
        assertThat(json)
                .contains("\"type\" : \"percent\",\n")
                .contains("\"value\" : 71.43,\n")
                .contains("\"text\" : \"71,4\u00A0%\"")
                .contains("\"value\" : 1000,\n")
                .contains("\"type\" : \"suppressed\",\n")
                .contains("\"threshold\" : 3,\n")
                .contains("\"reason\" : \"FAILED\",\n")
                .contains("\"message\" : \"boom \\\"x\\\"\",\n")
                .doesNotContain("E+3");
    }

    @Test
    @DisplayName("numeric cells say whether they are signed changes, and the text shows the sign")
    void signedCells() {
        Document doc = Document.builder("t", Locale.GERMAN)
                .table(Table.builder("c")
                        .columns("a", "b")
                        .row(Cell.number(19).asChange(), Cell.number(-2))
                        .build())
                .build();
        // compare without the indentation, which depends on the nesting
        String json = json(doc).replaceAll("\n\\s+", "\n");
        assertThat(json)
                .contains(
                        "\"value\" : 19,\n\"unit\" : \"\",\n\"decimals\" : 0,\n\"signed\" : true,\n\"text\" : \"+19\"")
                .contains(
                        "\"value\" : -2,\n\"unit\" : \"\",\n\"decimals\" : 0,\n\"signed\" : false,\n\"text\" : \"-2\"");
    }

    @Test
    @DisplayName("charts are written with their data, stacked bars with their totals")
    void charts() {
        Document doc = Document.builder("t", Locale.ENGLISH)
                .chart(StackedBarChart.of(
                        "s", "alt", List.of("2025"), Series.of("a", Cell.number(2)), Series.of("b", Cell.number(3))))
                .build();
        String json = json(doc);
        assertThat(json)
                .contains("\"type\" : \"chart\",\n")
                .contains("\"chartType\" : \"stackedBar\",\n")
                .contains("\"description\" : \"alt\",\n")
                .contains("\"categories\" : [\n        \"2025\"\n      ],")
                .contains("\"totals\" : [\n");
        assertThat(json.substring(json.indexOf("\"totals\""))).contains("\"value\" : 5,");
    }

    @Test
    @DisplayName("the same document gives the same bytes")
    void deterministic() {
        assertThat(JSON.renderToBytes(SampleDocuments.allCharts(Locale.GERMAN), RenderOptions.defaults()))
                .isEqualTo(JSON.renderToBytes(SampleDocuments.allCharts(Locale.GERMAN), RenderOptions.defaults()));
    }
}
