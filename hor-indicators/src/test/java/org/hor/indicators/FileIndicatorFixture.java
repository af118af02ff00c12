package org.hor.indicators;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.LegalForm;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Level;
import org.hor.core.spi.LocalizedText;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.Filter;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFiles;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;

/**
 * A small dataset and an indicator file with the spec 05 example and an indicator of every expression
 * kind, record set and filter kind, built as records (no file reading), with values worked out by hand
 * in {@link IndicatorFileEvaluationTest}.
 *
 * <pre>
 * asOf 2024-12-31. Sites: S-A, S-B (MIGRANT_UMBRELLA, CITY, DE-SN, from 2022), S-C (CONSORTIUM, REGION,
 * DE-HH, from 2024). Organisations (type, legal form, migrant-led, attribute district):
 *   O-1 MIGRANT_ORGANISATION  REGISTERED_ASSOCIATION  (true)  Nord
 *   O-2 INTEGRATIVE_ASSOC.    UNREGISTERED_GROUP      false   Süd
 *   O-3 INITIATIVE            FOUNDATION              true    –
 *   O-4 OTHER                 NON_PROFIT_COMPANY      false   nord  (not "Nord": case-sensitive)
 * Offers: F-AC S-A CONSULTING, F-AT S-A TRAINING, F-AG S-A MICRO_GRANT, F-BC S-B CONSULTING, F-CR S-C ROOM.
 * Deliveries:
 *   D-01 F-AC O-1 2024-01-10 hours 1.5      D-08 F-AT O-3 2024-03-01 participants 5
 *   D-02 F-AC O-1 2024-02-10 hours 2.25     D-09 F-AT O-4 2024-03-01 participants 7
 *   D-03 F-AC O-1 2024-04-10 hours 1        D-10 F-AG O-3 2024-06-01 amount 1000.50
 *   D-04 F-AC O-2 2024-01-15 hours 0.5      D-11 F-AG O-1 2024-06-02 amount 250.25 hours 2
 *   D-05 F-BC O-1 2024-05-05 hours 3        D-12 F-CR O-4 2024-02-02 hours 4
 *   D-06 F-BC O-2 2024-05-06 (no hours)     D-13 F-AC O-2 2023-06-01 hours 1
 *   D-07 F-BC O-2 2024-08-01 hours 2
 * Outcomes: E-1 S-A O-1 2024-03-01 ASSOCIATION_REGISTERED, E-2 S-A O-1 2024-09-01 PUBLIC_FUNDING_ACQUIRED,
 *   E-3 S-B O-2 2024-05-01 ASSOCIATION_REGISTERED, E-4 S-A O-3 2023-05-01 NEW_PARTNERSHIP.
 * Cooperations: K-1 S-A LOCAL_AUTHORITY 2023-01-01.. formal; K-2 S-A FOUNDATION 2024-03-01..2024-06-30
 *   informal; K-3 S-B LOCAL_AUTHORITY 2022-06-01.. informal.
 * Measurements: S-A visits 2024-02-01 10, S-A visits 2024-07-01 2.5, S-B rooms 2024-03-01 4.
 * Target: S-A x.deliveries.count 2024 = 20.
 * </pre>
 */
final class FileIndicatorFixture {
    private FileIndicatorFixture() {}

    static Dataset dataset() {
        TestData t = TestData.asOf("2024-12-31")
                .site("S-A", "2022-01-01")
                .site("S-B", "2022-01-01")
                .site("S-C", CarrierType.CONSORTIUM, Coverage.REGION, "DE-HH", "2024-01-01", null);
        t.orgs.add(new Organisation(
                "O-1",
                "Org 1",
                OrganisationType.MIGRANT_ORGANISATION,
                LegalForm.REGISTERED_ASSOCIATION,
                null,
                null,
                Map.of("district", "Nord")));
        t.orgs.add(new Organisation(
                "O-2",
                "Org 2",
                OrganisationType.INTEGRATIVE_ASSOCIATION,
                LegalForm.UNREGISTERED_GROUP,
                false,
                null,
                Map.of("district", "Süd")));
        t.orgs.add(new Organisation(
                "O-3", "Org 3", OrganisationType.INITIATIVE, LegalForm.FOUNDATION, true, null, Map.of()));
        t.orgs.add(new Organisation(
                "O-4",
                "Org 4",
                OrganisationType.OTHER,
                LegalForm.NON_PROFIT_COMPANY,
                false,
                null,
                Map.of("district", "nord")));
        t.offer("F-AC", "S-A", OfferType.CONSULTING)
                .offer("F-AT", "S-A", OfferType.TRAINING)
                .offer("F-AG", "S-A", OfferType.MICRO_GRANT)
                .offer("F-BC", "S-B", OfferType.CONSULTING)
                .offer("F-CR", "S-C", OfferType.ROOM)
                .hours("D-01", "F-AC", "O-1", "2024-01-10", "1.5")
                .hours("D-02", "F-AC", "O-1", "2024-02-10", "2.25")
                .hours("D-03", "F-AC", "O-1", "2024-04-10", "1")
                .hours("D-04", "F-AC", "O-2", "2024-01-15", "0.5")
                .hours("D-05", "F-BC", "O-1", "2024-05-05", "3")
                .delivery("D-06", "F-BC", "O-2", "2024-05-06")
                .hours("D-07", "F-BC", "O-2", "2024-08-01", "2")
                .participants("D-08", "F-AT", "O-3", "2024-03-01", 5)
                .participants("D-09", "F-AT", "O-4", "2024-03-01", 7)
                .grant("D-10", "F-AG", "O-3", "2024-06-01", "1000.50")
                .delivery("D-11", "F-AG", "O-1", "2024-06-02", "2", "250.25", null)
                .hours("D-12", "F-CR", "O-4", "2024-02-02", "4")
                .hours("D-13", "F-AC", "O-2", "2023-06-01", "1")
                .outcome("E-1", "S-A", "O-1", "2024-03-01", OutcomeType.ASSOCIATION_REGISTERED)
                .outcome("E-2", "S-A", "O-1", "2024-09-01", OutcomeType.PUBLIC_FUNDING_ACQUIRED)
                .outcome("E-3", "S-B", "O-2", "2024-05-01", OutcomeType.ASSOCIATION_REGISTERED)
                .outcome("E-4", "S-A", "O-3", "2023-05-01", OutcomeType.NEW_PARTNERSHIP)
                .cooperation("K-1", "S-A", PartnerType.LOCAL_AUTHORITY, "2023-01-01", null, true)
                .cooperation("K-2", "S-A", PartnerType.FOUNDATION, "2024-03-01", "2024-06-30", false)
                .cooperation("K-3", "S-B", PartnerType.LOCAL_AUTHORITY, "2022-06-01", null, false)
                .measurement("S-A", "visits", "2024-02-01", "10")
                .measurement("S-A", "visits", "2024-07-01", "2.5")
                .measurement("S-B", "rooms", "2024-03-01", "4")
                .target("S-A", "x.deliveries.count", "2024", "20");
        return t.build();
    }

    // ------------------------------------------------------------------ the file

    static IndicatorFile file() {
        List<FileIndicator> list = new ArrayList<>();
        // the example of spec 05, with S-A for S-HH
        list.add(indicator(
                "hh.consulting.repeat.share",
                "percent",
                List.of("S-A"),
                EnumSet.of(PeriodType.YEAR, PeriodType.QUARTER),
                new Expression.Share(
                        orgs(deliveries(where().offerType(OfferType.CONSULTING)), 3),
                        orgs(deliveries(where().offerType(OfferType.CONSULTING)), 1))));
        list.add(indicator("x.deliveries.count", "deliveries", count(deliveries(where()))));
        list.add(indicator("x.migrant.orgs", "organisations", orgs(deliveries(where().migrantLed(true)), 1)));
        list.add(indicator(
                "x.hours",
                "hours",
                new Expression.Sum(deliveries(where().offerType(OfferType.CONSULTING, OfferType.ROOM)), Field.HOURS)));
        list.add(indicator("x.all.hours", "hours", new Expression.Sum(deliveries(where()), Field.HOURS)));
        list.add(indicator(
                "x.grants.amount",
                "EUR",
                new Expression.Sum(deliveries(where().offerType(OfferType.MICRO_GRANT)), Field.AMOUNT)));
        list.add(indicator(
                "x.training.participants",
                "participations",
                new Expression.Sum(deliveries(where().offerId("F-AT")), Field.PARTICIPANTS)));
        list.add(indicator(
                "x.orgtype.count",
                "deliveries",
                count(deliveries(where().organisationType(OrganisationType.INITIATIVE, OrganisationType.OTHER)))));
        list.add(indicator(
                "x.legal.count", "deliveries", count(deliveries(where().legalForm(LegalForm.UNREGISTERED_GROUP)))));
        list.add(indicator(
                "x.district.orgs", "organisations", orgs(deliveries(where().attribute("district", "Nord")), 1)));
        list.add(indicator(
                "x.outcomes.count",
                "outcomes",
                count(new Selection(
                        RecordSet.OUTCOMES,
                        where().type(OutcomeType.ASSOCIATION_REGISTERED).build()))));
        list.add(indicator(
                "x.outcome.orgs",
                "organisations",
                orgs(new Selection(RecordSet.OUTCOMES, where().migrantLed(true).build()), 2)));
        list.add(indicator("x.visits", "visits", visits()));
        list.add(indicator(
                "x.visits.count",
                "measurements",
                count(new Selection(
                        RecordSet.MEASUREMENTS, where().metric("visits").build()))));
        list.add(indicator(
                "x.coop.informal-authorities",
                "cooperations",
                count(new Selection(
                        RecordSet.COOPERATIONS,
                        where().partnerType(PartnerType.LOCAL_AUTHORITY)
                                .formal(false)
                                .build()))));
        list.add(indicator(
                "x.coop.active", "cooperations", count(new Selection(RecordSet.COOPERATIONS, where().build()))));
        list.add(indicator(
                "x.integrative.share",
                "percent",
                new Expression.Share(
                        count(deliveries(where().organisationType(OrganisationType.INTEGRATIVE_ASSOCIATION))),
                        count(deliveries(where())))));
        list.add(indicator(
                "x.hours.per-org",
                "hours",
                new Expression.Ratio(
                        new Expression.Sum(deliveries(where()), Field.HOURS), orgs(deliveries(where()), 1))));
        // nested: events per delivery over visits; NOT_APPLICABLE (no visits) wins over NO_DENOMINATOR (no events)
        list.add(indicator(
                "x.nested.ratio",
                "ratio",
                new Expression.Ratio(
                        new Expression.Ratio(
                                count(deliveries(where())),
                                count(deliveries(where().offerType(OfferType.NETWORKING_EVENT)))),
                        visits())));
        return new IndicatorFile("own.json", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", list);
    }

    static Expression visits() {
        return new Expression.Sum(
                new Selection(RecordSet.MEASUREMENTS, where().metric("visits").build()), Field.VALUE);
    }

    static Catalogue catalogue() {
        return Catalogue.builder()
                .standard()
                .add(IndicatorFiles.provider(file()))
                .build();
    }

    static Engine engine() {
        return Engine.create(dataset(), catalogue());
    }

    static FileIndicator indicator(String id, String unit, Expression e) {
        return indicator(id, unit, List.of(), Set.of(), e);
    }

    static FileIndicator indicator(String id, String unit, List<String> sites, Set<PeriodType> periods, Expression e) {
        return new FileIndicator(
                id,
                new LocalizedText("Eigene " + id, "Own " + id),
                new LocalizedText("Definition " + id, "Definition of " + id),
                unit,
                Level.OUTPUT,
                Direction.UP,
                sites,
                periods,
                e,
                "/indicators/0");
    }

    static Expression.Count count(Selection s) {
        return new Expression.Count(s);
    }

    static Expression.Organisations orgs(Selection s, int atLeast) {
        return new Expression.Organisations(s, atLeast);
    }

    static Selection deliveries(Where w) {
        return new Selection(RecordSet.DELIVERIES, w.build());
    }

    static Where where() {
        return new Where();
    }

    /** A builder of filters for the tests. */
    static final class Where {
        private Set<OfferType> offerType = Set.of();
        private Set<String> offerId = Set.of();
        private Set<OrganisationType> organisationType = Set.of();
        private Optional<Boolean> migrantLed = Optional.empty();
        private Set<LegalForm> legalForm = Set.of();
        private Optional<Filter.Attribute> attribute = Optional.empty();
        private Set<OutcomeType> type = Set.of();
        private Set<String> metric = Set.of();
        private Set<PartnerType> partnerType = Set.of();
        private Optional<Boolean> formal = Optional.empty();

        Where offerType(OfferType... t) {
            offerType = Set.of(t);
            return this;
        }

        Where offerId(String... ids) {
            offerId = Set.of(ids);
            return this;
        }

        Where organisationType(OrganisationType... t) {
            organisationType = Set.of(t);
            return this;
        }

        Where migrantLed(boolean b) {
            migrantLed = Optional.of(b);
            return this;
        }

        Where legalForm(LegalForm... f) {
            legalForm = Set.of(f);
            return this;
        }

        Where attribute(String name, String... in) {
            attribute = Optional.of(new Filter.Attribute(name, List.of(in)));
            return this;
        }

        Where type(OutcomeType... t) {
            type = Set.of(t);
            return this;
        }

        Where metric(String... m) {
            metric = Set.of(m);
            return this;
        }

        Where partnerType(PartnerType... t) {
            partnerType = Set.of(t);
            return this;
        }

        Where formal(boolean b) {
            formal = Optional.of(b);
            return this;
        }

        Filter build() {
            return new Filter(
                    offerType,
                    offerId,
                    organisationType,
                    migrantLed,
                    legalForm,
                    attribute,
                    type,
                    metric,
                    partnerType,
                    formal);
        }
    }
}
