package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.evaluation.GroupIndicator;
import org.hor.indicators.evaluation.KeyIndicatorSummary;
import org.hor.indicators.evaluation.OperatingYear;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.TargetBasis;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;
import org.hor.report.builder.ReportOptions;
import org.hor.report.builder.Reports;
import org.hor.report.document.Document;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, points 1 and 3, on the embedded sample with {@code --suppress-below 30}: every site report
 * in both languages and every format is written (it crashed for 7 of the 12 sites), and no table of
 * the rendered programme and site reports (JSON and HTML) lets a reader compute a suppressed value
 * back from a total and the other cells; no statistic of the published findings depends on a
 * suppressed input.
 */
class PublishedSampleReportsTest {

    private static final int K = 30;
    private static final List<String> SITES =
            List.of("S-01", "S-02", "S-03", "S-04", "S-05", "S-06", "S-07", "S-08", "S-09", "S-10", "S-11", "S-12");

    @TempDir
    static Path dir;

    /** What a report's published and raw renderings are, by name ("programme" or a site id). */
    private static final Map<String, String> PUBLISHED_JSON = new LinkedHashMap<>();

    private static final Map<String, String> RAW_JSON = new LinkedHashMap<>();
    private static final Map<String, String> PUBLISHED_HTML = new LinkedHashMap<>();
    private static final Map<String, String> RAW_HTML = new LinkedHashMap<>();

    private static Dataset dataset;
    private static Engine engine;
    private static Findings rawFindings;
    private static Evaluation rawEvaluation;
    private static Evaluation publishedEvaluation;
    private static Findings shownFindings;

    /** Builds and renders a report as {@code hor report} does (ReportCommand), published or raw. */
    private static String render(String subject, String lang, String format, boolean publish) {
        ReportOptions options =
                ReportOptions.defaults().withLocale(Locale.forLanguageTag(lang)).withSuppressBelow(publish ? K : 0);
        Evaluation evaluation = publish ? publishedEvaluation : rawEvaluation;
        Findings findings = publish ? shownFindings : rawFindings;
        Document doc = subject.equals("programme")
                ? Reports.programmeReport(engine, evaluation, findings, options)
                : Reports.siteReport(engine, evaluation, findings, subject, options);
        byte[] bytes = Renderers.load()
                .get(format.equals("md") ? "markdown" : format)
                .renderToBytes(doc, RenderOptions.defaults().withPageBreaks(subject.equals("programme")));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs {@code hor report} on the embedded sample. */
    private static String cli(String subject, String lang, String format, boolean publish) throws IOException {
        Path out = dir.resolve(subject + "-" + lang + "-" + publish + "." + format);
        List<String> args =
                new ArrayList<>(List.of("report", "--lang", lang, "--format", format, "-o", out.toString()));
        args.addAll(subject.equals("programme") ? List.of("--programme") : List.of("--site", subject));
        if (publish) {
            args.addAll(List.of("--suppress-below", String.valueOf(K)));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        assertThat(r.err())
                .as(String.join(" ", args))
                .doesNotContain("Exception")
                .doesNotContain("internal error");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void render() {
        dataset = SampleGenerator.generate(SampleParameters.defaults());
        engine = Engine.create(dataset, Catalogue.load());
        rawFindings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        rawEvaluation = engine.evaluate(
                Reports.evaluationOptions(rawFindings.year().first().getYear()));
        DisclosureControl control = DisclosureControl.below(K);
        publishedEvaluation = control.apply(rawEvaluation, engine);
        shownFindings = control.apply(rawFindings, publishedEvaluation, engine);
        List<String> subjects = new ArrayList<>(SITES);
        subjects.add("programme");
        for (String s : subjects) {
            for (String lang : List.of("de", "en")) {
                for (String format : List.of("html", "md", "json")) {
                    String text = render(s, lang, format, true);
                    if (lang.equals("en") && format.equals("json")) {
                        PUBLISHED_JSON.put(s, text);
                    } else if (lang.equals("en") && format.equals("html")) {
                        PUBLISHED_HTML.put(s, text);
                    }
                }
            }
            RAW_JSON.put(s, render(s, "en", "json", false));
            RAW_HTML.put(s, render(s, "en", "html", false));
        }
    }

    @Test
    @DisplayName(
            "hor report --suppress-below 30 writes exactly these reports: the programme, and sites that crashed (exit 70)")
    void commandLine() throws IOException {
        assertThat(cli("programme", "en", "json", true)).isEqualTo(PUBLISHED_JSON.get("programme"));
        assertThat(cli("S-02", "en", "html", true)).isEqualTo(PUBLISHED_HTML.get("S-02"));
        assertThat(cli("S-12", "de", "md", true)).isEqualTo(render("S-12", "de", "md", true));
    }

    @Test
    @DisplayName(
            "every site report is written with --suppress-below 30, in German and English, as HTML, Markdown and JSON")
    void everySiteEveryFormat() {
        // the rendering itself is in render(): it threw for 7 sites (NullPointerException) before the fix.
        // The sites with a target of Y whose actual is withheld show its status as suppressed.
        Period y = rawFindings.year();
        java.util.Set<String> withheld = new java.util.TreeSet<>();
        for (Evaluation.Row r : publishedEvaluation.rows()) {
            if (r.target() != null && r.target().status() == null && r.period().overlaps(y.first(), y.last())) {
                withheld.add(r.scope().value());
            }
        }
        assertThat(withheld).hasSizeGreaterThanOrEqualTo(7);
        for (String site : withheld) {
            Grid targets = jsonGrids(PUBLISHED_JSON.get(site)).stream()
                    .filter(g -> g.name().endsWith("/Targets and attainment"))
                    .findFirst()
                    .orElseThrow();
            assertThat(targets.rows())
                    .as(site)
                    .anySatisfy(row -> assertThat(row.get(6).suppressed()).isTrue());
        }
        assertThat(PUBLISHED_HTML.get("programme")).contains("&lt; 30");
    }

    @Test
    @DisplayName(
            "hor evaluate --publish: no sum of the CSV (programme and groups over sites, years over quarters) has a single suppressed cell")
    void evaluateCsv() throws IOException {
        Path out = dir.resolve("published.csv");
        Cli r = Cli.run("evaluate", "--publish", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // scope,period,indicator,breakdown,category,value,unit,target,expectation,attainment,status,reason
        Map<String, String[]> cells = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length >= 12 && f[3].isEmpty()) {
                cells.put(f[0] + "|" + f[1] + "|" + f[2], f);
            }
        }
        List<String> problems = new ArrayList<>();
        int sums = 0;
        for (String[] total : cells.values()) {
            String indicator = total[2];
            if (!List.of("grants.amount", "reach.organisations", "reach.organisations.new")
                    .contains(indicator)) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (total[0].equals("programme")) {
                SITES.forEach(s -> parts.add("site:" + s + "|" + total[1] + "|" + indicator));
            } else if (total[1].matches("\\d{4}")) {
                for (int q = 1; q <= 4; q++) {
                    parts.add(total[0] + "|" + total[1] + "-Q" + q + "|" + indicator);
                }
            } else {
                continue;
            }
            sums++;
            int suppressed = total[11].equals("SUPPRESSED") ? 1 : 0;
            for (String key : parts) {
                String[] part = cells.get(key);
                suppressed += part != null && part[11].equals("SUPPRESSED") ? 1 : 0;
            }
            if (suppressed == 1) {
                problems.add(String.join(",", total));
            }
        }
        assertThat(sums).isPositive();
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------ tables

    /** A table cell as a reader sees it: suppressed, a number, or something else (null). */
    private record Shown(boolean suppressed, BigDecimal number) {}

    private record Grid(String name, List<List<Shown>> rows, int total) {}

    @Test
    @DisplayName("every report's JSON document prints numbers as the evaluation's JSON does (spec 02): none with more"
            + " than 6 fraction digits, published or not, every site and the programme")
    void machineDigits() {
        java.util.regex.Pattern tooLong = java.util.regex.Pattern.compile("\"value\" : -?\\d+\\.\\d{7,}");
        for (Map<String, String> documents : List.of(PUBLISHED_JSON, RAW_JSON)) {
            documents.forEach((subject, json) -> assertThat(
                            tooLong.matcher(json).results().map(java.util.regex.MatchResult::group))
                    .as(subject)
                    .isEmpty());
        }
        assertThat(PUBLISHED_JSON).hasSize(SITES.size() + 1);
    }

    @Test
    @DisplayName("no table of the published reports (JSON) gives a suppressed cell back as its total minus the others")
    void jsonTables() {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        PUBLISHED_JSON.forEach((subject, json) -> checked[0] += compare(
                subject, jsonGrids(json), jsonGrids(RAW_JSON.get(subject)), new BigDecimal("0.000001"), problems));
        assertThat(problems).isEmpty();
        assertThat(checked[0])
                .as("columns with a total and one suppressed cell were checked")
                .isPositive();
    }

    @Test
    @DisplayName("no table of the published reports (HTML) gives a suppressed cell back as its total minus the others")
    void htmlTables() {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        PUBLISHED_HTML.forEach((subject, html) -> checked[0] +=
                compare(subject, htmlGrids(html), htmlGrids(RAW_HTML.get(subject)), new BigDecimal("0.005"), problems));
        assertThat(problems).isEmpty();
        assertThat(checked[0])
                .as("columns with a total and one suppressed cell were checked")
                .isPositive();
    }

    @Test
    @DisplayName(
            "with --publish (k = 3), in every year of the sample, the programme overview gives no suppressed site back")
    void publishEveryYear() {
        DisclosureControl k3 = DisclosureControl.publish();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int year = 2016; year <= 2025; year++) {
            Findings f = FormativeEvaluation.assess(
                    engine, AssessmentOptions.defaults().withYear(year));
            Evaluation rawYear = engine.evaluate(Reports.evaluationOptions(year));
            Evaluation pub = k3.apply(rawYear, engine);
            ReportOptions en = ReportOptions.defaults().withLocale(Locale.ENGLISH);
            String pubJson = new String(
                    Renderers.load()
                            .get("json")
                            .renderToBytes(
                                    Reports.programmeReport(
                                            engine, pub, k3.apply(f, pub, engine), en.withSuppressBelow(3)),
                                    RenderOptions.defaults()),
                    StandardCharsets.UTF_8);
            String rawJson = new String(
                    Renderers.load()
                            .get("json")
                            .renderToBytes(Reports.programmeReport(engine, rawYear, f, en), RenderOptions.defaults()),
                    StandardCharsets.UTF_8);
            checked += compare(
                    "programme " + year, jsonGrids(pubJson), jsonGrids(rawJson), new BigDecimal("0.000001"), problems);
        }
        assertThat(problems).isEmpty();
        assertThat(checked)
                .as("columns with a total and one suppressed cell were checked")
                .isPositive();
    }

    /**
     * For every table with a total row and every column: when exactly one cell of the column (total
     * included) is suppressed and the rest are numbers, the reader's subtraction must not give the
     * raw report's value of that cell.
     */
    private static int compare(
            String subject, List<Grid> published, List<Grid> raw, BigDecimal tolerance, List<String> problems) {
        int checkedColumns = 0;
        Map<String, Grid> byName = new HashMap<>();
        raw.forEach(g -> byName.putIfAbsent(g.name(), g));
        for (Grid p : published) {
            Grid r = byName.get(p.name());
            if (r == null || p.total() < 0 || p.rows().size() != r.rows().size()) {
                continue;
            }
            int columns = p.rows().get(p.total()).size();
            for (int c = 1; c < columns; c++) {
                int hidden = -1;
                int count = 0;
                boolean numeric = true;
                for (int i = 0; i < p.rows().size(); i++) {
                    Shown s = p.rows().get(i).size() > c ? p.rows().get(i).get(c) : new Shown(false, null);
                    if (s.suppressed()) {
                        hidden = i;
                        count++;
                    } else if (s.number() == null) {
                        numeric = false;
                    }
                }
                if (count != 1 || !numeric) {
                    continue;
                }
                checkedColumns++;
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < p.rows().size(); i++) {
                    if (i != p.total() && i != hidden) {
                        sum = sum.add(p.rows().get(i).get(c).number());
                    }
                }
                BigDecimal recovered = hidden == p.total()
                        ? sum
                        : p.rows().get(p.total()).get(c).number().subtract(sum);
                BigDecimal truth = r.rows().get(hidden).get(c).number();
                if (truth != null && recovered.subtract(truth).abs().compareTo(tolerance) <= 0) {
                    problems.add(subject + " / " + p.name() + ", column " + c + ", row " + hidden + ": " + truth);
                }
            }
        }
        return checkedColumns;
    }

    /** Returns {@code name}, numbered when the list already has a grid of that name ("Evidence" #2). */
    private static String unique(List<Grid> grids, String name) {
        long same = grids.stream()
                .filter(g -> g.name().equals(name) || g.name().startsWith(name + " #"))
                .count();
        return same == 0 ? name : name + " #" + (same + 1);
    }

    private static List<Grid> jsonGrids(String json) {
        List<Grid> grids = new ArrayList<>();
        walk(JsonMapper.builder().build().readTree(json).get("body"), "", grids);
        return grids;
    }

    private static void walk(JsonNode blocks, String path, List<Grid> grids) {
        for (int b = 0; b < blocks.size(); b++) {
            JsonNode block = blocks.get(b);
            String type = block.path("type").asString();
            if (type.equals("section")) {
                walk(block.get("body"), path + "/" + block.get("heading").asString(), grids);
            } else if (type.equals("table")) {
                List<List<Shown>> rows = new ArrayList<>();
                int total = -1;
                JsonNode rs = block.get("rows");
                for (int i = 0; i < rs.size(); i++) {
                    List<Shown> row = new ArrayList<>();
                    JsonNode cells = rs.get(i).get("cells");
                    for (int c = 0; c < cells.size(); c++) {
                        row.add(shown(cells.get(c)));
                    }
                    rows.add(row);
                    if (rs.get(i).path("total").asBoolean(false)) {
                        total = total == -1 ? i : -2;
                    }
                }
                grids.add(new Grid(
                        unique(grids, path + "/" + block.get("caption").asString()), rows, total < 0 ? -1 : total));
            }
        }
    }

    private static Shown shown(JsonNode cell) {
        JsonNode c = cell.has("value") && cell.get("value").isObject() ? cell.get("value") : cell; // a noted cell
        if (c.path("type").asString().equals("suppressed")) {
            return new Shown(true, null);
        }
        if (c.has("value") && c.get("value").isNumber() && !c.path("signed").asBoolean(false)) {
            return new Shown(false, c.get("value").decimalValue());
        }
        return new Shown(false, null);
    }

    private static final Pattern TABLE = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr( class=\"total\")?>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("<caption[^>]*>(.*?)</caption>", Pattern.DOTALL);

    private static List<Grid> htmlGrids(String html) {
        List<Grid> grids = new ArrayList<>();
        Matcher t = TABLE.matcher(html);
        while (t.find()) {
            String table = t.group(1);
            String body = table.replaceAll("(?s)<thead>.*?</thead>", "");
            Matcher cap = CAPTION.matcher(table);
            String name = cap.find() ? cap.group(1) : "";
            List<List<Shown>> rows = new ArrayList<>();
            int total = -1;
            Matcher r = ROW.matcher(body);
            while (r.find()) {
                if (r.group(1) != null) {
                    total = total == -1 ? rows.size() : -2;
                }
                List<Shown> row = new ArrayList<>();
                Matcher c = CELL.matcher(r.group(2));
                while (c.find()) {
                    row.add(htmlCell(c.group(1)));
                }
                rows.add(row);
            }
            grids.add(new Grid(unique(grids, name), rows, total < 0 ? -1 : total));
        }
        return grids;
    }

    private static Shown htmlCell(String inner) {
        if (inner.contains("class=\"suppressed\"")) {
            return new Shown(true, null);
        }
        String text = inner.replaceAll("<sup.*?</sup>", "")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", "")
                .replace("\u00A0", "")
                .replace("\u202F", "")
                .replace("€", "")
                .replace("%", "")
                .replace(",", "")
                .replace(" h", "")
                .trim();
        return text.matches("-?\\d+(\\.\\d+)?") ? new Shown(false, new BigDecimal(text)) : new Shown(false, null);
    }

    // ------------------------------------------------------------------ statistics

    @Test
    @DisplayName(
            "no shown median, quartile, extreme or recommended target of the published findings moves when a suppressed input does")
    void statistics() {
        Findings raw = rawFindings;
        DisclosureControl control = DisclosureControl.below(K);
        Evaluation published = publishedEvaluation;
        Findings shown = shownFindings;
        Map<String, Value> publishedValues = new HashMap<>();
        published
                .rows()
                .forEach(r -> publishedValues.put(
                        r.scope().id()
                                + r.period().first()
                                + r.period().last()
                                + r.indicator().id(),
                        r.value()));
        Map<String, Site> sites = new HashMap<>();
        dataset.sites().forEach(s -> sites.put(s.id(), s));
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        int[] withheld = {0};

        // an input: the value of a site in Y or in operating year k, and whether a reader sees it
        record Input(BigDecimal value, boolean hidden) {}
        Function<Object[], List<Input>> inputs = a -> {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) a[0];
            Integer k = (Integer) a[1];
            String indicator = (String) a[2];
            List<Input> list = new ArrayList<>();
            for (String id : ids) {
                Period period = raw.year();
                Period previous = period.previous();
                if (k != null) {
                    OperatingYear oy = OperatingYear.of(sites.get(id).start(), k);
                    period = oy.period();
                    previous = oy.previous();
                }
                Value v = engine.value(Scope.site(id), period, previous, indicator);
                if (v instanceof Value.Defined d) {
                    boolean hidden = DisclosureControl.isSuppressed(publishedValues.get(
                                    Scope.site(id).id() + period.first() + period.last() + indicator))
                            || DisclosureControl.isSuppressed(
                                    control.apply(Scope.site(id), period, previous, indicator, v, engine));
                    list.add(new Input(d.number(), hidden));
                }
            }
            return list;
        };
        // the summary of the inputs with every hidden one moved by ±delta
        java.util.function.BiFunction<List<Input>, BigDecimal, Summary> moved = (in, delta) -> Summary.of(in.stream()
                .map(i -> Value.of(i.hidden() ? i.value().add(delta) : i.value()))
                .toList());
        java.util.function.BiConsumer<String, Object[]> check = (what, a) -> {
            Summary s = (Summary) a[0];
            List<Input> in = (List<Input>) a[1];
            for (BigDecimal delta : List.of(new BigDecimal("0.000001"), new BigDecimal("-0.000001"))) {
                Summary m = moved.apply(in, delta);
                List<Value> before = List.of(s.min(), s.q1(), s.median(), s.q3(), s.max());
                List<Value> after = List.of(m.min(), m.q1(), m.median(), m.q3(), m.max());
                for (int i = 0; i < 5; i++) {
                    if (before.get(i) instanceof Value.Defined d) {
                        checked[0]++;
                        if (d.number().compareTo(after.get(i).asNumber().orElseThrow()) != 0) {
                            problems.add(what + " statistic " + i + " = " + d.number());
                        }
                    } else if (DisclosureControl.isSuppressed(before.get(i))) {
                        withheld[0]++;
                    }
                }
            }
        };
        for (KeyIndicatorSummary k : shown.approaches().overall()) {
            check.accept("overall " + k.indicator(), new Object[] {
                k.summary(), inputs.apply(new Object[] {shown.sitesOfYear(), null, k.indicator()})
            });
        }
        for (ApproachGroup g : shown.approaches().groups()) {
            for (GroupIndicator gi : g.indicators()) {
                check.accept(g.value() + " " + gi.indicator(), new Object[] {
                    gi.summary(), inputs.apply(new Object[] {g.siteIds(), null, gi.indicator()})
                });
            }
        }
        for (TransferYear ty : shown.transfer()) {
            for (TransferIndicator ti : ty.indicators()) {
                check.accept("year " + ty.k() + " " + ti.indicator(), new Object[] {
                    ti.summary(), inputs.apply(new Object[] {ty.siteIds(), ty.k(), ti.indicator()})
                });
                for (RecommendedTarget rt : ti.recommendations()) {
                    List<String> basis = rt.basis() == TargetBasis.ALL_SITES
                            ? ty.siteIds()
                            : ty.siteIds().stream()
                                    .filter(id -> sites.get(id).carrierType() == rt.carrierType())
                                    .toList();
                    List<Input> in = inputs.apply(new Object[] {basis, ty.k(), ti.indicator()});
                    if (rt.suppressed()) {
                        withheld[0]++;
                        continue;
                    }
                    checked[0]++;
                    for (BigDecimal delta : List.of(new BigDecimal("0.000001"), new BigDecimal("-0.000001"))) {
                        if (moved.apply(in, delta)
                                        .median()
                                        .asNumber()
                                        .orElseThrow()
                                        .compareTo(rt.value())
                                != 0) {
                            problems.add("target year " + ty.k() + " " + ti.indicator() + " " + rt.carrierType());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked[0]).as("shown statistics checked").isPositive();
        assertThat(withheld[0]).as("statistics withheld").isPositive();
    }
}
