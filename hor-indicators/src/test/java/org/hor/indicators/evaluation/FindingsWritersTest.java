package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.hor.indicators.Catalogue;
import org.hor.indicators.TargetResult;
import org.hor.indicators.TargetStatus;
import org.hor.indicators.output.FindingsBriefing;
import org.hor.indicators.output.FindingsJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON and plain-text writers on one small scenario. */
class FindingsWritersTest {

    private static final AssessmentOptions OPTIONS =
            AssessmentOptions.defaults().withDevelopmentIndicators(List.of("reach.organisations"));

    /**
     * Y = 2024. A (CONSORTIUM) keeps 20 % of 10 organisations of 2023 → LOW_RETENTION; its target of
     * 40 organisations was reached with 18 (45 % → MISSED). B (CONSORTIUM) keeps 40 %, C (MIGRANT_UMBRELLA) 60 %.
     * A and B met once in 2024; C met no one.
     */
    private static Dataset dataset() {
        return new TestData("2024-12-31")
                .add("A", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("B", CarrierType.CONSORTIUM, Coverage.REGION, "2019-01-01", null)
                .add("C", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "2019-01-01", null)
                .exchange("2024-05-01", "A", "B")
                .build();
    }

    private static FakeSource source() {
        FakeSource s = new FakeSource();
        for (String[] r : new String[][] {{"A", "20"}, {"B", "40"}, {"C", "60"}}) {
            s.set(r[0], "2023", "reach.organisations", "10")
                    .set(r[0], "2024", "retention.share", r[1])
                    .set(r[0], "2024", "exchange.participations", r[0].equals("C") ? "0" : "1");
        }
        s.set("A", "2024", "reach.organisations", "18")
                .set("B", "2024", "reach.organisations", "20")
                .set("C", "2024", "reach.organisations", "22");
        // operating year 1 (2019) for transfer: 12, 14, 16
        s.set("A", "2019-01-01..2019-12-31", "reach.organisations", "12")
                .set("B", "2019-01-01..2019-12-31", "reach.organisations", "14")
                .set("C", "2019-01-01..2019-12-31", "reach.organisations", "16");
        s.target(new TargetResult(
                "A",
                "reach.organisations",
                Period.year(2024),
                BigDecimal.valueOf(40),
                Value.of(18),
                null,
                new BigDecimal("45"),
                TargetStatus.MISSED));
        return s;
    }

    @Test
    @DisplayName("JSON: challenges with evidence, measures and peers; undefined values as null with their reason")
    void json() {
        Findings f = FormativeEvaluation.assess(dataset(), source(), OPTIONS);
        JsonNode root = JsonMapper.builder().build().readTree(FindingsJson.toJson(f));
        assertThat(root.get("year").asString()).isEqualTo("2024");
        assertThat(root.get("sitesOfYear")).hasSize(3);
        JsonNode challenges = root.get("challenges");
        // A: TARGET_MISSED, LOW_RETENTION; C: ISOLATED_SITE
        assertThat(challenges).hasSize(3);
        JsonNode target = challenges.get(0);
        assertThat(target.get("rule").asString()).isEqualTo("TARGET_MISSED");
        assertThat(target.get("targetStatus").asString()).isEqualTo("MISSED");
        assertThat(target.get("evidence").get(2).get("name").asString()).isEqualTo("attainment(reach.organisations)");
        assertThat(target.get("evidence").get(2).get("value").decimalValue()).isEqualByComparingTo("45");
        JsonNode retention = challenges.get(1);
        assertThat(retention.get("measures").toString())
                .isEqualTo("[\"offer-portfolio-review\",\"follow-up-contacts\",\"peer-visit\",\"coaching\"]");
        assertThat(retention.get("peers").get(0).get("site").asString()).isEqualTo("B");
        assertThat(retention.get("peers").get(0).get("sameCarrierType").asBoolean())
                .isTrue();
        assertThat(retention.get("peers").get(1).get("site").asString()).isEqualTo("C");
        assertThat(challenges.get(2).get("rule").asString()).isEqualTo("ISOLATED_SITE");
        // 3 sites, 1 pair of 3 met: density 1/3 rounded half-even to 6 digits
        JsonNode year = root.get("exchange").get("year");
        assertThat(year.get("density").toString()).isEqualTo("0.333333");
        assertThat(year.get("isolated").toString()).isEqualTo("[\"C\"]");
        assertThat(year.get("matrix").toString()).isEqualTo("[[0,1,0],[1,0,0],[0,0,0]]");
        // a development point without a value: null and the reason
        JsonNode point = root.get("development").get(0).get("points").get(0);
        assertThat(point.get("value").isNull()).isTrue();
        assertThat(point.get("valueReason").asString()).isEqualTo("NO_DATA");
        assertThat(root.get("measureFollowUps")).hasSize(10);
        assertThat(root.get("dataQuality").get("quarters")).hasSize(3 * 24);
    }

    @Test
    @DisplayName("the German briefing names each challenge with its numbers, the support and the peers by id and name")
    void germanBriefing() {
        Findings f = FormativeEvaluation.assess(dataset(), source(), OPTIONS);
        StringBuilder out = new StringBuilder();
        FindingsBriefing.write(
                f, dataset(), SupportTexts.bundled(), Catalogue.standard().definitions(), Locale.GERMAN, out);
        String text = out.toString();
        assertThat(text)
                .startsWith(
                        "Formative Evaluation – Briefing für das Jahr 2024\n"
                                + "Datenstand 31.12.2024. Bewertet werden die 3 Standorte, die am 31.12.2024 aktiv waren: A, B, C.\n");
        assertThat(text)
                .contains("Standort A – \u2068House A\u2069, \u2068Dresden\u2069\n")
                .contains(
                        "  - Ziel verfehlt: Erreichte Organisationen 2024: Ziel 40, erreicht 18 (45 % Zielerreichung, verfehlt)\n")
                .contains(
                        "  - Geringe Bindung: Von den Organisationen des Vorjahres (10) kamen 20 % wieder (Schwelle unter 30 %)\n")
                .contains("    Unterstützung: Angebotsprüfung, Nachkontakte, Hospitation, Coaching\n")
                .contains(
                        "    Von anderen lernen: B \u2068House B\u2069 (gleicher Trägertyp, Bindungsquote 40), C \u2068House C\u2069 (Bindungsquote 60)\n")
                .contains(
                        "  - Kein Austausch mit anderen Standorten: Das Programm hatte 1 Austauschtreffen, der Standort nahm an 0 teil\n")
                .contains(
                        "  - 2024: 1 von 3 Standortpaaren haben sich getroffen (Dichte 0,33); ohne Austausch: C \u2068House C\u2069\n")
                // no site has a delivery: 24 silent quarters 2019-Q1 … 2024-Q4 read as one line
                .contains("  - 2019-Q1 bis 2024-Q4: keine Leistung erfasst, obwohl der Standort in allen 24 Quartalen"
                        + " durchgehend aktiv war\n")
                // 12, 14, 16: Q1 h = 0.5 → 13, median 14, Q3 h = 1.5 → 15; every carrier type has n < 3 → all sites
                .contains(
                        "  Betriebsjahr 1 (Standorte: 3):\n    - Erreichte Organisationen: n 3, Median 14 (Q1 13, Q3 15,"
                                + " Min. 12, Max. 16); Zielvorschlag: Dachverband von Migrantenorganisationen: 14 (alle Standorte,"
                                + " n 3), anderer Träger: 14 (alle Standorte, n 3), Verbund: 14 (alle Standorte, n 3)\n")
                .doesNotContain("Betriebsjahr 2 ")
                .doesNotContain("reach.organisations")
                .doesNotContain("retention.share");
    }

    @Test
    @DisplayName("the briefing says 1 active cooperation in the singular and 2 active cooperations in the plural")
    void singularAndPlural() {
        // A: 1 active cooperation, none with the local authority; B: 2, none; C: 2, one with the local authority
        FakeSource s = source();
        s.set("A", "2024", "cooperations.active", "1").part("A", "2024", "cooperations.active", "LOCAL_AUTHORITY", "0");
        s.set("B", "2024", "cooperations.active", "2").part("B", "2024", "cooperations.active", "LOCAL_AUTHORITY", "0");
        s.set("C", "2024", "cooperations.active", "2").part("C", "2024", "cooperations.active", "LOCAL_AUTHORITY", "1");
        Findings f = FormativeEvaluation.assess(dataset(), s, OPTIONS);
        StringBuilder de = new StringBuilder();
        FindingsBriefing.write(
                f, dataset(), SupportTexts.bundled(), Catalogue.standard().definitions(), Locale.GERMAN, de);
        assertThat(de.toString())
                .contains("  - Keine Kooperation mit der Kommune: 1 aktive Kooperation, davon 0 mit der Kommune\n")
                .contains("  - Keine Kooperation mit der Kommune: 2 aktive Kooperationen, davon 0 mit der Kommune\n")
                // the peer is named by id and name, the indicator by its label
                .contains("Von anderen lernen: C \u2068House C\u2069 (Aktive Kooperationen 2)");
        String en = FindingsBriefing.toText(f, Locale.UK);
        assertThat(en)
                .contains("  - No local authority partner: 1 active cooperation, 0 of them with the local authority\n")
                .contains(
                        "  - No local authority partner: 2 active cooperations, 0 of them with the local authority\n");
    }

    @Test
    @DisplayName(
            "the English briefing says the same in English; without definitions and dataset it names indicators and sites by id")
    void englishBriefing() {
        Findings f = FormativeEvaluation.assess(dataset(), source(), OPTIONS);
        String text = FindingsBriefing.toText(f, Locale.UK);
        assertThat(text)
                .startsWith("Formative evaluation – briefing for 2024\n")
                .contains("Site A\n")
                .contains(
                        "  - Low retention: Of the previous year's organisations (10), 20 % came back (threshold below 30 %)\n")
                .contains("    Support: Offer portfolio review, Follow-up contacts, Peer visit, Coaching\n")
                .contains("    Learn from: B (same carrier type, retention.share 40), C (retention.share 60)\n")
                .contains("  - 2024: 1 of 3 pairs of sites met (density 0.33); without exchange: C\n");
    }

    @Test
    @DisplayName("every measure has a German and an English title and description")
    void supportTexts() {
        SupportTexts texts = SupportTexts.bundled();
        for (SupportMeasure m : SupportMeasure.values()) {
            assertThat(texts.title(m, Locale.GERMAN)).isNotBlank();
            assertThat(texts.description(m, Locale.ENGLISH)).isNotBlank();
        }
        assertThat(texts.title(SupportMeasure.PEER_VISIT, Locale.GERMANY)).isEqualTo("Hospitation");
        assertThat(texts.title(SupportMeasure.PEER_VISIT, Locale.US)).isEqualTo("Peer visit");
        // any language other than English gets the German root, whatever the JVM's default locale
        assertThat(texts.title(SupportMeasure.PEER_VISIT, Locale.FRENCH)).isEqualTo("Hospitation");
    }

    @Test
    @DisplayName("support measures answer the rules of the catalogue; peer-visit and coaching answer every rule")
    void measureMapping() {
        assertThat(SupportMeasure.answering(Rule.DECLINING_REACH))
                .containsExactly(
                        SupportMeasure.OUTREACH_MAPPING,
                        SupportMeasure.OFFER_PORTFOLIO_REVIEW,
                        SupportMeasure.PEER_VISIT,
                        SupportMeasure.COACHING);
        assertThat(SupportMeasure.answering(Rule.TARGET_MISSED))
                .containsExactly(SupportMeasure.TARGET_REVIEW, SupportMeasure.PEER_VISIT, SupportMeasure.COACHING);
        assertThat(SupportMeasure.answering(Rule.LOW_OUTCOME_RATE))
                .containsExactly(
                        SupportMeasure.PEER_VISIT, SupportMeasure.PROFESSIONALISATION_TRACK, SupportMeasure.COACHING);
        assertThat(SupportMeasure.byId("grant-call-widening")).contains(SupportMeasure.GRANT_CALL_WIDENING);
    }
}
