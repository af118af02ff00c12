package org.hor.report.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.hor.report.document.BarChart;
import org.hor.report.document.Block;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.BulletList;
import org.hor.report.document.Cell;
import org.hor.report.document.Change;
import org.hor.report.document.Chart;
import org.hor.report.document.Document;
import org.hor.report.document.Fact;
import org.hor.report.document.FactList;
import org.hor.report.document.HeatMap;
import org.hor.report.document.Inline;
import org.hor.report.document.LineChart;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Row;
import org.hor.report.document.Section;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.TileGroup;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Renders the document itself as JSON, for tools that render it their own way: every block with a
 * {@code type}, cells with their exact values (numbers as JSON numbers in plain notation) and the
 * text the other renderers would show, charts with their data. The top-level object carries
 * {@code "formatVersion": 1}; members are written in a fixed order, indented by two spaces, with
 * {@code \n} line ends.
 */
public final class JsonRenderer implements Renderer {

    /** The version of the JSON layout; raised when a member changes meaning or is removed. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Creates the renderer; used by {@link java.util.ServiceLoader}. */
    public JsonRenderer() {}

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
            }
        };
        try (JsonGenerator g = FACTORY.createGenerator(context, out, JsonEncoding.UTF8)) {
            new Writer(g, new Formatter(document.locale())).document(document);
        }
        out.write('\n');
    }

    /** Writes one document. */
    private record Writer(JsonGenerator g, Formatter fmt) {

        void document(Document d) {
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", FORMAT_VERSION);
            g.writeStringProperty("title", d.title());
            g.writeStringProperty("subtitle", d.subtitle());
            g.writeStringProperty("locale", d.locale().toLanguageTag());
            facts(d.facts());
            blocks("body", d.body());
            g.writeEndObject();
        }

        private void blocks(String name, List<Block> blocks) {
            g.writeArrayPropertyStart(name);
            for (Block b : blocks) {
                block(b);
            }
            g.writeEndArray();
        }

        private void block(Block b) {
            g.writeStartObject();
            if (b instanceof Section s) {
                g.writeStringProperty("type", "section");
                g.writeStringProperty("heading", s.heading());
                blocks("body", s.body());
            } else if (b instanceof Paragraph p) {
                g.writeStringProperty("type", "paragraph");
                content(p);
            } else if (b instanceof BulletList l) {
                g.writeStringProperty("type", "list");
                g.writeArrayPropertyStart("items");
                for (Paragraph item : l.items()) {
                    g.writeStartObject();
                    content(item);
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else if (b instanceof FactList f) {
                g.writeStringProperty("type", "facts");
                facts(f.facts());
            } else if (b instanceof TileGroup t) {
                g.writeStringProperty("type", "tiles");
                g.writeArrayPropertyStart("tiles");
                for (Tile tile : t.tiles()) {
                    tile(tile);
                }
                g.writeEndArray();
            } else if (b instanceof Table t) {
                g.writeStringProperty("type", "table");
                table(t);
            } else if (b instanceof Chart c) {
                g.writeStringProperty("type", "chart");
                chart(c);
            } else {
                throw new IllegalStateException(
                        "unknown block type " + b.getClass().getName());
            }
            g.writeEndObject();
        }

        private void content(Paragraph p) {
            g.writeArrayPropertyStart("content");
            for (Inline run : p.content()) {
                g.writeStartObject();
                if (run instanceof Inline.Text t) {
                    g.writeStringProperty("type", "text");
                    g.writeStringProperty("text", t.text());
                } else if (run instanceof Inline.Strong s) {
                    g.writeStringProperty("type", "strong");
                    g.writeStringProperty("text", s.text());
                } else if (run instanceof Inline.Value v) {
                    g.writeStringProperty("type", "value");
                    g.writeName("cell");
                    cell(v.cell());
                } else {
                    throw new IllegalStateException(
                            "unknown inline type " + run.getClass().getName());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void facts(List<Fact> facts) {
            g.writeArrayPropertyStart("facts");
            for (Fact f : facts) {
                g.writeStartObject();
                g.writeStringProperty("label", f.label());
                g.writeName("value");
                cell(f.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void tile(Tile t) {
            g.writeStartObject();
            g.writeStringProperty("label", t.label());
            g.writeName("value");
            cell(t.value());
            g.writeArrayPropertyStart("changes");
            for (Change c : t.changes()) {
                g.writeStartObject();
                g.writeName("amount");
                cell(c.amount());
                g.writeStringProperty("tone", c.tone().name());
                g.writeStringProperty("label", c.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringProperty("note", t.note());
            g.writeEndObject();
        }

        private void table(Table t) {
            g.writeStringProperty("caption", t.caption());
            g.writeBooleanProperty("rowHeaders", t.rowHeaders());
            strings("columns", t.columns());
            g.writeArrayPropertyStart("rows");
            for (Row r : t.rows()) {
                g.writeStartObject();
                g.writeBooleanProperty("total", r.total());
                cells("cells", r.cells());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings("notes", t.notes());
        }

        private void chart(Chart c) {
            g.writeStringProperty("chartType", chartType(c));
            g.writeStringProperty("title", c.title());
            g.writeStringProperty("description", c.description());
            if (c instanceof LineChart l) {
                series(l.categories(), l.series());
            } else if (c instanceof BarChart b) {
                series(b.categories(), b.series());
            } else if (c instanceof StackedBarChart s) {
                series(s.categories(), s.series());
                g.writeArrayPropertyStart("totals");
                for (int i = 0; i < s.categories().size(); i++) {
                    cell(ChartData.total(s.series(), i));
                }
                g.writeEndArray();
            } else if (c instanceof BoxPlot p) {
                g.writeArrayPropertyStart("boxes");
                for (Box b : p.boxes()) {
                    g.writeStartObject();
                    g.writeStringProperty("label", b.label());
                    g.writeName("minimum");
                    cell(b.minimum());
                    g.writeName("lowerQuartile");
                    cell(b.lowerQuartile());
                    g.writeName("median");
                    cell(b.median());
                    g.writeName("upperQuartile");
                    cell(b.upperQuartile());
                    g.writeName("maximum");
                    cell(b.maximum());
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else if (c instanceof HeatMap h) {
                strings("rowLabels", h.rowLabels());
                strings("columnLabels", h.columnLabels());
                g.writeArrayPropertyStart("cells");
                for (List<Cell> row : h.cells()) {
                    g.writeStartArray();
                    for (Cell cell : row) {
                        cell(cell);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            } else {
                throw new IllegalStateException(
                        "unknown chart type " + c.getClass().getName());
            }
        }

        private static String chartType(Chart c) {
            if (c instanceof LineChart) {
                return "line";
            } else if (c instanceof BarChart) {
                return "bar";
            } else if (c instanceof StackedBarChart) {
                return "stackedBar";
            } else if (c instanceof BoxPlot) {
                return "boxPlot";
            } else if (c instanceof HeatMap) {
                return "heatMap";
            }
            throw new IllegalStateException("unknown chart type " + c.getClass().getName());
        }

        private void series(List<String> categories, List<Series> series) {
            strings("categories", categories);
            g.writeArrayPropertyStart("series");
            for (Series s : series) {
                g.writeStartObject();
                g.writeStringProperty("name", s.name());
                cells("values", s.values());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void strings(String name, List<String> values) {
            g.writeArrayPropertyStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }

        private void cells(String name, List<Cell> cells) {
            g.writeArrayPropertyStart(name);
            for (Cell c : cells) {
                cell(c);
            }
            g.writeEndArray();
        }

        /**
         * Writes a cell as {@code {"type": …, <its fields>, "text": <as shown>}}; a noted cell is
         * written as its value with an added {@code "note"}.
         */
        private void cell(Cell cell) {
            Cell c = cell.plain();
            g.writeStartObject();
            if (c instanceof Cell.Text t) {
                g.writeStringProperty("type", "text");
                g.writeStringProperty("text", t.text());
            } else if (c instanceof Cell.Quantity q) {
                g.writeStringProperty("type", "number");
                g.writeNumberProperty("value", q.value());
                g.writeStringProperty("unit", q.unit());
                g.writeNumberProperty("decimals", q.decimals());
                g.writeBooleanProperty("signed", q.signed());
            } else if (c instanceof Cell.Percent p) {
                g.writeStringProperty("type", "percent");
                g.writeNumberProperty("value", p.value());
                g.writeNumberProperty("decimals", p.decimals());
                g.writeBooleanProperty("signed", p.signed());
            } else if (c instanceof Cell.Money m) {
                g.writeStringProperty("type", "money");
                g.writeNumberProperty("value", m.amount());
                g.writeStringProperty("currency", m.currency());
                g.writeNumberProperty("decimals", m.decimals());
                g.writeBooleanProperty("signed", m.signed());
            } else if (c instanceof Cell.Date d) {
                g.writeStringProperty("type", "date");
                g.writeStringProperty("value", d.date().toString());
            } else if (c instanceof Cell.Status s) {
                g.writeStringProperty("type", "status");
                g.writeStringProperty("tone", s.tone().name());
                g.writeStringProperty("label", s.label());
            } else if (c instanceof Cell.Suppressed s) {
                g.writeStringProperty("type", "suppressed");
                g.writeNumberProperty("threshold", s.threshold());
            } else if (c instanceof Cell.Undefined u) {
                g.writeStringProperty("type", "undefined");
                g.writeStringProperty("reason", u.reason());
                g.writeStringProperty("message", u.message());
            } else if (c instanceof Cell.Empty) {
                g.writeStringProperty("type", "empty");
            } else {
                throw new IllegalStateException(
                        "unknown cell type " + c.getClass().getName());
            }
            if (!(c instanceof Cell.Text)) {
                g.writeStringProperty("text", fmt.format(c));
            }
            if (cell instanceof Cell.Noted n) {
                g.writeStringProperty("note", n.note());
            }
            g.writeEndObject();
        }
    }
}
