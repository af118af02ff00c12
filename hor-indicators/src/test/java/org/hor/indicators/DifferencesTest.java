package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Delivery;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.diff.Cause;
import org.hor.indicators.diff.Differences;
import org.hor.indicators.diff.DifferencesWriter;
import org.hor.indicators.diff.RecordChange;
import org.hor.indicators.diff.Side;
import org.hor.indicators.diff.ValueChange;
import org.hor.indicators.diff.ValueDiff;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hor diff} on hand-made dataset pairs (spec 06 "Differences"): each pair changes one thing,
 * and the test lists every value that changes, with its causes, worked out by hand from spec 02.
 *
 * <p>The base: site S-A (since 2023-01-01), organisations O-1 (migrant organisation) and O-2
 * (initiative, not migrant-led), offers F-1 (consulting) and F-2 (micro-grant), deliveries D-1 (O-1
 * consulting 2 h on 2023-03-01), D-2 (O-2 consulting 1 h on 2024-03-01), D-3 (O-1 grant 500 € on
 * 2024-05-01), budgets 10,000 € (2023) and 12,000 € (2024), cooperation C-1 (local authority, formal,
 * since 2023-02-01). Evaluated for the site scope and years. Its values: 2023 reach 1 (O-1), new 1,
 * migrant-led 100 %, 1 delivery, 2 h, multi-use 0 %, cost 10,000 per organisation; 2024 reach 2, new 1
 * (O-2), migrant-led 50 %, 2 deliveries (consulting, grant), 1 h, 1 grant of 500 €, retention 100 %
 * (O-1), multi-use 0 % (O-1 used only the grant in 2024), cost 6,000.
 */
class DifferencesTest {

    private static final EvaluationOptions OPTIONS =
            EvaluationOptions.defaults().withScopeKinds(ScopeKind.SITE).withPeriodTypes(PeriodType.YEAR);

    private static TestData base(String asOf) {
        return TestData.asOf(asOf)
                .site("S-A", "2023-01-01")
                .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
                .org("O-2", OrganisationType.INITIATIVE)
                .offer("F-1", "S-A", OfferType.CONSULTING)
                .offer("F-2", "S-A", OfferType.MICRO_GRANT)
                .hours("D-1", "F-1", "O-1", "2023-03-01", "2")
                .hours("D-2", "F-1", "O-2", "2024-03-01", "1")
                .grant("D-3", "F-2", "O-1", "2024-05-01", "500")
                .budget("S-A", 2023, "10000")
                .budget("S-A", 2024, "12000")
                .cooperation("C-1", "S-A", PartnerType.LOCAL_AUTHORITY, "2023-02-01", null, true);
    }

    private static Differences diff(TestData oldData, TestData newData, boolean partial) {
        return Differences.compare(side("OLD", oldData), side("NEW", newData), partial);
    }

    private static Side side(String name, TestData data) {
        Engine engine = data.engine();
        return Side.of(name, engine, engine.evaluate(OPTIONS));
    }

    private static Differences diff(Consumer<TestData> change) {
        TestData changed = base("2024-12-31");
        change.accept(changed);
        return diff(base("2024-12-31"), changed, false);
    }

    /** One line per value: {@code scope period indicator[/category]: old -> new [causes]}, numbers without trailing zeros. */
    private static List<String> lines(Differences d) {
        return d.values().stream()
                .map(v -> v.key().scope() + " " + v.key().period() + " "
                        + v.key().indicator()
                        + (v.key().category() == null ? "" : "/" + v.key().category()) + ": " + show(v.oldValue())
                        + " -> "
                        + show(v.newValue()) + " "
                        + v.causes().stream().map(Cause::toString).collect(Collectors.joining(",", "[", "]")))
                .toList();
    }

    private static String show(KeyedValue v) {
        if (v == null) {
            return "none";
        }
        return v.value() == null ? v.reason() : v.value().stripTrailingZeros().toPlainString();
    }

    private static List<String> records(Differences d) {
        return d.records().changes().stream()
                .map(c ->
                        c.kind() + " " + c.array() + "/" + c.id() + (c.fields().isEmpty() ? "" : " " + c.fields()))
                .toList();
    }

    private static void replaceDelivery(TestData t, String id, Delivery replacement) {
        t.deliveries.replaceAll(x -> x.id().equals(id) ? replacement : x);
    }

    @Test
    @DisplayName("a delivery moved from 2023 to 2024 changes both years' delivery values, each caused by that delivery")
    void deliveryMovedToAnotherYear() {
        Differences d = diff(t -> replaceDelivery(
                t,
                "D-1",
                new Delivery("D-1", "F-1", "O-1", LocalDate.parse("2024-02-01"), new BigDecimal("2"), null, null)));
        String c = " [deliveries/D-1]";
        // 2023 loses its only delivery; in 2024 O-1 is new (earliest now 2024-02-01), uses two offer
        // types (consulting, grant), and nobody was served in 2023 any more (retention over 0)
        assertThat(lines(d))
                .containsExactly(
                        "site:S-A 2023 reach.organisations: 1 -> 0" + c,
                        "site:S-A 2023 reach.organisations/MIGRANT_ORGANISATION: 1 -> 0" + c,
                        "site:S-A 2023 reach.organisations.new: 1 -> 0" + c,
                        "site:S-A 2023 reach.organisations.new/MIGRANT_ORGANISATION: 1 -> 0" + c,
                        "site:S-A 2023 reach.migrant-led.share: 100 -> NO_DENOMINATOR" + c,
                        "site:S-A 2023 deliveries.count: 1 -> 0" + c,
                        "site:S-A 2023 deliveries.count/CONSULTING: 1 -> 0" + c,
                        "site:S-A 2023 consulting.hours: 2 -> 0" + c,
                        "site:S-A 2023 offers.multi-use.share: 0 -> NO_DENOMINATOR" + c,
                        "site:S-A 2023 outcomes.organisations.share: 0 -> NO_DENOMINATOR" + c,
                        "site:S-A 2023 cost.per-organisation: 10000 -> NO_DENOMINATOR" + c,
                        "site:S-A 2024 reach.organisations.new: 1 -> 2" + c,
                        "site:S-A 2024 reach.organisations.new/MIGRANT_ORGANISATION: 0 -> 1" + c,
                        "site:S-A 2024 deliveries.count: 2 -> 3" + c,
                        "site:S-A 2024 deliveries.count/CONSULTING: 1 -> 2" + c,
                        "site:S-A 2024 consulting.hours: 1 -> 3" + c,
                        "site:S-A 2024 retention.share: 100 -> NO_DENOMINATOR" + c,
                        "site:S-A 2024 offers.multi-use.share: 0 -> 50" + c);
        assertThat(records(d)).containsExactly("CHANGED deliveries/D-1 [date]");
    }

    @Test
    @DisplayName("a corrected grant amount changes the amount and the mean of its year, caused by the grant")
    void grantAmountCorrected() {
        Differences d = diff(t -> replaceDelivery(
                t,
                "D-3",
                new Delivery("D-3", "F-2", "O-1", LocalDate.parse("2024-05-01"), null, new BigDecimal("800"), null)));
        // one grant: the top recipient's share stays 100 %, the first-time share 100 %
        assertThat(lines(d))
                .containsExactly(
                        "site:S-A 2024 grants.amount: 500 -> 800 [deliveries/D-3]",
                        "site:S-A 2024 grants.amount.mean: 500 -> 800 [deliveries/D-3]");
        assertThat(records(d)).containsExactly("CHANGED deliveries/D-3 [amount]");
    }

    @Test
    @DisplayName("an amount written with other trailing zeros is the same record and changes nothing")
    void sameAmountOtherScale() {
        Differences d = diff(t -> replaceDelivery(
                t,
                "D-3",
                new Delivery(
                        "D-3", "F-2", "O-1", LocalDate.parse("2024-05-01"), null, new BigDecimal("500.00"), null)));
        assertThat(d.values()).isEmpty();
        assertThat(d.records().changes()).isEmpty();
    }

    @Test
    @DisplayName("an organisation's new type moves it between breakdown parts and into the migrant-led share")
    void organisationTypeChanged() {
        Differences d = diff(t -> t.orgs.replaceAll(o -> o.id().equals("O-2")
                ? new Organisation(
                        "O-2",
                        o.name(),
                        OrganisationType.MIGRANT_ORGANISATION,
                        o.legalForm(),
                        null,
                        null,
                        o.attributes())
                : o));
        // O-2 is reached only in 2024, where it is also the new organisation; totals stay
        String c = " [organisations/O-2]";
        assertThat(lines(d))
                .containsExactly(
                        "site:S-A 2024 reach.organisations/MIGRANT_ORGANISATION: 1 -> 2" + c,
                        "site:S-A 2024 reach.organisations/INITIATIVE: 1 -> 0" + c,
                        "site:S-A 2024 reach.organisations.new/MIGRANT_ORGANISATION: 0 -> 1" + c,
                        "site:S-A 2024 reach.organisations.new/INITIATIVE: 1 -> 0" + c,
                        "site:S-A 2024 reach.migrant-led.share: 50 -> 100" + c);
        assertThat(records(d)).containsExactly("CHANGED organisations/O-2 [type]");
    }

    @Test
    @DisplayName("a site's new end date ends its cooperation before the reference day: the cause is the site's dates")
    void siteEndChanged() {
        Differences d = diff(t -> t.sites.replaceAll(s -> new Site(
                s.id(),
                s.name(),
                s.city(),
                s.state(),
                s.carrier(),
                s.carrierType(),
                s.coverage(),
                s.start(),
                LocalDate.parse("2024-06-30"))));
        // C-1's effective end is now 2024-06-30, before ref(2024) = 2024-12-31; the site is still active
        // in 2024, so its budget still counts; C-1 itself did not change
        String c = " [sites/S-A]";
        assertThat(lines(d))
                .containsExactly(
                        "site:S-A 2024 cooperations.active: 1 -> 0" + c,
                        "site:S-A 2024 cooperations.active/LOCAL_AUTHORITY: 1 -> 0" + c,
                        "site:S-A 2024 cooperations.formal.share: 100 -> NO_DENOMINATOR" + c);
        assertThat(records(d)).containsExactly("CHANGED sites/S-A [end]");
    }

    /** The base with a second cooperation C-2 (public authority, informal, 2024-01-10 to 2024-11-20). */
    private static TestData running(String asOf) {
        return base(asOf).cooperation("C-2", "S-A", PartnerType.PUBLIC_AUTHORITY, "2024-01-10", "2024-11-20", false);
    }

    @Test
    @DisplayName("asOf moved within the running year: nothing differs without --partial, the year's values with it")
    void asOfMovedWithinRunningPeriod() {
        TestData oldData = running("2024-11-15");
        TestData newData = running("2024-11-30").hours("D-4", "F-1", "O-2", "2024-11-20", "1");
        Differences complete = diff(oldData, newData, false);
        assertThat(complete.values()).isEmpty();
        assertThat(records(complete)).containsExactly("ADDED deliveries/D-4");
        assertThat(complete.records().asOfChanged()).isTrue();

        Differences partial = diff(oldData, newData, true);
        // ref(2024) moves from 11-15 to 11-30: C-2 (ended 11-20) is no longer active, though no
        // cooperation changed: the cause is asOf; D-4 adds a consultation of 1 h
        assertThat(lines(partial))
                .containsExactly(
                        "site:S-A 2024 deliveries.count: 2 -> 3 [deliveries/D-4]",
                        "site:S-A 2024 deliveries.count/CONSULTING: 1 -> 2 [deliveries/D-4]",
                        "site:S-A 2024 consulting.hours: 1 -> 2 [deliveries/D-4]",
                        "site:S-A 2024 cooperations.active: 2 -> 1 [asOf]",
                        "site:S-A 2024 cooperations.active/PUBLIC_AUTHORITY: 1 -> 0 [asOf]",
                        "site:S-A 2024 cooperations.formal.share: 50 -> 100 [asOf]");
    }

    @Test
    @DisplayName("records added and removed: a grant and an initiative removed, an earlier consultation and a budget")
    void recordsAddedAndRemoved() {
        Differences d = diff(t -> {
            t.deliveries.removeIf(x -> x.id().equals("D-3"));
            t.hours("D-5", "F-1", "O-2", "2023-06-01", "4");
            t.budgets.removeIf(b -> b.year() == 2023);
        });
        // 2023: O-2 now reached (new, not migrant-led), 6 h; the 2023 budget is missing (NO_DATA).
        // 2024: only O-2 (no longer new: earliest 2023-06-01), no grant; of {O-1, O-2} served in 2023
        // only O-2 comes back (50 %); 12,000 € / 1 organisation
        assertThat(lines(d))
                .containsExactly(
                        "site:S-A 2023 reach.organisations: 1 -> 2 [deliveries/D-5]",
                        "site:S-A 2023 reach.organisations/INITIATIVE: 0 -> 1 [deliveries/D-5]",
                        "site:S-A 2023 reach.organisations.new: 1 -> 2 [deliveries/D-5]",
                        "site:S-A 2023 reach.organisations.new/INITIATIVE: 0 -> 1 [deliveries/D-5]",
                        "site:S-A 2023 reach.migrant-led.share: 100 -> 50 [deliveries/D-5]",
                        "site:S-A 2023 deliveries.count: 1 -> 2 [deliveries/D-5]",
                        "site:S-A 2023 deliveries.count/CONSULTING: 1 -> 2 [deliveries/D-5]",
                        "site:S-A 2023 consulting.hours: 2 -> 6 [deliveries/D-5]",
                        "site:S-A 2023 budget.amount: 10000 -> NO_DATA [budgets/S-A/2023]",
                        "site:S-A 2023 cost.per-organisation: 10000 -> NO_DATA [deliveries/D-5,budgets/S-A/2023]",
                        "site:S-A 2024 reach.organisations: 2 -> 1 [deliveries/D-3]",
                        "site:S-A 2024 reach.organisations/MIGRANT_ORGANISATION: 1 -> 0 [deliveries/D-3]",
                        "site:S-A 2024 reach.organisations.new: 1 -> 0 [deliveries/D-3,deliveries/D-5]",
                        "site:S-A 2024 reach.organisations.new/INITIATIVE: 1 -> 0 [deliveries/D-5]",
                        "site:S-A 2024 reach.migrant-led.share: 50 -> 0 [deliveries/D-3]",
                        "site:S-A 2024 deliveries.count: 2 -> 1 [deliveries/D-3]",
                        "site:S-A 2024 deliveries.count/MICRO_GRANT: 1 -> 0 [deliveries/D-3]",
                        "site:S-A 2024 grants.count: 1 -> 0 [deliveries/D-3]",
                        "site:S-A 2024 grants.amount: 500 -> 0 [deliveries/D-3]",
                        "site:S-A 2024 grants.amount.mean: 500 -> NO_DENOMINATOR [deliveries/D-3]",
                        "site:S-A 2024 grants.first-time.share: 100 -> NO_DENOMINATOR [deliveries/D-3]",
                        "site:S-A 2024 grants.top-recipient.share: 100 -> NO_DENOMINATOR [deliveries/D-3]",
                        "site:S-A 2024 retention.share: 100 -> 50 [deliveries/D-3,deliveries/D-5]",
                        "site:S-A 2024 cost.per-organisation: 6000 -> 12000 [deliveries/D-3]");
        assertThat(records(d))
                .containsExactly("REMOVED deliveries/D-3", "ADDED deliveries/D-5", "REMOVED budgets/S-A/2023");
    }

    @Test
    @DisplayName("a removed organisation is a cause of the parts and shares it was counted in, besides its deliveries")
    void organisationRemoved() {
        Differences d = diff(t -> {
            t.deliveries.removeIf(x -> x.id().equals("D-2"));
            t.orgs.removeIf(o -> o.id().equals("O-2"));
        });
        assertThat(lines(d))
                .contains(
                        "site:S-A 2024 reach.organisations: 2 -> 1 [deliveries/D-2]",
                        "site:S-A 2024 reach.organisations/INITIATIVE: 1 -> 0 [organisations/O-2,deliveries/D-2]",
                        "site:S-A 2024 reach.migrant-led.share: 50 -> 100 [organisations/O-2,deliveries/D-2]");
        assertThat(records(d)).containsExactly("REMOVED organisations/O-2", "REMOVED deliveries/D-2");
    }

    @Test
    @DisplayName("a site added with its records: its values appear, caused by its records or, where none, by the site")
    void siteAdded() {
        Differences d = diff(t -> {
            t.site("S-B", CarrierType.OTHER_CARRIER, Coverage.REGION, "DE-BE", "2024-01-01", null);
            t.offer("F-3", "S-B", OfferType.ROOM);
            t.hours("D-6", "F-3", "O-1", "2024-04-01", "3");
        });
        assertThat(d.values())
                .allMatch(v ->
                        v.kind() == ValueChange.Kind.APPEARED && v.key().scope().equals("site:S-B"));
        assertThat(lines(d))
                .contains(
                        "site:S-B 2024 rooms.hours: none -> 3 [deliveries/D-6]",
                        "site:S-B 2024 cooperations.active: none -> 0 [sites/S-B]");
        assertThat(records(d)).containsExactly("ADDED sites/S-B", "ADDED offers/F-3", "ADDED deliveries/D-6");
    }

    // ------------------------------------------------------------------ values alone

    private static KeyedValue kv(String scope, String period, String indicator, String category, String value) {
        ValueKey key = new ValueKey(scope, period, indicator, category);
        return value.matches("[A-Z_]+")
                ? new KeyedValue(key, null, value)
                : new KeyedValue(key, new BigDecimal(value), null);
    }

    @Test
    @DisplayName("values: changed, appeared and disappeared keys in output order; numbers compared as numbers")
    void valuesAlone() {
        List<KeyedValue> a = List.of(
                kv("site:S-A", "2023", "reach.organisations", null, "3"),
                kv("site:S-A", "2023", "grants.amount", null, "500.00"),
                kv("site:S-B", "2023", "reach.organisations", null, "1"),
                kv("programme", "2023", "reach.organisations", null, "4"),
                kv("programme", "2023", "reach.organisations", "INITIATIVE", "1"));
        List<KeyedValue> b = List.of(
                kv("site:S-A", "2023", "reach.organisations", null, "3"),
                kv("site:S-A", "2023", "grants.amount", null, "500"),
                kv("site:S-A", "2023", "grants.amount.mean", null, "NO_DENOMINATOR"),
                kv("programme", "2023", "reach.organisations", null, "3"),
                kv("programme", "2023", "reach.organisations", "INITIATIVE", "0"));
        LocalDate asOf = LocalDate.parse("2024-12-31");
        List<ValueChange> changes = ValueDiff.compare(a, asOf, b, asOf, false);
        assertThat(changes)
                .extracting(v -> v.key().scope() + " " + v.key().indicator() + " "
                        + v.key().category() + " " + v.kind())
                .containsExactly(
                        "site:S-A grants.amount.mean null APPEARED",
                        "site:S-B reach.organisations null DISAPPEARED",
                        "programme reach.organisations null CHANGED",
                        "programme reach.organisations INITIATIVE CHANGED");
    }

    @Test
    @DisplayName("values: a key of a period not complete on both sides is left out unless partial")
    void partialPeriods() {
        List<KeyedValue> a = List.of(
                kv("site:S-A", "2024-Q3", "deliveries.count", null, "1"),
                kv("site:S-A", "2024-Q4", "deliveries.count", null, "1"));
        List<KeyedValue> b = List.of(
                kv("site:S-A", "2024-Q3", "deliveries.count", null, "2"),
                kv("site:S-A", "2024-Q4", "deliveries.count", null, "2"));
        // Q3 is complete at both dates, Q4 at neither
        LocalDate oldAsOf = LocalDate.parse("2024-11-15");
        LocalDate newAsOf = LocalDate.parse("2024-11-30");
        assertThat(ValueDiff.compare(a, oldAsOf, b, newAsOf, false))
                .extracting(v -> v.key().period())
                .containsExactly("2024-Q3");
        assertThat(ValueDiff.compare(a, oldAsOf, b, newAsOf, true))
                .extracting(v -> v.key().period())
                .containsExactly("2024-Q3", "2024-Q4");
        // complete at the new asOf but not at the old one: still left out
        assertThat(ValueDiff.compare(a, oldAsOf, b, LocalDate.parse("2025-01-01"), false))
                .extracting(v -> v.key().period())
                .containsExactly("2024-Q3");
    }

    @Test
    @DisplayName("a side of values alone (a release) gives value differences without records or causes")
    void valuesOnlySide() {
        TestData changed = base("2024-12-31");
        replaceDelivery(
                changed,
                "D-3",
                new Delivery("D-3", "F-2", "O-1", LocalDate.parse("2024-05-01"), null, new BigDecimal("800"), null));
        Side release = Side.ofValues(
                "release.json",
                LocalDate.parse("2024-12-31"),
                side("x", base("2024-12-31")).values());
        Differences d = Differences.compare(release, side("NEW", changed), false);
        assertThat(lines(d))
                .containsExactly(
                        "site:S-A 2024 grants.amount: 500 -> 800 []",
                        "site:S-A 2024 grants.amount.mean: 500 -> 800 []");
        assertThat(d.records()).isNull();
        assertThat(DifferencesWriter.summary(d))
                .isEqualTo(
                        "values: 2 changed, 0 appeared, 0 disappeared; records: not compared (a side is no dataset)");
    }

    @Test
    @DisplayName("evaluations compared row by row give exactly what their keyed values give")
    void rowByRowEqualsKeyed() {
        TestData changed = base("2024-12-31");
        changed.deliveries.removeIf(x -> x.id().equals("D-3"));
        changed.hours("D-5", "F-1", "O-2", "2023-06-01", "4");
        changed.site("S-B", CarrierType.OTHER_CARRIER, Coverage.REGION, "DE-BE", "2024-01-01", null);
        EvaluationOptions all = EvaluationOptions.defaults();
        Evaluation a = base("2024-12-31").engine().evaluate(all);
        Evaluation b = changed.engine().evaluate(all);
        List<ValueChange> rows = ValueDiff.compare(a, b, false);
        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(rows)
                .isEqualTo(ValueDiff.compare(
                        org.hor.indicators.output.KeyedValues.of(a),
                        a.asOf(),
                        org.hor.indicators.output.KeyedValues.of(b),
                        b.asOf(),
                        false));
    }

    // ------------------------------------------------------------------ formats

    private static Differences grantCorrected() {
        return diff(t -> replaceDelivery(
                t,
                "D-3",
                new Delivery("D-3", "F-2", "O-1", LocalDate.parse("2024-05-01"), null, new BigDecimal("800"), null)));
    }

    @Test
    @DisplayName("csv: the header of spec 06, CRLF, numbers as spec 02 writes them, causes as array/id")
    void csv() {
        String csv = new DifferencesWriter(DifferencesWriter.Format.CSV).toString(grantCorrected());
        assertThat(csv)
                .isEqualTo("scope,period,indicator,category,change,old,new,oldReason,newReason,causes\r\n"
                        + "site:S-A,2024,grants.amount,,changed,500.00,800.00,,,deliveries/D-3\r\n"
                        + "site:S-A,2024,grants.amount.mean,,changed,500.000000,800.000000,,,deliveries/D-3\r\n");
    }

    @Test
    @DisplayName("csv: causes joined by |, reasons of undefined values, and the formula guard on text")
    void csvReasonsAndGuard() {
        ValueKey key = new ValueKey("site:S-A", "2024", "acme.score", "=1+1");
        Differences d = new Differences(
                "a",
                LocalDate.parse("2024-12-31"),
                "b",
                LocalDate.parse("2024-12-31"),
                false,
                List.of(new ValueChange(
                        key,
                        ValueChange.Kind.CHANGED,
                        new KeyedValue(key, new BigDecimal("1"), null),
                        new KeyedValue(key, null, "FAILED: acme: x, y"),
                        List.of(new Cause("deliveries", "D-1"), new Cause("budgets", "S-A/2024")))),
                null);
        assertThat(new DifferencesWriter(DifferencesWriter.Format.CSV).toString(d))
                .endsWith(
                        "site:S-A,2024,acme.score,'=1+1,changed,1,,,\"FAILED: acme: x, y\",deliveries/D-1|budgets/S-A/2024\r\n");
    }

    @Test
    @DisplayName("text: a summary line, then each value with old → new and its causes")
    void text() {
        String text = new DifferencesWriter(DifferencesWriter.Format.TEXT).toString(grantCorrected());
        assertThat(text)
                .isEqualTo("values: 2 changed, 0 appeared, 0 disappeared; records: 0 added, 0 removed, 1 changed\n"
                        + "site:S-A 2024 grants.amount: 500.00 → 800.00; causes: deliveries/D-3\n"
                        + "site:S-A 2024 grants.amount.mean: 500.000000 → 800.000000; causes: deliveries/D-3\n");
    }

    @Test
    @DisplayName("json: the values as objects with numbers, plus the record changes")
    void json() {
        String json = new DifferencesWriter(DifferencesWriter.Format.JSON).toString(grantCorrected());
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("kind").asString()).isEqualTo("hor-diff");
        assertThat(root.get("summary").get("changed").asInt()).isEqualTo(2);
        JsonNode v = root.get("values").get(0);
        assertThat(v.get("scope").asString()).isEqualTo("site:S-A");
        assertThat(v.get("indicator").asString()).isEqualTo("grants.amount");
        assertThat(v.get("category").isNull()).isTrue();
        assertThat(v.get("change").asString()).isEqualTo("changed");
        assertThat(v.get("old").decimalValue()).isEqualByComparingTo("500");
        assertThat(v.get("new").decimalValue()).isEqualByComparingTo("800");
        assertThat(v.get("causes").get(0).asString()).isEqualTo("deliveries/D-3");
        JsonNode change = root.get("records").get("changes").get(0);
        assertThat(change.get("array").asString()).isEqualTo("deliveries");
        assertThat(change.get("id").asString()).isEqualTo("D-3");
        assertThat(change.get("change").asString()).isEqualTo("changed");
        assertThat(change.get("fields").get(0).asString()).isEqualTo("amount");
        assertThat(root.get("records").get("asOf").isNull()).isTrue();
    }

    @Test
    @DisplayName("the same dataset on both sides: no value differs and no record changed")
    void noDifferences() {
        Differences d = diff(base("2024-12-31"), base("2024-12-31"), false);
        assertThat(d.valuesDiffer()).isFalse();
        assertThat(d.records().changes()).isEmpty();
        assertThat(records(d)).isEmpty();
        assertThat(RecordChange.Kind.values()).hasSize(3);
    }
}
