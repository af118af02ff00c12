package org.hor.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hor.report.document.BarChart;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.Cell;
import org.hor.report.document.Change;
import org.hor.report.document.Document;
import org.hor.report.document.HeatMap;
import org.hor.report.document.Inline;
import org.hor.report.document.LineChart;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.Tone;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.hor.report.render.internal.FormatKit;
import org.hor.report.testing.SampleReports;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A small document with the payload in every place data can reach, and every kind of cell and chart. */
class HostileDocumentTest {

    static final String EVIL = SampleReports.HOSTILE;

    static Document hostile() {
        return Document.builder(EVIL, Locale.ENGLISH)
                .subtitle(EVIL)
                .fact(EVIL, Cell.text(EVIL))
                .section(
                        EVIL,
                        s -> s.paragraph(
                                        Inline.text(EVIL),
                                        Inline.strong(EVIL),
                                        Inline.value(Cell.noted(Cell.number(7), EVIL)))
                                .bullets(EVIL, "second \u0007 bell and \uD800 lone surrogate")
                                .tiles(new Tile(
                                        EVIL,
                                        Cell.status(Tone.NEGATIVE, EVIL),
                                        List.of(new Change(Cell.number(1), Tone.POSITIVE, EVIL)),
                                        EVIL))
                                .table(Table.builder(EVIL)
                                        .columns(EVIL, "n", "m")
                                        .row(Cell.text(EVIL), Cell.undefined("FAILED", EVIL), Cell.suppressed(3))
                                        .totalRow(
                                                Cell.text("Σ"),
                                                Cell.percent(new BigDecimal("12.5")),
                                                Cell.euro(new BigDecimal("1234.5")))
                                        .note(EVIL)
                                        .build()))
                .section(
                        "Charts",
                        s -> s.chart(BarChart.of(EVIL, EVIL, List.of(EVIL), Series.of(EVIL, Cell.number(1))))
                                .chart(LineChart.of(
                                        EVIL, EVIL, List.of("a", "b"), Series.of(EVIL, Cell.number(1), Cell.number(3))))
                                .chart(StackedBarChart.of(
                                        EVIL,
                                        EVIL,
                                        List.of("a"),
                                        Series.of(EVIL, Cell.number(1)),
                                        Series.of("y", Cell.number(2))))
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
    @DisplayName(
            "the payload in every place stays text, passes PDF/UA-1 and PDF/A-2a, and a document without a date is dated 2000-01-01")
    void everyPlace() throws Exception {
        byte[] bytes = Renderers.load().get("pdf").renderToBytes(hostile(), RenderOptions.defaults());
        Files.createDirectories(PdfRendererTest.OUT);
        Files.write(PdfRendererTest.OUT.resolve("hostile-document.pdf"), bytes);
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_A)).isEmpty();
        try (PDDocument d = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(d);
            // title, subtitle, fact label and value, heading, two runs, bullet, tile label/status/change/note,
            // caption, header, cell, undefined note, table note: at least 16 whole copies of the markup
            int copies = text.split(java.util.regex.Pattern.quote(SampleReports.XSS), -1).length - 1;
            assertThat(copies).isGreaterThanOrEqualTo(16);
            assertThat(text).contains("second \uFFFD bell and \uFFFD lone surrogate");
            assertThat(d.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    @DisplayName(
            "text cleaning replaces controls, lone surrogates and non-characters, and keeps bidi controls and scripts")
    void cleaning() {
        assertThat(FormatKit.clean("a\u0000b\u001Fc\u007Fd\u009Fe")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(FormatKit.clean("tab\tnl\ncr\r")).isEqualTo("tab\tnl\ncr\r");
        assertThat(FormatKit.clean("x\uDC00y\uFDD0z\uFFFE")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD");
        assertThat(FormatKit.clean(SampleReports.BIDI)).isEqualTo(SampleReports.BIDI);
        assertThat(FormatKit.clean("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
        String same = "unchanged";
        assertThat(FormatKit.clean(same)).isSameAs(same);
    }
}
