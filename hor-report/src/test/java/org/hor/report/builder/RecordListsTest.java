package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.report.builder.DocumentParts.section;
import static org.hor.report.builder.DocumentParts.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.hor.core.model.Period;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Row;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The lists of records a report shows beside a figure (issue 14) are the records the engine counts
 * for that figure, so list and figure never disagree.
 *
 * <pre>
 * asOf 2026-03-31, Y = 2025, reference day of Y = 2025-12-31
 * site  start       end
 * S-A   2024-01-01  –
 * S-B   2024-01-01  –
 * S-Y   2024-01-01  2025-12-31 (closes on the reference day)
 * S-Z   2024-01-01  2025-12-30 (closes the day before)
 *
 * cooperation   site  start       end          active on 2025-12-31
 * C-END-BEFORE  S-A   2024-01-01  2025-12-30   no  (ends the day before)
 * C-END-ON      S-A   2024-01-01  2025-12-31   yes (ends on it)
 * C-OPEN        S-A   2024-06-01  –            yes (open end)
 * C-ON-START    S-A   2025-12-31  –            yes (starts on it)
 * C-AFTER       S-A   2026-01-01  –            no  (starts after it)
 * C-B           S-B   2024-01-01  –            yes, but another site's
 * C-Y           S-Y   2024-01-01  –            yes (its site closes on the day)
 * C-Z           S-Z   2024-01-01  –            no  (its site closed the day before)
 *
 * deliveries (organisation, lang)       offer of  date
 * O1 de                                 S-A       2025-03-01  reached in Y
 * O2 de                                 S-A       2024-11-01  not in Y
 * O3 "" (blank)                         S-A       2025-04-01  reached, not stated
 * O4 (no attribute)                     S-A       2025-12-31  reached, not stated
 * O5 fr                                 S-B       2025-05-01  another site's
 * O6 "\u0000"                           S-A       2025-01-01  reached
 * reach.organisations(S-A, 2025) = |{O1, O3, O4, O6}| = 4
 *
 * exchange  date        sites         Y and S-A   Y (programme)
 * X1        2025-03-01  S-A, S-B      yes         yes
 * X2        2024-12-31  S-A, S-B      no          no
 * X3        2025-06-01  S-B, S-Y      no          yes
 * X4        2026-01-02  S-A, S-B      no          no
 * </pre>
 */
class RecordListsTest {

    private static final Period Y = Period.year(2025);
    private static final ReportOptions EN = ReportOptions.defaults().withLocale(Locale.ENGLISH);

    private static Engine engine;
    private static Findings findings;
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        engine = Engine.create(dataset());
        findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        evaluation = engine.evaluate(Reports.evaluationOptions(2025));
    }

    private static Site site(String id, LocalDate end) {
        return new Site(
                id,
                "House " + id,
                "Leipzig",
                "DE-SN",
                "Carrier " + id,
                CarrierType.CONSORTIUM,
                Coverage.CITY,
                LocalDate.of(2024, 1, 1),
                end);
    }

    private static Organisation organisation(String id, Map<String, String> attributes) {
        return new Organisation(id, "Org " + id, OrganisationType.OTHER, LegalForm.OTHER, null, null, attributes);
    }

    private static Cooperation cooperation(String id, String site, String start, String end) {
        return new Cooperation(
                id,
                site,
                id,
                PartnerType.LOCAL_AUTHORITY,
                LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                true);
    }

    private static Delivery delivery(String id, String offer, String organisation, String date) {
        return new Delivery(id, offer, organisation, LocalDate.parse(date), BigDecimal.ONE, null, null);
    }

    private static Exchange exchange(String id, String date, String... sites) {
        return new Exchange(id, LocalDate.parse(date), ExchangeFormat.NETWORK_MEETING, sites[0], List.of(sites), id);
    }

    static Dataset dataset() {
        return new Dataset(
                "1",
                LocalDate.of(2026, 3, 31),
                new Programme("hor", "Houses", null),
                List.of(
                        site("S-A", null),
                        site("S-B", null),
                        site("S-Y", LocalDate.of(2025, 12, 31)),
                        site("S-Z", LocalDate.of(2025, 12, 30))),
                List.of(
                        organisation("O1", Map.of("lang", "de")),
                        organisation("O2", Map.of("lang", "de")),
                        organisation("O3", Map.of("lang", " ")),
                        organisation("O4", Map.of()),
                        organisation("O5", Map.of("lang", "fr")),
                        organisation("O6", Map.of("lang", "\u0000"))),
                List.of(
                        new Offer("F-A", "S-A", OfferType.CONSULTING, "Advice A"),
                        new Offer("F-B", "S-B", OfferType.CONSULTING, "Advice B")),
                List.of(
                        delivery("D1", "F-A", "O1", "2025-03-01"),
                        delivery("D2", "F-A", "O2", "2024-11-01"),
                        delivery("D3", "F-A", "O3", "2025-04-01"),
                        delivery("D4", "F-A", "O4", "2025-12-31"),
                        delivery("D5", "F-B", "O5", "2025-05-01"),
                        delivery("D6", "F-A", "O6", "2025-01-01")),
                List.of(
                        cooperation("C-AFTER", "S-A", "2026-01-01", null),
                        cooperation("C-END-BEFORE", "S-A", "2024-01-01", "2025-12-30"),
                        cooperation("C-END-ON", "S-A", "2024-01-01", "2025-12-31"),
                        cooperation("C-ON-START", "S-A", "2025-12-31", null),
                        cooperation("C-OPEN", "S-A", "2024-06-01", null),
                        cooperation("C-B", "S-B", "2024-01-01", null),
                        cooperation("C-Y", "S-Y", "2024-01-01", null),
                        cooperation("C-Z", "S-Z", "2024-01-01", null)),
                List.of(),
                List.of(
                        exchange("X1", "2025-03-01", "S-A", "S-B"),
                        exchange("X2", "2024-12-31", "S-A", "S-B"),
                        exchange("X3", "2025-06-01", "S-B", "S-Y"),
                        exchange("X4", "2026-01-02", "S-A", "S-B")),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** Returns the table with {@code caption}, or null when the section has none. */
    private static Table table(Section s, String caption) {
        return tables(s.body()).stream()
                .filter(t -> t.caption().equals(caption))
                .findFirst()
                .orElse(null);
    }

    /** Returns the text of a cell without the bidi isolates around data. */
    private static String text(Cell c) {
        return ((Cell.Text) c).text().replace("\u2068", "").replace("\u2069", "");
    }

    /** Returns the first column of the table's rows (the records' names), sorted like record ids. */
    private static List<String> firstColumn(Table t) {
        return t == null
                ? List.of()
                : t.rows().stream().map(r -> text(r.cell(0))).toList();
    }

    private static long count(Scope scope, String indicator) {
        return ((Value.Defined) engine.value(scope, Y, indicator)).number().longValueExact();
    }

    @Test
    @DisplayName("the active cooperations listed are exactly those cooperations.active counts: on/after the"
            + " reference day, ending before/on it, open end")
    void activeCooperations() {
        Document doc = Reports.siteReport(engine, evaluation, findings, "S-A", EN);
        Table list = table(section(doc, "Cooperations"), "Cooperations active on 31 Dec 2025");
        // by start, then id: C-END-ON 2024-01-01, C-OPEN 2024-06-01, C-ON-START 2025-12-31
        assertThat(firstColumn(list)).containsExactly("C-END-ON", "C-OPEN", "C-ON-START");
        Scope a = Scope.site("S-A");
        assertThat(count(a, "cooperations.active")).isEqualTo(3);
        assertThat(engine.trace(a, Y, "cooperations.active").recordIds())
                .containsExactlyInAnyOrderElementsOf(firstColumn(list));
    }

    @Test
    @DisplayName("a site closed the day before the reference day lists no active cooperation, one closing on it"
            + " lists its own; each as its indicator counts")
    void closedSites() {
        Section z = section(Reports.siteReport(engine, evaluation, findings, "S-Z", EN), "Cooperations");
        assertThat(table(z, "Cooperations active on 31 Dec 2025")).isNull();
        assertThat(count(Scope.site("S-Z"), "cooperations.active")).isZero();
        Section y = section(Reports.siteReport(engine, evaluation, findings, "S-Y", EN), "Cooperations");
        assertThat(firstColumn(table(y, "Cooperations active on 31 Dec 2025"))).containsExactly("C-Y");
        assertThat(count(Scope.site("S-Y"), "cooperations.active")).isEqualTo(1);
    }

    @Test
    @DisplayName("the exchanges listed for a site and for the programme are those exchange.participations counts")
    void exchanges() {
        Table site = table(
                section(Reports.siteReport(engine, evaluation, findings, "S-A", EN), "Exchange with other sites"),
                "Exchanges in 2025");
        // columns: date, format, topic (= the exchange's id here), other sites
        List<String> siteTopics = site.rows().stream().map(r -> text(r.cell(2))).toList();
        assertThat(siteTopics).containsExactly("X1");
        assertThat(count(Scope.site("S-A"), "exchange.participations")).isEqualTo(1);
        Table programme = table(
                section(Reports.programmeReport(engine, evaluation, findings, EN), "Exchange network"),
                "Exchanges in 2025");
        List<String> programmeTopics =
                programme.rows().stream().map(r -> text(r.cell(2))).toList();
        assertThat(programmeTopics).containsExactly("X1", "X3");
        assertThat(engine.trace(Scope.PROGRAMME, Y, "exchange.participations").recordIds())
                .isEqualTo(programmeTopics);
    }

    @Test
    @DisplayName("the attribute table counts the organisations reach.organisations counts: rows add up to 4, a"
            + " value from the data is never taken for the row of organisations without one")
    void attributeTable() {
        Document doc = Reports.siteReport(engine, evaluation, findings, "S-A", EN.withOrganisationAttributes("lang"));
        Table t = table(section(doc, "Key figures of the year"), "Organisations reached by attribute “lang”");
        // O6 "\u0000" 1, O1 de 1, O3 (blank) and O4 (none) not stated 2; O2 (2024) and O5 (S-B) not counted
        assertThat(firstColumn(t)).containsExactly("\u0000", "de", "(not stated)");
        assertThat(t.rows().stream().map(Row::cells).map(c -> c.get(1)))
                .containsExactly(Cell.number(1), Cell.number(1), Cell.number(2));
        assertThat(count(Scope.site("S-A"), "reach.organisations")).isEqualTo(4);
    }
}
