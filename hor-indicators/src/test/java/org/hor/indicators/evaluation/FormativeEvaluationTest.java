package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The whole evaluation on small hand-made datasets; indicator values come from a {@link FakeSource}. */
class FormativeEvaluationTest {

    private static final String REACH = "reach.organisations";
    private static final String RETENTION = "retention.share";
    private static final AssessmentOptions OPTIONS =
            AssessmentOptions.defaults().withDevelopmentIndicators(List.of(REACH));

    @Test
    @DisplayName("the evaluation year defaults to the latest complete calendar year")
    void defaultYear() {
        assertThat(FormativeEvaluation.evaluationYear(LocalDate.parse("2024-12-31"), OPTIONS)
                        .code())
                .isEqualTo("2024");
        assertThat(FormativeEvaluation.evaluationYear(LocalDate.parse("2024-12-30"), OPTIONS)
                        .code())
                .isEqualTo("2023");
        assertThat(FormativeEvaluation.evaluationYear(LocalDate.parse("2025-06-30"), OPTIONS.withYear(2022))
                        .code())
                .isEqualTo("2022");
    }

    @Test
    @DisplayName("an incomplete evaluation year is rejected with a message naming the year, its last day and asOf")
    void incompleteYear() {
        assertThatThrownBy(
                        () -> FormativeEvaluation.evaluationYear(LocalDate.parse("2025-06-30"), OPTIONS.withYear(2025)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evaluation year 2025 is not complete: its last day 2025-12-31 is after asOf 2025-06-30"
                        + " (name a year up to 2024)");
    }

    /**
     * LOW_RETENTION in 2024 (reach 2023 ≥ 5, retention 2024 &lt; 30) at seven sites:
     * A CONSORTIUM 20 fires; B MIGRANT_UMBRELLA 60; C CONSORTIUM 40; D CONSORTIUM 40; E CONSORTIUM reach 2023
     * only 4 (not evaluable, retention 90); F CONSORTIUM retention undefined (evaluable, no fire, no value);
     * G CONSORTIUM 25 fires; H CONSORTIUM closed on 2024-12-30 (retention 99, no site of Y).
     */
    private static FakeSource retentionScenario(TestData data) {
        data.add("A", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("B", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "2019-01-01", null)
                .add("C", CarrierType.CONSORTIUM, Coverage.REGION, "2019-01-01", null)
                .add("D", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("E", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("F", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("G", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("H", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", "2024-12-30");
        FakeSource s = new FakeSource();
        String[][] rows = {
            {"A", "10", "20"},
            {"B", "10", "60"},
            {"C", "10", "40"},
            {"D", "10", "40"},
            {"E", "4", "90"},
            {"G", "10", "25"},
            {"H", "10", "99"}
        };
        for (String[] r : rows) {
            s.set(r[0], "2023", REACH, r[1]).set(r[0], "2024", RETENTION, r[2]);
        }
        s.set("F", "2023", REACH, "10").set("F", "2024", RETENTION, Value.undefined(Reason.NO_DENOMINATOR));
        return s;
    }

    @Test
    @DisplayName(
            "peers: same carrier type first, then best value, ties by site id; fired, not evaluable and undefined sites excluded")
    void peers() {
        TestData data = new TestData("2024-12-31");
        FakeSource source = retentionScenario(data);
        Findings f = FormativeEvaluation.assess(data.build(), source, OPTIONS);

        assertThat(f.sitesOfYear()).containsExactly("A", "B", "C", "D", "E", "F", "G");
        List<Challenge> retention = f.challenges().stream()
                .filter(c -> c.rule() == Rule.LOW_RETENTION)
                .toList();
        assertThat(retention).extracting(Challenge::siteId).containsExactly("A", "G");
        Challenge a = retention.get(0);
        // candidates for A: B (60, other type), C (40), D (40); E not evaluable, F undefined, G fired, H no site of Y.
        // C and D share the carrier type and tie at 40 → by id; B, although best, comes after them and is cut.
        assertThat(a.peers()).extracting(Peer::siteId).containsExactly("C", "D");
        assertThat(a.peers().get(0).sameCarrierType()).isTrue();
        assertThat(a.peers().get(0).value()).isEqualTo(Value.of(new BigDecimal("40")));
        assertThat(a.measures())
                .containsExactly(
                        SupportMeasure.OFFER_PORTFOLIO_REVIEW,
                        SupportMeasure.FOLLOW_UP_CONTACTS,
                        SupportMeasure.PEER_VISIT,
                        SupportMeasure.COACHING);

        AssessmentOptions three = new AssessmentOptions(
                null,
                ChallengeThresholds.DEFAULTS,
                3,
                BigDecimal.valueOf(50),
                2,
                BigDecimal.valueOf(20),
                3,
                3,
                AssessmentOptions.KEY_INDICATORS,
                List.of(),
                List.of(),
                DataQualityThresholds.DEFAULTS);
        Findings f3 = FormativeEvaluation.assess(data.build(), source, three);
        assertThat(f3.challengesOf("A").stream()
                        .filter(c -> c.rule() == Rule.LOW_RETENTION)
                        .findFirst()
                        .orElseThrow()
                        .peers())
                .extracting(Peer::siteId)
                .containsExactly("C", "D", "B");
    }

    @Test
    @DisplayName("a DOWN indicator ranks its peers lowest first")
    void peersDownDirection() {
        // GRANT_CONCENTRATION (grants.count ≥ 4, top share > 40): A 80 fires; B 10, C 30 (both same type) do not.
        TestData data = new TestData("2024-12-31")
                .add("A", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("B", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null)
                .add("C", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null);
        FakeSource s = new FakeSource();
        for (String[] r : new String[][] {{"A", "80"}, {"C", "30"}, {"B", "10"}}) {
            s.set(r[0], "2024", "grants.count", "4").set(r[0], "2024", "grants.top-recipient.share", r[1]);
        }
        Challenge c = FormativeEvaluation.assess(data.build(), s, OPTIONS)
                .challenges()
                .get(0);
        assertThat(c.rule()).isEqualTo(Rule.GRANT_CONCENTRATION);
        assertThat(c.peers()).extracting(Peer::siteId).containsExactly("B", "C");
    }

    @Test
    @DisplayName("challenges are listed by site, then rule in table order")
    void challengeOrder() {
        TestData data = new TestData("2024-12-31");
        FakeSource source = retentionScenario(data);
        // G also has no local-authority partner, A too: NO_LOCAL_AUTHORITY_PARTNER comes after LOW_RETENTION
        source.part("G", "2024", "cooperations.active", "LOCAL_AUTHORITY", "0")
                .part("A", "2024", "cooperations.active", "LOCAL_AUTHORITY", "0");
        Findings f = FormativeEvaluation.assess(data.build(), source, OPTIONS);
        assertThat(f.challenges())
                .extracting(c -> c.siteId() + ":" + c.rule())
                .containsExactly(
                        "A:LOW_RETENTION",
                        "A:NO_LOCAL_AUTHORITY_PARTNER",
                        "G:LOW_RETENTION",
                        "G:NO_LOCAL_AUTHORITY_PARTNER");
        // A and G fired NO_LOCAL_AUTHORITY_PARTNER at 2 of 7 evaluable sites (B..F have an undefined part): 28.6 % → no
        // need
        assertThat(f.supportNeeds()).isEmpty();
        assertThat(f.checks()).hasSize(7 * 8);
    }

    @Test
    @DisplayName("a support need at exactly 50 % of the evaluable sites with two sites; none with only one site")
    void supportNeeds() {
        // LOW_RETENTION evaluable at A, B, C, D (reach 2023 = 10); fires at A, B → 2 of 4 = 50 % ≥ 50 % → need.
        TestData data = new TestData("2024-12-31");
        FakeSource s = new FakeSource();
        for (String[] r : new String[][] {{"A", "10"}, {"B", "29"}, {"C", "30"}, {"D", "31"}}) {
            data.add(r[0], CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null);
            s.set(r[0], "2023", REACH, "10").set(r[0], "2024", RETENTION, r[1]);
        }
        Findings f = FormativeEvaluation.assess(data.build(), s, OPTIONS);
        assertThat(f.supportNeeds()).singleElement().satisfies(n -> {
            assertThat(n.rule()).isEqualTo(Rule.LOW_RETENTION);
            assertThat(n.evaluable()).isEqualTo(4);
            assertThat(n.fired()).isEqualTo(2);
            assertThat(n.share()).isEqualTo(Value.of(50));
            assertThat(n.siteIds()).containsExactly("A", "B");
        });
        // one site, where it fires: 100 %, but only at one site → no need
        TestData one = new TestData("2024-12-31").add("A", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null);
        assertThat(FormativeEvaluation.assess(one.build(), s, OPTIONS).supportNeeds())
                .isEmpty();
        // 2 of 5: add E (40) → 40 % < 50 % → no need
        data.add("E", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null);
        s.set("E", "2023", REACH, "10").set("E", "2024", RETENTION, "40");
        assertThat(FormativeEvaluation.assess(data.build(), s, OPTIONS).supportNeeds())
                .isEmpty();
    }

    /**
     * LOW_RETENTION fired in 2023 at A, B, C, D, E, F (reach 2022 = 10, retention 2023 = 10). In 2024:
     * A resolved (50), B persists (10), C not evaluable (reach 2023 = 4) → open, D closed on 2024-06-30 → open;
     * E's only action is dated 2022-12-31, before the window; F's action answers another rule.
     */
    private static Findings followUpScenario() {
        TestData data = new TestData("2024-12-31");
        FakeSource s = new FakeSource();
        for (String id : List.of("A", "B", "C", "D", "E", "F")) {
            data.add(id, CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", id.equals("D") ? "2024-06-30" : null);
            s.set(id, "2022", REACH, "10")
                    .set(id, "2023", RETENTION, "10")
                    .set(id, "2023", REACH, "10")
                    .set(id, "2024", RETENTION, "10");
        }
        s.set("A", "2024", RETENTION, "50").set("C", "2023", REACH, "4");
        data.action("SA-1", "A", "2023-01-01", "follow-up-contacts", "LOW_RETENTION")
                .action("SA-2", "B", "2024-12-31", "coaching", "LOW_RETENTION")
                .action("SA-5", "B", "2023-05-01", "follow-up-contacts", "LOW_RETENTION")
                .action("SA-3", "C", "2024-06-01", "follow-up-contacts", "LOW_RETENTION")
                .action("SA-4", "D", "2023-05-01", "follow-up-contacts", "LOW_RETENTION")
                .action("SA-6", "E", "2022-12-31", "follow-up-contacts", "LOW_RETENTION")
                .action("SA-7", "F", "2023-05-01", "follow-up-contacts", "LOW_OUTCOME_RATE")
                .action("SA-8", "A", "2023-02-01", "coaching", null);
        return FormativeEvaluation.assess(data.build(), s, OPTIONS);
    }

    @Test
    @DisplayName(
            "follow-up: RESOLVED, PERSISTS and OPEN (not evaluable, or no site of Y); actions outside the window or for another rule ignored")
    void followUps() {
        Findings f = followUpScenario();
        assertThat(f.followUps())
                .extracting(u -> u.siteId() + ":" + u.rule() + ":" + u.state())
                .containsExactly(
                        "A:LOW_RETENTION:RESOLVED",
                        "B:LOW_RETENTION:PERSISTS",
                        "C:LOW_RETENTION:OPEN",
                        "D:LOW_RETENTION:OPEN");
        FollowUp b = f.followUps().get(1);
        // B's actions by date: SA-5 (2023-05-01), SA-2 (2024-12-31, the reference day of Y, still inside)
        assertThat(b.actionIds()).containsExactly("SA-5", "SA-2");
        assertThat(b.measures()).containsExactly("follow-up-contacts", "coaching");
        assertThat(f.followUps().get(3).evidence()).isEmpty();
    }

    @Test
    @DisplayName("per measure: follow-ups counted in every state, share RESOLVED among RESOLVED and PERSISTS")
    void measureFollowUps() {
        Findings f = followUpScenario();
        assertThat(f.measureFollowUps())
                .extracting(MeasureFollowUp::measure)
                .containsExactly(
                        "target-review",
                        "outreach-mapping",
                        "offer-portfolio-review",
                        "follow-up-contacts",
                        "grant-call-widening",
                        "local-authority-dialogue",
                        "network-invitation",
                        "peer-visit",
                        "professionalisation-track",
                        "coaching");
        // follow-up-contacts: A RESOLVED, B PERSISTS, C OPEN, D OPEN → 4; share 100 × 1 / (1 + 1) = 50
        MeasureFollowUp contacts = f.measureFollowUps().get(3);
        assertThat(contacts).isEqualTo(new MeasureFollowUp("follow-up-contacts", 4, 1, 1, 2, Value.of(50)));
        // coaching: B PERSISTS only → 1; share 100 × 0 / 1 = 0
        assertThat(f.measureFollowUps().get(9)).isEqualTo(new MeasureFollowUp("coaching", 1, 0, 1, 0, Value.of(0)));
        // peer-visit: unused → 0, share undefined
        assertThat(f.measureFollowUps().get(7).followUps()).isZero();
        assertThat(f.measureFollowUps().get(7).resolvedShare().undefinedReason())
                .contains(Reason.NO_DENOMINATOR);
    }

    @Test
    @DisplayName("the findings carry the year's exchange network and the development series of every site")
    void wholeFindings() {
        TestData data = new TestData("2024-12-31")
                .add("A", CarrierType.CONSORTIUM, Coverage.CITY, "2023-07-01", null)
                .add("B", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", "2024-06-30")
                .exchange("2024-03-01", "A", "B");
        Dataset d = data.build();
        Findings f = FormativeEvaluation.assess(d, new FakeSource(), OPTIONS);
        assertThat(f.year()).isEqualTo(Period.year(2024));
        // B closed in 2024: no site of Y, so the year's network is A alone; all time A–B met
        assertThat(f.exchangeYear().siteIds()).containsExactly("A");
        assertThat(f.exchangeYear().density().isDefined()).isFalse();
        assertThat(f.exchangeAllTime().pairs()).containsExactly(new SitePair("A", "B", 1));
        // development: per site, indicator (reach only), years then quarters; A: 2023 (short: 184 of 365 days is not
        // fewer than half) and 2024; quarters 2023-Q3 … 2024-Q4
        assertThat(f.development())
                .extracting(x ->
                        x.siteId() + ":" + x.periodType() + ":" + x.points().size())
                .containsExactly("A:YEAR:2", "A:QUARTER:6", "B:YEAR:6", "B:QUARTER:22");
        assertThat(f.development().get(0).points().get(0).isShort()).isFalse();
    }
}
