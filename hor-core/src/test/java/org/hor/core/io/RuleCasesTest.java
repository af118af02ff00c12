package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field rule and every integrity rule, each with one minimal edit of the valid base document
 * (valid.json, one record per line: sites on lines 6–7, organisation 10, offers 13–14, deliveries
 * 17–18, cooperation 21, outcome 24, exchange 27, target 30, budget 33, measurement 36, support
 * action 39). Each edit must give exactly the one expected violation: pointer, code, line, and column
 * (the column of the offending value, or 5 — the record's {@code {} — for a missing field).
 */
class RuleCasesTest {

    @TempDir
    Path dir;

    /** A case: the edit, and where the single violation must be. {@code needle} null: the record's start. */
    record Case(String from, String to, String pointer, String code, int line, String needle) {}

    static Stream<Arguments> cases() {
        return Stream.of(
                // ---- field rules (spec 01 "Types" and record fields)
                c(
                        "an id with a space is no id",
                        "\"metric\": \"cafe.visits\"",
                        "\"metric\": \"cafe visits\"",
                        "/measurements/0/metric",
                        "HOR-201",
                        36,
                        "\"cafe visits\""),
                c(
                        "an id of 65 characters is too long",
                        "\"id\": \"hor\"",
                        "\"id\": \"" + "x".repeat(65) + "\"",
                        "/programme/id",
                        "HOR-201",
                        4,
                        "\"xxx"),
                c(
                        "a text of white space only is no text",
                        "\"name\": \"Haus A\"",
                        "\"name\": \" \\t \"",
                        "/sites/0/name",
                        "HOR-202",
                        6,
                        "\" \\t \""),
                c(
                        "a text with a control character is no text",
                        "\"title\": \"Beratung\"",
                        "\"title\": \"Bera\\u0007tung\"",
                        "/offers/1/title",
                        "HOR-202",
                        14,
                        "\"Bera"),
                c(
                        "a text of 501 code points is too long",
                        "\"name\": \"House of Resources\"",
                        "\"name\": \"" + "ä".repeat(501) + "\"",
                        "/programme/name",
                        "HOR-202",
                        4,
                        "\"ää"),
                c(
                        "30 February is no date",
                        "\"date\": \"2024-03-06\"",
                        "\"date\": \"2024-02-30\"",
                        "/deliveries/1/date",
                        "HOR-203",
                        18,
                        "\"2024-02-30\""),
                c(
                        "a date without leading zeros is no date",
                        "\"date\": \"2024-06-01\"",
                        "\"date\": \"2024-6-1\"",
                        "/outcomes/0/date",
                        "HOR-203",
                        24,
                        "\"2024-6-1\""),
                c(
                        "an amount with 3 fraction digits is no amount",
                        "\"amount\": 1500.00",
                        "\"amount\": 1.005",
                        "/deliveries/0/amount",
                        "HOR-204",
                        17,
                        "1.005"),
                c(
                        "1e999 is no amount",
                        "\"amount\": 1500.00",
                        "\"amount\": 1e999",
                        "/deliveries/0/amount",
                        "HOR-204",
                        17,
                        "1e999"),
                c(
                        "an amount over 999 999 999.99 is no amount",
                        "\"amount\": 100000",
                        "\"amount\": 1000000000",
                        "/budgets/0/amount",
                        "HOR-204",
                        33,
                        "1000000000"),
                c(
                        "a negative amount is no amount",
                        "\"amount\": 1500.00",
                        "\"amount\": -0.01",
                        "/deliveries/0/amount",
                        "HOR-204",
                        17,
                        "-0.01"),
                c(
                        "a number with 7 fraction digits is no number",
                        "\"hours\": 2.5",
                        "\"hours\": 2.5000001",
                        "/deliveries/1/hours",
                        "HOR-205",
                        18,
                        "2.5000001"),
                c(
                        "a number over 10^9 is no number",
                        "\"value\": 12}",
                        "\"value\": -1000000000.5}",
                        "/measurements/0/value",
                        "HOR-205",
                        36,
                        "-1000000000.5"),
                c(
                        "2.5 participants is no integer",
                        "\"participants\": 3",
                        "\"participants\": 2.5",
                        "/deliveries/1/participants",
                        "HOR-206",
                        18,
                        "2.5}"),
                c(
                        "a year beyond the 32-bit range is no integer",
                        "\"year\": 2024",
                        "\"year\": 1e10",
                        "/budgets/0/year",
                        "HOR-206",
                        33,
                        "1e10"),
                c(
                        "an unknown carrier type is no enum constant",
                        "\"carrierType\": \"CONSORTIUM\"",
                        "\"carrierType\": \"Consortium\"",
                        "/sites/1/carrierType",
                        "HOR-207",
                        7,
                        "\"Consortium\""),
                c(
                        "DE-XX is no German state",
                        "\"state\": \"DE-SN\", \"carrier\": \"Träger B\"",
                        "\"state\": \"DE-XX\", \"carrier\": \"Träger B\"",
                        "/sites/1/state",
                        "HOR-208",
                        7,
                        "\"DE-XX\""),
                c(
                        "negative participants are out of range",
                        "\"participants\": 3",
                        "\"participants\": -1",
                        "/deliveries/1/participants",
                        "HOR-209",
                        18,
                        "-1}"),
                c(
                        "negative hours are out of range",
                        "\"hours\": 2.5",
                        "\"hours\": -2.5",
                        "/deliveries/1/hours",
                        "HOR-209",
                        18,
                        "-2.5"),
                c(
                        "a target value of 0 is out of range",
                        "\"value\": 40",
                        "\"value\": 0",
                        "/targets/0/value",
                        "HOR-209",
                        30,
                        "0}"),
                c(
                        "a budget of 0 is out of range",
                        "\"amount\": 100000",
                        "\"amount\": 0.00",
                        "/budgets/0/amount",
                        "HOR-209",
                        33,
                        "0.00"),
                c(
                        "a founding year before 1800 is out of range",
                        "\"founded\": 2012",
                        "\"founded\": 1799",
                        "/organisations/0/founded",
                        "HOR-209",
                        10,
                        "1799"),
                c(
                        "a founding year after the year of asOf is out of range",
                        "\"founded\": 2012",
                        "\"founded\": 2025",
                        "/organisations/0/founded",
                        "HOR-209",
                        10,
                        "2025"),
                c(
                        "2024-Q5 is no period",
                        "\"period\": \"2024\"",
                        "\"period\": \"2024-Q5\"",
                        "/targets/0/period",
                        "HOR-210",
                        30,
                        "\"2024-Q5\""),
                c(
                        "an exchange of one site has too few sites",
                        "\"siteIds\": [\"S-A\", \"S-B\"]",
                        "\"siteIds\": [\"S-A\"]",
                        "/exchanges/0/siteIds",
                        "HOR-211",
                        27,
                        "[\"S-A\"]"),
                c(
                        "an exchange naming a site twice has too few distinct sites",
                        "\"siteIds\": [\"S-A\", \"S-B\"]",
                        "\"siteIds\": [\"S-A\", \"S-A\"]",
                        "/exchanges/0/siteIds",
                        "HOR-211",
                        27,
                        "[\"S-A\", \"S-A\"]"),
                c(
                        "the order of fields within a record does not matter",
                        "\"hostSiteId\": \"S-A\", \"siteIds\": [\"S-A\", \"S-B\"]",
                        "\"siteIds\": [\"S-A\", \"S-B\"], \"hostSiteId\": \"S-B\"",
                        null,
                        null,
                        0,
                        null),
                c(
                        "a measure outside the support catalogue is reported",
                        "\"measure\": \"coaching\"",
                        "\"measure\": \"lunch\"",
                        "/supportActions/0/measure",
                        "HOR-213",
                        39,
                        "\"lunch\""),
                c(
                        "a rule outside spec 03 is reported",
                        "\"rule\": \"LOW_RETENTION\"",
                        "\"rule\": \"LOW_MOOD\"",
                        "/supportActions/0/rule",
                        "HOR-214",
                        39,
                        "\"LOW_MOOD\""),
                c(
                        "a missing required field is reported at its record",
                        ", \"title\": \"Beratung\"",
                        "",
                        "/offers/1/title",
                        "HOR-200",
                        14,
                        null),
                c(
                        "an explicit null in a required field is reported at the null",
                        "\"title\": \"Beratung\"",
                        "\"title\": null",
                        "/offers/1/title",
                        "HOR-200",
                        14,
                        "null"),
                c(
                        "an explicit null in an optional field means absent",
                        "\"hours\": 2.5",
                        "\"hours\": null",
                        null,
                        null,
                        0,
                        null),
                c(
                        "a string where a number belongs is a type error",
                        "\"hours\": 2.5",
                        "\"hours\": \"2.5\"",
                        "/deliveries/1/hours",
                        "HOR-108",
                        18,
                        "\"2.5\""),
                c(
                        "a record that is no object is a type error",
                        "{\"siteId\": \"S-A\", \"year\": 2024, \"amount\": 100000}",
                        "[\"S-A\", 2024]",
                        "/budgets/0",
                        "HOR-108",
                        33,
                        "[\"S-A\""),
                c(
                        "an unknown field is reported",
                        "\"rule\": \"LOW_RETENTION\"",
                        "\"rule\": \"LOW_RETENTION\", \"nte\": \"x\"",
                        "/supportActions/0/nte",
                        "HOR-107",
                        39,
                        "\"nte\""),
                c(
                        "a duplicate key is reported",
                        "\"id\": \"D-2\"",
                        "\"id\": \"D-2\", \"id\": \"D-3\"",
                        "/deliveries/1/id",
                        "HOR-106",
                        18,
                        "\"id\": \"D-3\""),
                // ---- integrity rules (spec 01 rules 1–4)
                c(
                        "an offer of an unknown site is a dangling reference",
                        "{\"id\": \"F-2\", \"siteId\": \"S-A\"",
                        "{\"id\": \"F-2\", \"siteId\": \"S-X\"",
                        "/offers/1/siteId",
                        "HOR-300",
                        14,
                        "\"S-X\""),
                c(
                        "a delivery of an unknown offer is a dangling reference",
                        "\"offerId\": \"F-2\"",
                        "\"offerId\": \"F-9\"",
                        "/deliveries/1/offerId",
                        "HOR-300",
                        18,
                        "\"F-9\""),
                c(
                        "a delivery to an unknown organisation is a dangling reference",
                        "\"offerId\": \"F-2\", \"organisationId\": \"O-1\"",
                        "\"offerId\": \"F-2\", \"organisationId\": \"O-2\"",
                        "/deliveries/1/organisationId",
                        "HOR-300",
                        18,
                        "\"O-2\""),
                c(
                        "an exchange with an unknown site is a dangling reference",
                        "\"siteIds\": [\"S-A\", \"S-B\"]",
                        "\"siteIds\": [\"S-A\", \"S-C\"]",
                        "/exchanges/0/siteIds/1",
                        "HOR-300",
                        27,
                        "\"S-C\"]"),
                c(
                        "a target of an unknown indicator is reported",
                        "\"indicator\": \"reach.organisations\"",
                        "\"indicator\": \"reach.organisation\"",
                        "/targets/0/indicator",
                        "HOR-301",
                        30,
                        "\"reach.organisation\""),
                c(
                        "budget.amount applies to years only",
                        "\"indicator\": \"reach.organisations\", \"period\": \"2024\"",
                        "\"indicator\": \"budget.amount\", \"period\": \"2024-Q1\"",
                        "/targets/0/period",
                        "HOR-302",
                        30,
                        "\"2024-Q1\""),
                c(
                        "a delivery after asOf is reported",
                        "\"date\": \"2024-03-06\"",
                        "\"date\": \"2025-01-01\"",
                        "/deliveries/1/date",
                        "HOR-303",
                        18,
                        "\"2025-01-01\""),
                c(
                        "a site starting after asOf is reported",
                        "\"start\": \"2020-01-01\"",
                        "\"start\": \"2025-01-01\"",
                        "/sites/0/start",
                        "HOR-303",
                        6,
                        "\"2025-01-01\""),
                c(
                        "a site ending before it starts is reported",
                        "\"end\": \"2023-12-31\"",
                        "\"end\": \"2020-12-31\"",
                        "/sites/1/end",
                        "HOR-304",
                        7,
                        "\"2020-12-31\""),
                c(
                        "a cooperation ending before it starts is reported",
                        "\"formal\": true",
                        "\"end\": \"2021-04-30\", \"formal\": true",
                        "/cooperations/0/end",
                        "HOR-304",
                        21,
                        "\"2021-04-30\""),
                c(
                        "a delivery before its site starts is reported",
                        "\"date\": \"2024-03-06\"",
                        "\"date\": \"2019-12-31\"",
                        "/deliveries/1/date",
                        "HOR-305",
                        18,
                        "\"2019-12-31\""),
                c(
                        "an outcome before its site starts is reported",
                        "\"date\": \"2024-06-01\"",
                        "\"date\": \"2019-06-01\"",
                        "/outcomes/0/date",
                        "HOR-305",
                        24,
                        "\"2019-06-01\""),
                c(
                        "a measurement before its site starts is reported",
                        "\"date\": \"2024-02-01\"",
                        "\"date\": \"2019-02-01\"",
                        "/measurements/0/date",
                        "HOR-305",
                        36,
                        "\"2019-02-01\""),
                c(
                        "a support action before its site starts is reported",
                        "\"date\": \"2024-04-01\"",
                        "\"date\": \"2019-04-01\"",
                        "/supportActions/0/date",
                        "HOR-305",
                        39,
                        "\"2019-04-01\""),
                c(
                        "a cooperation starting before its site is reported",
                        "\"start\": \"2021-05-01\"",
                        "\"start\": \"2019-05-01\"",
                        "/cooperations/0/start",
                        "HOR-305",
                        21,
                        "\"2019-05-01\""),
                c(
                        "an exchange with a site that has ended is reported",
                        "\"date\": \"2022-05-01\"",
                        "\"date\": \"2024-01-01\"",
                        "/exchanges/0/siteIds/1",
                        "HOR-305",
                        27,
                        "\"S-B\"]"),
                c(
                        "a target period before its site starts is reported",
                        "\"period\": \"2024\"",
                        "\"period\": \"2019-H2\"",
                        "/targets/0/period",
                        "HOR-305",
                        30,
                        "\"2019-H2\""),
                c(
                        "a grant without an amount is reported at the delivery",
                        ", \"amount\": 1500.00",
                        "",
                        "/deliveries/0/amount",
                        "HOR-306",
                        17,
                        null),
                c(
                        "a consultation with an amount is reported",
                        "\"hours\": 2.5",
                        "\"hours\": 2.5, \"amount\": 10",
                        "/deliveries/1/amount",
                        "HOR-306",
                        18,
                        "10,"),
                c(
                        "a second delivery with the same id is reported",
                        "\"id\": \"D-2\"",
                        "\"id\": \"D-1\"",
                        "/deliveries/1/id",
                        "HOR-307",
                        18,
                        "\"D-1\""),
                c(
                        "a second target for the same site, indicator and period is reported",
                        "\"period\": \"2024\", \"value\": 40}",
                        "\"period\": \"2024\", \"value\": 40},\n    "
                                + "{\"siteId\": \"S-A\", \"indicator\": \"reach.organisations\", \"period\": \"2024\", \"value\": 50}",
                        "/targets/1",
                        "HOR-308",
                        31,
                        null),
                c(
                        "a second budget for the same site and year is reported",
                        "\"year\": 2024, \"amount\": 100000}",
                        "\"year\": 2024, \"amount\": 100000},\n    {\"siteId\": \"S-A\", \"year\": 2024, \"amount\": 5}",
                        "/budgets/1",
                        "HOR-309",
                        34,
                        null));
    }

    private static Arguments c(
            String name, String from, String to, String pointer, String code, int line, String needle) {
        return Arguments.of(name, new Case(from, to, pointer, code, line, needle));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("each rule gives exactly its violation with pointer, code, line and column")
    void rule(String name, Case c) {
        String doc = Docs.edit(Docs.valid(), c.from(), c.to());
        ReadResult r = Docs.readFile(dir, doc);
        if (c.code() == null) {
            assertThat(r.violations()).as(Docs.show(r.violations())).isEmpty();
            assertThat(r.dataset()).isPresent();
            return;
        }
        long column = c.needle() == null ? 5 : Docs.column(doc, c.line(), c.needle());
        assertThat(r.violations())
                .as(Docs.show(r.violations()))
                .extracting(Violation::pointer, Violation::code, Violation::line, Violation::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(c.pointer(), c.code(), (long) c.line(), column));
        assertThat(r.dataset()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a host that is none of the exchange's sites is reported at hostSiteId")
    void hostNotAmongSites() {
        String doc = Docs.edit(
                Docs.valid(),
                "\"hostSiteId\": \"S-A\", \"siteIds\": [\"S-A\", \"S-B\"]",
                "\"hostSiteId\": \"S-B\", \"siteIds\": [\"S-A\", \"S-B\"]");
        assertThat(Docs.readFile(dir, doc).violations()).isEmpty();
        doc = Docs.edit(
                Docs.valid(),
                "\"hostSiteId\": \"S-A\", \"siteIds\": [\"S-A\", \"S-B\"]",
                "\"hostSiteId\": \"S-B\", \"siteIds\": [\"S-A\", \"S-C\"]");
        List<Violation> vs = Docs.readFile(dir, doc).violations();
        // S-C is no site (REFERENCE) and S-B is not among [S-A, S-C] (HOST_SITE); both on line 27.
        assertThat(vs)
                .as(Docs.show(vs))
                .extracting(Violation::pointer, Violation::code, Violation::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "/exchanges/0/hostSiteId", "HOR-212", Docs.column(doc, 27, "\"S-B\"")),
                        org.assertj.core.groups.Tuple.tuple(
                                "/exchanges/0/siteIds/1", "HOR-300", Docs.column(doc, 27, "\"S-C\"")));
    }
}
