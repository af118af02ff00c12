package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.model.Exchange;
import org.hor.core.model.Organisation;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.report.builder.ReportType;
import org.hor.report.builder.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Renders the reports of a sample whose texts carry script payloads in headless Chromium: every
 * section heading is in the DOM, nothing executes, printing gives pages, and a 360 px screenshot is
 * taken (kept under {@code target/browser/} to look at). On CI Chromium is required (`.ci/run`
 * installs it); on a developer machine without it the test is skipped with that reason.
 */
class BrowserReportTest {

    static final String XSS = "<img src=x onerror=\"document.title='x'\">";
    static final String XSS_SVG = "<svg onload=\"document.title='svg'\"><script>document.title='s'</script>";
    static final Path OUT = Path.of("target", "browser");

    static HeadlessChromium chromium;
    static Path dataset;

    @BeforeAll
    static void setUp() throws IOException {
        Files.createDirectories(OUT);
        chromium = HeadlessChromium.find(OUT);
        if (chromium == null && System.getenv("CI") != null) {
            throw new IllegalStateException("Chromium is required on CI (.ci/run installs Debian's chromium)");
        }
        Dataset d = SampleGenerator.generate(SampleParameters.defaults().withDeliveries(6000));
        dataset = OUT.resolve("hostile-sample.json");
        Files.write(dataset, DatasetWriter.create().toBytes(hostile(d)));
    }

    /** Puts payloads into every free text that can reach a report. */
    static Dataset hostile(Dataset d) {
        List<Site> sites = new ArrayList<>();
        for (Site s : d.sites()) {
            boolean first = s.id().equals(d.sites().get(0).id());
            sites.add(
                    first
                            ? new Site(
                                    s.id(),
                                    XSS,
                                    XSS_SVG,
                                    s.state(),
                                    "javascript:alert(1)",
                                    s.carrierType(),
                                    s.coverage(),
                                    s.start(),
                                    s.end())
                            : s);
        }
        List<Organisation> orgs = new ArrayList<>();
        for (Organisation o : d.organisations()) {
            Map<String, String> attributes = new LinkedHashMap<>(o.attributes());
            attributes.put("note", XSS);
            orgs.add(new Organisation(o.id(), XSS, o.type(), o.legalForm(), o.migrantLed(), o.founded(), attributes));
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (Exchange x : d.exchanges()) {
            exchanges.add(new Exchange(x.id(), x.date(), x.format(), x.hostSiteId(), x.siteIds(), XSS_SVG));
        }
        return new Dataset(
                d.formatVersion(),
                d.asOf(),
                new Programme(d.programme().id(), XSS, "\" style=\"x"),
                sites,
                orgs,
                d.offers(),
                d.deliveries(),
                d.cooperations(),
                d.outcomes(),
                exchanges,
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
    }

    @Test
    @DisplayName("the programme report opens in Chromium with every section, nothing executed, printable, 360 px wide")
    void programmeReport() throws Exception {
        check(ReportType.PROGRAMME, "programme", "--programme");
    }

    @Test
    @DisplayName("the site report opens in Chromium with every section, nothing executed, printable, 360 px wide")
    void siteReport() throws Exception {
        check(ReportType.SITE, "site", "--site", "S-01", "--attribute", "note");
    }

    private void check(ReportType type, String name, String... subject) throws Exception {
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium); .ci/run installs it");
        Path html = OUT.resolve(name + ".html");
        List<String> args =
                new ArrayList<>(List.of("--lang", "de", "report", dataset.toString(), "-o", html.toString()));
        args.addAll(List.of(subject));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String source = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(source).doesNotContain(XSS).doesNotContain("<script").doesNotContain("<svg onload");

        String dom = chromium.dumpDom(html);
        for (String heading : Reports.sectionHeadings(type, Locale.GERMAN)) {
            assertThat(dom).as("section heading %s", heading).contains(heading);
        }
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(dom);
        assertThat(title.find()).isTrue();
        // had any payload run, it would have set the title to x, svg or s
        assertThat(title.group(1))
                .startsWith(type == ReportType.SITE ? "Standortbericht 2025" : "Programmbericht 2025");
        assertThat(dom).doesNotContain("<img").doesNotContain("<svg onload").doesNotContain("<script");

        Path pdf = chromium.printToPdf(html, OUT.resolve(name + ".pdf"));
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(pdfText).startsWith("%PDF");
        assertThat(Pattern.compile("/Type\\s*/Page[^s]")
                        .matcher(pdfText)
                        .results()
                        .count())
                .isGreaterThanOrEqualTo(1);

        Path png = chromium.screenshot(html, OUT.resolve(name + "-360.png"), 360, 2000);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
    }
}
