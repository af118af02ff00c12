package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.Direction;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.internal.TargetMath;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.TidyCsvWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Independent acceptance audit of spec 02 "What an evaluation covers", "Output", "Targets and
 * attainment" and spec 04 "Machine formats" (CSV), on hand-made datasets.
 */
@DisplayName("Spec audit: coverage, order, targets and the tidy CSV")
class SpecAuditOutputTest {

    /*
     * asOf 2024-05-15; S-A from 2024-01-01. O-1 MIGRANT_ORGANISATION (migrant-led by default), O-2 INITIATIVE
     * (not migrant-led by default). CONSULTING offer C:
     *   D1 O-1 2024-01-10 1.5 h · D2 O-2 2024-02-10 2 h · D3 O-1 2024-04-10 (no hours)
     * Targets: reach.organisations 2024-Q1 = 4 (complete); deliveries.count 2024 = 366 (partial).
     */
    private static Engine small() {
        return TestData.asOf("2024-05-15")
                .site("S-A", "2024-01-01")
                .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
                .org("O-2", OrganisationType.INITIATIVE)
                .offer("C", "S-A", OfferType.CONSULTING)
                .hours("D1", "C", "O-1", "2024-01-10", "1.5")
                .hours("D2", "C", "O-2", "2024-02-10", "2")
                .hours("D3", "C", "O-1", "2024-04-10", null)
                .target("S-A", "reach.organisations", "2024-Q1", "4")
                .target("S-A", "deliveries.count", "2024", "366")
                .engine();
    }

    private static List<String> csvLines(Engine engine, EvaluationOptions options, CsvDialect dialect) {
        String csv = new TidyCsvWriter(dialect).toString(engine.evaluate(options));
        return Arrays.asList(csv.split("\r\n", -1));
    }

    @Test
    @DisplayName(
            "CSV rows: integers, plain hours, 2-digit money, 6-digit shares and targets, targets on the total only, reasons")
    void csvRows() {
        EvaluationOptions years = new EvaluationOptions(
                EnumSet.of(ScopeKind.SITE, ScopeKind.PROGRAMME), EnumSet.of(PeriodType.YEAR), null, null);
        List<String> lines = csvLines(small(), years, CsvDialect.CSV);
        assertThat(lines.get(0))
                .isEqualTo(
                        "scope,period,indicator,breakdown,category,value,unit,target,expectation,attainment,status,reason");
        assertThat(lines.get(lines.size() - 1)).isEmpty(); // the last line ends with CRLF too
        assertThat(lines)
                .contains(
                        // 2024: reach {O-1, O-2} = 2, parts by organisation type, unit repeated, no target columns
                        "site:S-A,2024,reach.organisations,,,2,organisations,,,,,",
                        "site:S-A,2024,reach.organisations,organisationType,MIGRANT_ORGANISATION,1,organisations,,,,,",
                        "site:S-A,2024,reach.organisations,organisationType,INTEGRATIVE_ASSOCIATION,0,organisations,,,,,",
                        // partial 2024: elapsed 2024-01-01..2024-05-15 = 31+29+31+30+15 = 136 of 366 days;
                        // expectation 366 * 136 / 366 = 136; pace 100 * 3 / 136 = 2.2058823.. -> FAR_BEHIND
                        "site:S-A,2024,deliveries.count,,,3,deliveries,366.000000,136.000000,2.205882,FAR_BEHIND,",
                        "site:S-A,2024,deliveries.count,offerType,CONSULTING,3,deliveries,,,,,",
                        // hours 1.5 + 2 + 0 = 3.5; rooms 0 (not 0.0 or 0.000000)
                        "site:S-A,2024,consulting.hours,,,3.5,hours,,,,,",
                        "site:S-A,2024,rooms.hours,,,0,hours,,,,,",
                        // money with 2 digits even when 0
                        "site:S-A,2024,grants.amount,,,0.00,EUR,,,,,",
                        "site:S-A,2024,grants.amount.mean,,,,EUR,,,,,NO_DENOMINATOR",
                        // 100 * 1 / 2 = 50, rounded to 6 fraction digits
                        "site:S-A,2024,reach.migrant-led.share,,,50.000000,percent,,,,,",
                        // retention: S-A not active in 2023 -> NOT_APPLICABLE
                        "site:S-A,2024,retention.share,,,,percent,,,,,NOT_APPLICABLE",
                        // no budget for 2024 -> NO_DATA; the partial year -> cost NOT_APPLICABLE
                        "site:S-A,2024,budget.amount,,,,EUR,,,,,NO_DATA",
                        "site:S-A,2024,cost.per-organisation,,,,EUR,,,,,NOT_APPLICABLE",
                        // the target's period 2024-Q1 is added to the site although only years were asked:
                        // reach Q1 {O-1, O-2} = 2 against 4 -> 100 * 2 / 4 = 50 -> PARTLY
                        "site:S-A,2024-Q1,reach.organisations,,,2,organisations,4.000000,,50.000000,PARTLY,",
                        "programme,2024,exchange.peer-sites,,,,sites,,,,,NOT_APPLICABLE",
                        "programme,2024,exchange.participations,exchangeFormat,NETWORK_MEETING,0,exchanges,,,,,");
        // the programme gets no 2024-Q1 (only years were asked; targets belong to site scopes)
        assertThat(lines).noneMatch(l -> l.startsWith("programme,2024-Q1,"));
        // site 2024 rows come before site 2024-Q1 rows (same first day: year before quarter), then the programme
        int year = lines.indexOf("site:S-A,2024,reach.organisations,,,2,organisations,,,,,");
        int quarter =
                lines.indexOf("site:S-A,2024-Q1,reach.organisations,,,2,organisations,4.000000,,50.000000,PARTLY,");
        int programme = lines.indexOf("programme,2024,exchange.peer-sites,,,,sites,,,,,NOT_APPLICABLE");
        assertThat(year).isLessThan(quarter);
        assertThat(quarter).isLessThan(programme);
        // 25 indicators + 4 + 4 + 7 + 8 + 9 + 9 + 4 parts = 70 rows per (scope, period); 3 pairs; header; trailing ""
        assertThat(lines).hasSize(3 * 70 + 2);
    }

    @Test
    @DisplayName("csv-de: semicolons, decimal comma, byte-order mark")
    void csvGerman() {
        EvaluationOptions years =
                new EvaluationOptions(EnumSet.of(ScopeKind.SITE), EnumSet.of(PeriodType.YEAR), null, null);
        List<String> lines = csvLines(small(), years, CsvDialect.CSV_DE);
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFscope;period;indicator;breakdown;category;value;unit;target;expectation;"
                        + "attainment;status;reason");
        assertThat(lines)
                .contains(
                        "site:S-A;2024;consulting.hours;;;3,5;hours;;;;;",
                        "site:S-A;2024;deliveries.count;;;3;deliveries;366,000000;136,000000;2,205882;FAR_BEHIND;",
                        "site:S-A;2024;grants.amount;;;0,00;EUR;;;;;");
    }

    @Test
    @DisplayName(
            "scopes: sites by ordinal id, then carrier types, coverages and states in spec order, then the programme")
    void scopeOrder() {
        Engine e = TestData.asOf("2024-12-31")
                .site("S-B", CarrierType.CONSORTIUM, Coverage.REGION, "DE-TH", "2020-01-01", null)
                .site("S-A", CarrierType.MIGRANT_UMBRELLA, Coverage.REGION, "DE-BY", "2020-01-01", null)
                .site("S-10", CarrierType.CONSORTIUM, Coverage.REGION, "DE-BB", "2020-01-01", null)
                .engine();
        assertThat(e.scopes(EnumSet.allOf(ScopeKind.class)).stream()
                        .map(Scope::id)
                        .toList())
                .containsExactly(
                        "site:S-10",
                        "site:S-A",
                        "site:S-B", // '1' (0x31) < 'A' (0x41)
                        "carrierType:MIGRANT_UMBRELLA",
                        "carrierType:CONSORTIUM", // no OTHER_CARRIER site
                        "coverage:REGION", // no CITY site
                        "state:DE-BB",
                        "state:DE-BY",
                        "state:DE-TH",
                        "programme");
    }

    @Test
    @DisplayName(
            "periods: by first day, then year, half, quarter, month, custom, then last day latest first; targets' periods whatever the types; never future ones")
    void periodOrderAndCoverage() {
        // asOf 2024-02-15; S-A from 2023-12-20. Targets: two custom ranges from 2024-01-01, a month 2024-02
        // (partial), a month 2024-03 (future: excluded).
        Engine e = TestData.asOf("2024-02-15")
                .site("S-A", "2023-12-20")
                .target("S-A", "reach.organisations", "2024-01-01..2024-01-31", "1")
                .target("S-A", "reach.organisations", "2024-01-01..2024-02-10", "1")
                .target("S-A", "reach.organisations", "2024-02", "1")
                .target("S-A", "reach.organisations", "2024-03", "1")
                .engine();
        EvaluationOptions options = new EvaluationOptions(
                EnumSet.of(ScopeKind.SITE),
                EnumSet.of(PeriodType.YEAR, PeriodType.HALF_YEAR, PeriodType.QUARTER),
                null,
                null);
        assertThat(e.periods(Scope.site("S-A"), options).stream()
                        .map(Period::code)
                        .toList())
                .containsExactly(
                        "2023",
                        "2023-H2",
                        "2023-Q4",
                        "2024",
                        "2024-H1",
                        "2024-Q1",
                        "2024-01-01..2024-02-10",
                        "2024-01-01..2024-01-31",
                        "2024-02");
        // the programme: only the asked types
        EvaluationOptions programme = options.withScopeKinds(ScopeKind.PROGRAMME);
        assertThat(e.periods(Scope.PROGRAMME, programme).stream()
                        .map(Period::code)
                        .toList())
                .containsExactly("2023", "2023-H2", "2023-Q4", "2024", "2024-H1", "2024-Q1");
    }

    @Test
    @DisplayName("a scope has a period only when one of its sites is active on one of its days")
    void activeDaysOnly() {
        // S-A 2022-01-01 .. 2022-03-31 (ended); S-B from 2023-07-01. asOf 2024-01-15.
        Engine e = TestData.asOf("2024-01-15")
                .site("S-A", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2022-01-01", "2022-03-31")
                .site("S-B", CarrierType.CONSORTIUM, Coverage.CITY, "DE-SN", "2023-07-01", null)
                .engine();
        EvaluationOptions q =
                new EvaluationOptions(EnumSet.of(ScopeKind.SITE), EnumSet.of(PeriodType.QUARTER), null, null);
        assertThat(e.periods(Scope.site("S-A"), q).stream().map(Period::code).toList())
                .containsExactly("2022-Q1");
        assertThat(e.periods(Scope.site("S-B"), q).stream().map(Period::code).toList())
                .containsExactly("2023-Q3", "2023-Q4", "2024-Q1");
        // coverage:CITY = both: 2022-Q1, then a gap until 2023-Q3
        assertThat(e.periods(Scope.parse("coverage:CITY"), q).stream()
                        .map(Period::code)
                        .toList())
                .containsExactly("2022-Q1", "2023-Q3", "2023-Q4", "2024-Q1");
    }

    // ---------------------------------------------------------------- target math

    private static IndicatorDefinition def(Direction direction, Accrual accrual) {
        return IndicatorDefinition.builder("audit.x")
                .label("x", "x")
                .definition("x", "x")
                .unit("u")
                .direction(direction)
                .accrual(accrual)
                .build();
    }

    private static TargetResult target(
            Direction dir, Accrual acc, String period, String target, Value actual, String asOf) {
        return TargetMath.evaluate(
                "S-A", def(dir, acc), Period.parse(period), new BigDecimal(target), actual, LocalDate.parse(asOf));
    }

    private static Value v(String n) {
        return Value.of(new BigDecimal(n));
    }

    @Test
    @DisplayName(
            "complete periods: status boundaries 100/80/50 are inclusive; DOWN inverts; DOWN 0 is ACHIEVED without attainment")
    void complete() {
        String asOf = "2024-12-31";
        // UP, target 10: 10 -> 100 ACHIEVED; 8 -> 80 NEARLY; 7.999999 -> 79.99999 PARTLY; 5 -> 50 PARTLY; 4.999999 ->
        // MISSED
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024", "10", v("10"), asOf)
                        .status())
                .isEqualTo(TargetStatus.ACHIEVED);
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024", "10", v("8"), asOf)
                        .status())
                .isEqualTo(TargetStatus.NEARLY);
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024", "10", v("7.999999"), asOf)
                        .status())
                .isEqualTo(TargetStatus.PARTLY);
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024", "10", v("5"), asOf)
                        .status())
                .isEqualTo(TargetStatus.PARTLY);
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024", "10", v("4.999999"), asOf)
                        .status())
                .isEqualTo(TargetStatus.MISSED);
        // DOWN, target 40, actual 50 -> 100 * 40 / 50 = 80 NEARLY; actual 80 -> 50 PARTLY
        TargetResult down = target(Direction.DOWN, Accrual.LEVEL, "2024", "40", v("50"), asOf);
        assertThat(down.attainment()).isEqualByComparingTo("80");
        assertThat(down.status()).isEqualTo(TargetStatus.NEARLY);
        assertThat(target(Direction.DOWN, Accrual.LEVEL, "2024", "40", v("80"), asOf)
                        .status())
                .isEqualTo(TargetStatus.PARTLY);
        // DOWN with actual 0 -> ACHIEVED, no attainment
        TargetResult zero = target(Direction.DOWN, Accrual.LEVEL, "2024", "40", v("0"), asOf);
        assertThat(zero.status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(zero.attainment()).isNull();
        // undefined actual -> MISSED, no attainment
        TargetResult undefined = target(
                Direction.UP,
                Accrual.LEVEL,
                "2024",
                "40",
                Value.undefined(org.hor.core.spi.Reason.NO_DENOMINATOR),
                asOf);
        assertThat(undefined.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(undefined.attainment()).isNull();
        assertThat(undefined.expectation()).isNull();
    }

    @Test
    @DisplayName(
            "partial periods: CUMULATIVE expectation by elapsed days inclusive, LEVEL the target; pace boundaries 90/60")
    void partial() {
        // 2024-02 has 29 days; asOf 2024-02-10 -> 10 elapsed days; target 29 -> expectation 29 * 10 / 29 = 10
        String asOf = "2024-02-10";
        TargetResult onTrack = target(Direction.UP, Accrual.CUMULATIVE, "2024-02", "29", v("9"), asOf);
        assertThat(onTrack.expectation()).isEqualByComparingTo("10");
        assertThat(onTrack.attainment()).isEqualByComparingTo("90"); // pace 100 * 9 / 10
        assertThat(onTrack.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024-02", "29", v("6"), asOf)
                        .status())
                .isEqualTo(TargetStatus.BEHIND);
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024-02", "29", v("5.999999"), asOf)
                        .status())
                .isEqualTo(TargetStatus.FAR_BEHIND);
        // LEVEL: expectation = target 50; actual 45 -> pace 90 ON_TRACK
        TargetResult level = target(Direction.UP, Accrual.LEVEL, "2024-02", "50", v("45"), asOf);
        assertThat(level.expectation()).isEqualByComparingTo("50");
        assertThat(level.status()).isEqualTo(TargetStatus.ON_TRACK);
        // DOWN LEVEL, expectation 30, actual 50 -> pace 100 * 30 / 50 = 60 BEHIND; actual 0 -> ON_TRACK, no pace
        assertThat(target(Direction.DOWN, Accrual.LEVEL, "2024-02", "30", v("50"), asOf)
                        .status())
                .isEqualTo(TargetStatus.BEHIND);
        TargetResult zero = target(Direction.DOWN, Accrual.LEVEL, "2024-02", "30", v("0"), asOf);
        assertThat(zero.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(zero.attainment()).isNull();
        // undefined actual -> FAR_BEHIND, no pace, expectation still shown
        TargetResult undefined = target(
                Direction.UP,
                Accrual.CUMULATIVE,
                "2024-02",
                "29",
                Value.undefined(org.hor.core.spi.Reason.NO_DATA),
                asOf);
        assertThat(undefined.status()).isEqualTo(TargetStatus.FAR_BEHIND);
        assertThat(undefined.attainment()).isNull();
        assertThat(undefined.expectation()).isEqualByComparingTo("10");
        // the first day of a period: 1 elapsed day of 29 -> expectation 29 * 1 / 29 = 1
        assertThat(target(Direction.UP, Accrual.CUMULATIVE, "2024-02", "29", v("1"), "2024-02-01")
                        .expectation())
                .isEqualByComparingTo("1");
    }
}
