package org.hor.report.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hor.report.document.BarChart;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.Cell;
import org.hor.report.document.Change;
import org.hor.report.document.Document;
import org.hor.report.document.Fact;
import org.hor.report.document.HeatMap;
import org.hor.report.document.Inline;
import org.hor.report.document.LineChart;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.Tone;

/** Small hand-built documents shared by the renderer tests. */
public final class SampleDocuments {

    private SampleDocuments() {}

    /** Returns a decimal from its string form. */
    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A small site report in {@code locale}: tiles, a table with every cell kind, two charts. */
    public static Document small(Locale locale) {
        return Document.builder("Standortbericht 2026", locale)
                .subtitle("Haus der Ressourcen Musterstadt")
                .fact("Stand", Cell.date(LocalDate.of(2026, 11, 25)))
                .section(
                        "Kennzahlen",
                        s -> s.paragraph(
                                        Inline.text("Im Jahr 2026 wurden "),
                                        Inline.value(Cell.number(42)),
                                        Inline.text(" Organisationen erreicht, "),
                                        Inline.strong("mehr als im Vorjahr"),
                                        Inline.text("."))
                                .tiles(
                                        Tile.of(
                                                "Organisationen",
                                                Cell.number(42),
                                                new Change(Cell.number(5), Tone.POSITIVE, "ggü. 2025")),
                                        new Tile(
                                                "Fördersumme",
                                                Cell.euro(d("1234.5")),
                                                List.of(new Change(Cell.euro(d("-200")), Tone.NEGATIVE, "ggü. 2025")),
                                                "nur Mikroförderung")))
                .section(
                        "Angebote",
                        s -> s.table(Table.builder("Angebote nach Art")
                                        .columns("Angebot", "Organisationen", "Anteil", "Stunden", "Ziel")
                                        .row(
                                                Cell.text("Beratung"),
                                                Cell.number(30),
                                                Cell.percent(d("71.43")),
                                                Cell.number(d("1234.5"), "h", 1),
                                                Cell.status(Tone.POSITIVE, "erreicht"))
                                        .row(
                                                Cell.text("Qualifizierung"),
                                                Cell.suppressed(3),
                                                Cell.suppressed(3),
                                                Cell.number(d("12"), "h", 1),
                                                Cell.status(Tone.NEGATIVE, "verfehlt"))
                                        .row(
                                                Cell.text("Raumvergabe"),
                                                Cell.number(0),
                                                Cell.undefined("NO_DENOMINATOR"),
                                                Cell.undefined("NO_DATA"),
                                                Cell.empty())
                                        .totalRow(
                                                Cell.text("Gesamt"),
                                                Cell.number(42),
                                                Cell.percent(d("100")),
                                                Cell.number(d("1246.5"), "h", 1),
                                                Cell.empty())
                                        .note("Quelle: Monitoring-Daten des Standorts")
                                        .build())
                                .section(
                                        "Entwicklung",
                                        sub -> sub.chart(LineChart.of(
                                                        "Organisationen je Jahr",
                                                        "Die Zahl stieg von 30 auf 42.",
                                                        List.of("2024", "2025", "2026"),
                                                        Series.of(
                                                                "Organisationen",
                                                                Cell.number(30),
                                                                Cell.undefined("NO_DATA"),
                                                                Cell.number(42))))
                                                .chart(StackedBarChart.of(
                                                        "Stunden nach Säule",
                                                        "Beratung überwiegt.",
                                                        List.of("2025", "2026"),
                                                        Series.of("Beratung", Cell.number(10), Cell.number(20)),
                                                        Series.of(
                                                                "Vernetzung",
                                                                Cell.number(5),
                                                                Cell.undefined("NO_DATA"))))))
                .build();
    }

    /** A document with every chart kind, for HTML structure tests. */
    public static Document allCharts(Locale locale) {
        return Document.builder("Charts", locale)
                .section(
                        "Charts",
                        s -> s.chart(LineChart.of(
                                        "Line",
                                        "A line.",
                                        List.of("a", "b"),
                                        Series.of("x", Cell.number(1), Cell.number(2)),
                                        Series.of("y", Cell.percent(d("50")), Cell.suppressed(3))))
                                .chart(BarChart.of(
                                        "Bar",
                                        "Bars.",
                                        List.of("a", "b"),
                                        Series.of("x", Cell.number(1), Cell.number(2))))
                                .chart(StackedBarChart.of(
                                        "Stacked",
                                        "Stacks.",
                                        List.of("a"),
                                        Series.of("x", Cell.number(1)),
                                        Series.of("y", Cell.number(2))))
                                .chart(new BoxPlot(
                                        "Box",
                                        "Boxes.",
                                        List.of(new Box(
                                                "g",
                                                Cell.number(1),
                                                Cell.number(2),
                                                Cell.number(3),
                                                Cell.number(4),
                                                Cell.number(5)))))
                                .chart(new HeatMap(
                                        "Heat",
                                        "Heat.",
                                        List.of("r"),
                                        List.of("c1", "c2"),
                                        List.of(List.of(Cell.number(1), Cell.status(Tone.WARNING, "offen"))))))
                .section(
                        "Facts",
                        s -> s.facts(new Fact("Träger", Cell.text("Verein"))).bullets("eins", "zwei"))
                .build();
    }
}
