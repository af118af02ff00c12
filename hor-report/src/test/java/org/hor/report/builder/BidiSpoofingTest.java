package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.indicators.Engine;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.evaluation.SupportTexts;
import org.hor.indicators.output.FindingsBriefing;
import org.hor.report.document.Bidi;
import org.hor.report.document.Document;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 11: a text from the data that ends in U+202E (or holds other bidi controls) must
 * not reorder the text after it: "30" must not read "03". Every text field of a dataset carries a
 * payload; no payload control may act outside an isolate in the HTML, Markdown and plain-text outputs.
 */
class BidiSpoofingTest {

    private static final String RLO = "\u202E";
    private static final String RLE = "\u202B";
    private static final String RLI = "\u2067";
    private static final String PDI = "\u2069";
    private static final String PDF = "\u202C";

    @Test
    @DisplayName("balance drops unmatched closers and closes what is left open; isolate wraps in FSI … PDI")
    void balance() {
        assertThat(Bidi.balance("plain")).isEqualTo("plain");
        assertThat(Bidi.balance("Haus" + RLO)).isEqualTo("Haus" + RLO + PDF);
        assertThat(Bidi.balance(PDI + "x" + PDF)).isEqualTo("x");
        assertThat(Bidi.balance("a" + RLI + "b")).isEqualTo("a" + RLI + "b" + PDI);
        // a PDF does not close across an isolate; a PDI closes the isolate and the embedding in it
        assertThat(Bidi.balance(RLI + RLE + "x" + PDI + PDF)).isEqualTo(RLI + RLE + "x" + PDI);
        assertThat(Bidi.balance(RLE + RLI + "x" + PDF)).isEqualTo(RLE + RLI + "x" + PDI + PDF);
        assertThat(Bidi.isolate("Haus" + RLO)).isEqualTo("\u2068Haus" + RLO + PDF + PDI);
        assertThat(Bidi.isolate("x" + PDI)).isEqualTo("\u2068x" + PDI);
        assertThat(Bidi.isolate("")).isEmpty();
    }

    /** A dataset with a bidi payload at the end (and the start) of every text field. */
    private static Dataset hostile() {
        String[] payloads = {RLO, RLE, RLI, PDI + RLO, RLO + RLI, "\u2066" + RLE + RLO};
        int[] n = {0};
        java.util.function.Function<String, String> p = s -> {
            String payload = payloads[n[0]++ % payloads.length];
            return payload + s + payload;
        };
        List<Site> sites = List.of(
                new Site(
                        "S-A",
                        p.apply("Haus Alpha"),
                        p.apply("Leipzig"),
                        "DE-SN",
                        p.apply("Alpha e.V."),
                        CarrierType.CONSORTIUM,
                        Coverage.CITY,
                        LocalDate.of(2023, 4, 1),
                        null),
                new Site(
                        "S-B",
                        p.apply("Haus Beta"),
                        p.apply("Dresden"),
                        "DE-SN",
                        p.apply("Beta gGmbH"),
                        CarrierType.MIGRANT_UMBRELLA,
                        Coverage.REGION,
                        LocalDate.of(2024, 1, 1),
                        null));
        List<Organisation> orgs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            orgs.add(new Organisation(
                    "O" + i,
                    p.apply("Verein " + i),
                    OrganisationType.OTHER,
                    LegalForm.OTHER,
                    null,
                    null,
                    Map.of("lang", p.apply("de"))));
        }
        List<Offer> offers = List.of(
                new Offer("F-A1", "S-A", OfferType.CONSULTING, p.apply("Beratung")),
                new Offer("F-B1", "S-B", OfferType.TRAINING, p.apply("Workshop")));
        List<Delivery> deliveries = List.of(
                new Delivery("D1", "F-A1", "O1", LocalDate.of(2024, 5, 10), new BigDecimal("2"), null, null),
                new Delivery("D2", "F-A1", "O2", LocalDate.of(2025, 2, 3), new BigDecimal("2"), null, null),
                new Delivery("D3", "F-A1", "O3", LocalDate.of(2025, 7, 1), new BigDecimal("1"), null, null),
                new Delivery("D4", "F-B1", "O4", LocalDate.of(2025, 4, 2), null, null, 5));
        List<Cooperation> cooperations = List.of(new Cooperation(
                "C1",
                "S-A",
                p.apply("Stadt Leipzig"),
                PartnerType.LOCAL_AUTHORITY,
                LocalDate.of(2024, 1, 1),
                null,
                true));
        List<Exchange> exchanges = List.of(new Exchange(
                "X1",
                LocalDate.of(2025, 9, 10),
                ExchangeFormat.NETWORK_MEETING,
                "S-A",
                List.of("S-A", "S-B"),
                p.apply("Förderanträge")));
        return new Dataset(
                "1",
                LocalDate.of(2026, 3, 31),
                new Programme("hor", p.apply("Häuser"), p.apply("BAMF")),
                sites,
                orgs,
                offers,
                deliveries,
                cooperations,
                List.of(),
                exchanges,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * Checks one run of text (a text node, an attribute, a line): every payload control lies inside an
     * isolate opened in the same run (or inside {@code <bdi>} when {@code inBdi}), and the run ends
     * with every control closed.
     */
    private static void checkRun(String where, String run, boolean inBdi, List<String> problems) {
        StringBuilder open = new StringBuilder(); // the open controls, as in Bidi.balance
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            boolean payload = c >= '\u202A' && c <= '\u202E' || c == '\u2066' || c == '\u2067';
            if (payload && !inBdi && open.indexOf("\u2068") < 0) {
                problems.add(where + ": U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                        + " outside an isolate in " + run.replaceAll("[\u202A-\u202E\u2066-\u2069]", "·"));
                return;
            }
            if (c == '\u202A' || c == '\u202B' || c == '\u202D' || c == '\u202E' || c >= '\u2066' && c <= '\u2068') {
                open.append(c);
            } else if (c == '\u202C' && open.length() > 0 && open.charAt(open.length() - 1) < '\u2066') {
                open.setLength(open.length() - 1);
            } else if (c == '\u2069') {
                int last = Math.max(
                        open.lastIndexOf("\u2066"), Math.max(open.lastIndexOf("\u2067"), open.lastIndexOf("\u2068")));
                if (last >= 0) {
                    open.setLength(last);
                }
            }
        }
        if (!Bidi.balance(run).equals(run)) {
            problems.add(where + ": not balanced: " + run.replaceAll("[\u202A-\u202E\u2066-\u2069]", "·"));
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");

    private static List<String> checkHtml(String html) {
        List<String> problems = new ArrayList<>();
        int bdi = 0;
        int last = 0;
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            checkRun("html text", html.substring(last, m.start()), bdi > 0, problems);
            Matcher a = ATTRIBUTE.matcher(m.group(3));
            while (a.find()) {
                checkRun("html attribute", a.group(1), false, problems);
            }
            if (m.group(2).equals("bdi")) {
                bdi += m.group(1).isEmpty() ? 1 : -1;
            }
            last = m.end();
        }
        checkRun("html text", html.substring(last), bdi > 0, problems);
        assertThat(bdi).as("every <bdi> closed").isZero();
        return problems;
    }

    private static List<String> checkLines(String what, String text) {
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            checkRun(what, line, false, problems);
        }
        return problems;
    }

    @Test
    @DisplayName(
            "HTML, Markdown and the briefing isolate every text from the data: names, places, carriers, partners, topics")
    void everyOutput() {
        Dataset dataset = hostile();
        Engine engine = Engine.create(dataset);
        Findings findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ReportOptions options = ReportOptions.defaults().withLocale(locale).withOrganisationAttributes("lang");
            List<Document> docs = List.of(
                    Reports.programmeReport(engine, findings, options),
                    Reports.siteReport(engine, findings, "S-A", options),
                    Reports.siteReport(engine, findings, "S-B", options));
            for (Document doc : docs) {
                String html = new String(
                        Renderers.load().get("html").renderToBytes(doc, RenderOptions.defaults()),
                        StandardCharsets.UTF_8);
                assertThat(html).contains("<bdi>");
                problems.addAll(checkHtml(html));
                String md = new String(
                        Renderers.load().get("markdown").renderToBytes(doc, RenderOptions.defaults()),
                        StandardCharsets.UTF_8);
                problems.addAll(checkLines("markdown", md));
            }
            StringBuilder briefing = new StringBuilder();
            FindingsBriefing.write(findings, dataset, SupportTexts.bundled(), locale, briefing);
            problems.addAll(checkLines("briefing", briefing.toString()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("a site name ending in U+202E is shown in <bdi> in the heading, the title and the tables")
    void siteName() {
        Dataset dataset = hostile();
        Engine engine = Engine.create(dataset);
        Findings findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        Document doc = Reports.siteReport(engine, findings, "S-A", ReportOptions.defaults());
        String html = new String(
                Renderers.load().get("html").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
        // the name was "‮Haus Alpha‮": both overrides closed inside the isolate
        assertThat(html)
                .contains("<h1>Standortbericht 2025: <bdi>" + RLO + "Haus Alpha" + RLO + PDF + PDF + "</bdi></h1>");
        assertThat(html)
                .contains("<title>Standortbericht 2025: \u2068" + RLO + "Haus Alpha" + RLO + PDF + PDF + PDI
                        + "</title>");
    }
}
