package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.SupportAction;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FollowUp;
import org.hor.indicators.evaluation.FollowUpState;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.evaluation.Rule;
import org.hor.indicators.evaluation.RuleCheck;
import org.hor.indicators.evaluation.SupportNeed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Independent acceptance audit of spec 03 §2–§4 (rules, their strictness, sites of Y, follow-up,
 * support needs) with the real engine on one hand-made dataset.
 */
@DisplayName("Spec audit: the formative evaluation's rules (spec 03)")
class SpecAuditEvaluationTest {

    private static final OrganisationType MO = OrganisationType.MIGRANT_ORGANISATION;

    /*
     * asOf 2024-03-31 -> Y = 2023 (the latest year whose last day is <= asOf). All sites MIGRANT_UMBRELLA/CITY.
     * S-A from 2021-01-01: reach 2021 {A1,A2,A3} = 3, 2022 {A1,A2} = 2, 2023 {A1} = 1 -> strictly falling.
     *      target reach.organisations 2023-Q4 = 2 (actual 1 -> 50 PARTLY), 2023 = 1 (ACHIEVED), 2024-Q1 = 5
     *      (complete, but not within Y). LOCAL_AUTHORITY cooperation 2021-01-01 .. 2023-12-31 (active on 31 Dec).
     * S-B from 2021-01-02: the same reach pattern, but not active on every day of 2021.
     *      LOCAL_AUTHORITY cooperation 2021-01-02 .. 2023-12-30 (ended before 31 Dec 2023).
     * S-C from 2022-01-01: 2022 {C01..C10}; 2023 {C01..C04, C20}: reach 5, new 1 -> 100*1 = 20*5: not < 20 %.
     *      grants 2023: 4 grants 40 / 20 / 20 / 20 -> top share 40: not > 40.
     * S-D from 2022-01-01: 2022 {D01..D10}; 2023 {D01..D03}: retention 100*3/10 = 30: not < 30.
     *      grants 2023: 4 grants 40.01 / 20 / 20 / 19.99 -> top share 40.01 > 40.
     * S-E from 2022-01-01: 2022 {E01..E10}; 2023 {E01, E02}: retention 20 < 30.
     * S-F from 2022-01-01, ended 2023-12-30: no site of 2023.  S-G from 2022-01-01, ends 2023-12-31: a site of 2023.
     * Exchanges: X0 2022-05-01 S-C, S-D; X1 2023-06-01 S-C, S-D.
     * Support: S-A ISOLATED_SITE network-invitation on 2022-01-01 (first day of the window) and
     *          coaching on 2021-12-31 (before the window).
     */
    private static Dataset dataset() {
        TestData t = TestData.asOf("2024-03-31")
                .site("S-A", "2021-01-01")
                .site("S-B", "2021-01-02")
                .site("S-C", "2022-01-01")
                .site("S-D", "2022-01-01")
                .site("S-E", "2022-01-01")
                .site("S-F", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2022-01-01", "2023-12-30")
                .site("S-G", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2022-01-01", "2023-12-31");
        for (String s : List.of("A", "B", "C", "D", "E")) {
            t.offer(s, "S-" + s, OfferType.CONSULTING).offer("G" + s, "S-" + s, OfferType.MICRO_GRANT);
        }
        for (String s : List.of("A", "B")) {
            for (int i = 1; i <= 3; i++) {
                t.org(s + i, MO);
            }
            t.delivery(s + "21-1", s, s + "1", "2021-03-01")
                    .delivery(s + "21-2", s, s + "2", "2021-03-01")
                    .delivery(s + "21-3", s, s + "3", "2021-03-01")
                    .delivery(s + "22-1", s, s + "1", "2022-03-01")
                    .delivery(s + "22-2", s, s + "2", "2022-03-01")
                    .delivery(s + "23-1", s, s + "1", "2023-03-01");
        }
        for (String s : List.of("C", "D", "E")) {
            for (int i = 1; i <= 10; i++) {
                String o = String.format("%s%02d", s, i);
                t.org(o, MO).delivery(s + "22-" + i, s, o, "2022-03-01");
            }
        }
        for (int i = 1; i <= 4; i++) {
            t.delivery("C23-" + i, "C", String.format("C%02d", i), "2023-03-01");
        }
        t.org("C20", MO).delivery("C23-20", "C", "C20", "2023-04-01");
        t.grant("GC-1", "GC", "C01", "2023-05-01", "40")
                .grant("GC-2", "GC", "C02", "2023-05-01", "20")
                .grant("GC-3", "GC", "C03", "2023-05-01", "20")
                .grant("GC-4", "GC", "C04", "2023-05-01", "20");
        for (int i = 1; i <= 3; i++) {
            t.delivery("D23-" + i, "D", String.format("D%02d", i), "2023-03-01");
        }
        t.grant("GD-1", "GD", "D01", "2023-05-01", "40.01")
                .grant("GD-2", "GD", "D02", "2023-05-01", "20")
                .grant("GD-3", "GD", "D02", "2023-06-01", "0")
                .grant("GD-4", "GD", "D03", "2023-05-01", "39.99");
        t.delivery("E23-1", "E", "E01", "2023-03-01").delivery("E23-2", "E", "E02", "2023-03-01");
        t.cooperation("K-A", "S-A", PartnerType.LOCAL_AUTHORITY, "2021-01-01", "2023-12-31", true)
                .cooperation("K-B", "S-B", PartnerType.LOCAL_AUTHORITY, "2021-01-02", "2023-12-30", true)
                .exchange("X0", "2022-05-01", ExchangeFormat.PEER_VISIT, "S-C", "S-D")
                .exchange("X1", "2023-06-01", ExchangeFormat.WORKSHOP, "S-C", "S-D")
                .target("S-A", "reach.organisations", "2023-Q4", "2")
                .target("S-A", "reach.organisations", "2023", "1")
                .target("S-A", "reach.organisations", "2024-Q1", "5");
        Dataset d = t.build();
        List<SupportAction> actions = List.of(
                new SupportAction(
                        "SA-1", "S-A", LocalDate.parse("2022-01-01"), "network-invitation", "ISOLATED_SITE", null),
                new SupportAction("SA-0", "S-A", LocalDate.parse("2021-12-31"), "coaching", "ISOLATED_SITE", null));
        return new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                d.organisations(),
                d.offers(),
                d.deliveries(),
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                d.targets(),
                d.budgets(),
                d.measurements(),
                actions);
    }

    private static final Findings FINDINGS =
            FormativeEvaluation.assess(Engine.create(dataset()), AssessmentOptions.defaults());

    private static RuleCheck check(String site, Rule rule) {
        return FINDINGS.checks().stream()
                .filter(c -> c.siteId().equals(site) && c.rule() == rule)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check of " + rule + " at " + site));
    }

    @Test
    @DisplayName("Y is the latest complete year; the sites of Y are those active on its last day")
    void sitesOfYear() {
        assertThat(FINDINGS.year().code()).isEqualTo("2023");
        // S-F ended 2023-12-30: reported, not judged; S-G ends on 2023-12-31: a site of Y
        assertThat(FINDINGS.sitesOfYear()).containsExactly("S-A", "S-B", "S-C", "S-D", "S-E", "S-G");
        assertThat(FINDINGS.checks()).noneMatch(c -> c.siteId().equals("S-F"));
    }

    @Test
    @DisplayName("DECLINING_REACH needs activity on every day of Y-2..Y and a strict fall")
    void decliningReach() {
        // S-A: active from 2021-01-01, 3 > 2 > 1 -> fires; S-B: starts 2021-01-02 -> not evaluable
        assertThat(check("S-A", Rule.DECLINING_REACH).fired()).isTrue();
        assertThat(check("S-B", Rule.DECLINING_REACH).evaluable()).isFalse();
    }

    @Test
    @DisplayName(
            "threshold strictness: exactly 20 % new, exactly 30 retention, exactly 40 top share do not fire; ≥ 5 and ≥ 4 are evaluable")
    void strictness() {
        assertThat(check("S-C", Rule.LOW_NEW_REACH))
                .extracting(RuleCheck::evaluable, RuleCheck::fired)
                .containsExactly(true, false); // reach 5 (>= 5), 100*1 = 20*5
        assertThat(check("S-D", Rule.LOW_NEW_REACH).evaluable()).isFalse(); // reach 3 < 5
        assertThat(check("S-D", Rule.LOW_RETENTION))
                .extracting(RuleCheck::evaluable, RuleCheck::fired)
                .containsExactly(true, false); // 2022 reach 10; retention 30
        assertThat(check("S-E", Rule.LOW_RETENTION).fired()).isTrue(); // retention 20 < 30
        assertThat(check("S-A", Rule.LOW_RETENTION).evaluable()).isFalse(); // 2022 reach 2 < 5
        assertThat(check("S-C", Rule.GRANT_CONCENTRATION))
                .extracting(RuleCheck::evaluable, RuleCheck::fired)
                .containsExactly(true, false); // 4 grants; 100 * 40 / 100 = 40
        // S-D: 4 grants (one of 0.00), total 100.00; top D01 40.01 -> 40.01 > 40; D02 20 + 0 = 20
        assertThat(check("S-D", Rule.GRANT_CONCENTRATION).fired()).isTrue();
        assertThat(check("S-E", Rule.GRANT_CONCENTRATION).evaluable()).isFalse(); // 0 grants
    }

    @Test
    @DisplayName(
            "NO_LOCAL_AUTHORITY_PARTNER looks at the stock on 31 Dec of Y; ISOLATED_SITE; LOW_OUTCOME_RATE's start before 1 Jan Y-1")
    void otherRules() {
        assertThat(check("S-A", Rule.NO_LOCAL_AUTHORITY_PARTNER).fired()).isFalse(); // ends 2023-12-31
        assertThat(check("S-B", Rule.NO_LOCAL_AUTHORITY_PARTNER).fired()).isTrue(); // ended 2023-12-30
        assertThat(check("S-A", Rule.ISOLATED_SITE).fired()).isTrue();
        assertThat(check("S-C", Rule.ISOLATED_SITE))
                .extracting(RuleCheck::evaluable, RuleCheck::fired)
                .containsExactly(true, false);
        // S-B started 2021-01-02 < 2022-01-01: evaluable; S-C started 2022-01-01: not
        assertThat(check("S-B", Rule.LOW_OUTCOME_RATE))
                .extracting(RuleCheck::evaluable, RuleCheck::fired)
                .containsExactly(true, true); // no outcomes -> 0 < 10
        assertThat(check("S-C", Rule.LOW_OUTCOME_RATE).evaluable()).isFalse();
        // peers of S-A's ISOLATED_SITE: evaluable, not fired, participations (2023) defined: S-C (1), S-D (1);
        // same carrier type, equal values -> by id
        Challenge isolated = FINDINGS.challengesOf("S-A").stream()
                .filter(c -> c.rule() == Rule.ISOLATED_SITE)
                .findFirst()
                .orElseThrow();
        assertThat(isolated.peers()).extracting(p -> p.siteId()).containsExactly("S-C", "S-D");
    }

    @Test
    @DisplayName("TARGET_MISSED: only targets of complete periods within Y, one challenge per missed target")
    void targetMissed() {
        List<Challenge> targets = FINDINGS.challenges().stream()
                .filter(c -> c.rule() == Rule.TARGET_MISSED)
                .toList();
        // S-A: 2023 ACHIEVED (1 of 1); 2023-Q4 PARTLY (1 of 2 = 50); 2024-Q1 is not within Y
        assertThat(targets)
                .extracting(c -> c.siteId() + " " + c.period().code() + " " + c.indicator())
                .containsExactly("S-A 2023-Q4 reach.organisations");
        assertThat(check("S-B", Rule.TARGET_MISSED).evaluable()).isFalse();
    }

    @Test
    @DisplayName("follow-up counts support from 1 Jan Y-1; support needs need >= 50 % and >= 2 sites")
    void followUpAndNeeds() {
        // 2022: exchange X0 -> ISOLATED_SITE evaluable; S-A fired (not in X0). SA-1 on 2022-01-01 counts, SA-0 not.
        // 2023: S-A still fires -> PERSISTS
        assertThat(FINDINGS.followUps())
                .extracting(FollowUp::siteId, FollowUp::rule, FollowUp::actionIds, FollowUp::state)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "S-A", Rule.ISOLATED_SITE, List.of("SA-1"), FollowUpState.PERSISTS));
        // ISOLATED_SITE 2023: evaluable at the 6 sites of Y, fires at S-A, S-B, S-E, S-G = 4 -> 66.7 % >= 50 %
        // DECLINING_REACH: evaluable at S-A only, fired at 1 site -> not a need (needs 2)
        assertThat(FINDINGS.supportNeeds())
                .extracting(SupportNeed::rule)
                .contains(Rule.ISOLATED_SITE)
                .doesNotContain(Rule.DECLINING_REACH);
        SupportNeed isolated = FINDINGS.supportNeeds().stream()
                .filter(n -> n.rule() == Rule.ISOLATED_SITE)
                .findFirst()
                .orElseThrow();
        assertThat(isolated.evaluable()).isEqualTo(6);
        assertThat(isolated.siteIds()).containsExactly("S-A", "S-B", "S-E", "S-G");
    }
}
