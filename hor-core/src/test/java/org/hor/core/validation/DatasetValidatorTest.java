package org.hor.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hor.core.model.CarrierType;
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
import org.hor.core.model.PeriodType;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.Target;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final Site SITE = new Site(
            "S-A",
            "Haus",
            "Dresden",
            "DE-SN",
            "T",
            CarrierType.CONSORTIUM,
            Coverage.CITY,
            LocalDate.of(2020, 1, 1),
            null);
    private static final Organisation ORG =
            new Organisation("O-1", "V", OrganisationType.OTHER, LegalForm.OTHER, null, null, null);
    private static final Offer GRANT = new Offer("F-1", "S-A", OfferType.MICRO_GRANT, "G");

    private static Dataset dataset(List<Delivery> deliveries, List<Exchange> exchanges, List<Target> targets) {
        return new Dataset(
                "1",
                AS_OF,
                new Programme("p", "P", null),
                List.of(SITE),
                List.of(ORG),
                List.of(GRANT),
                deliveries,
                null,
                null,
                exchanges,
                targets,
                null,
                null,
                null);
    }

    @Test
    @DisplayName("a valid dataset in memory has no violations")
    void valid() {
        Delivery d = new Delivery("D-1", "F-1", "O-1", LocalDate.of(2024, 1, 1), null, new BigDecimal("10"), null);
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(dataset(List.of(d), null, null)))
                .isEmpty();
    }

    @Test
    @DisplayName("field and integrity violations of a dataset in memory come with pointers, ordered, without location")
    void fieldAndIntegrity() {
        List<Delivery> deliveries = List.of(
                new Delivery("D-1", "F-1", "O-1", LocalDate.of(2024, 1, 1), null, new BigDecimal("1.005"), null),
                new Delivery("D 2", "F-1", "O-9", LocalDate.of(2024, 1, 2), null, null, -1));
        List<Exchange> exchanges = List.of(new Exchange(
                "X-1", LocalDate.of(2024, 1, 1), ExchangeFormat.ONLINE, null, List.of("S-A", "bad id"), "t"));
        List<Target> targets = List.of(new Target("S-A", "reach.organisation", "2024", BigDecimal.ONE));
        List<Violation> vs =
                DatasetValidator.create(KnownIndicators.standard()).validate(dataset(deliveries, exchanges, targets));
        assertThat(vs)
                .extracting(Violation::pointer, Violation::code, Violation::line)
                .containsExactly(
                        tuple("/deliveries/0/amount", "HOR-204", -1L),
                        tuple("/deliveries/1/amount", "HOR-306", -1L),
                        tuple("/deliveries/1/id", "HOR-201", -1L),
                        tuple("/deliveries/1/organisationId", "HOR-300", -1L),
                        tuple("/deliveries/1/participants", "HOR-209", -1L),
                        tuple("/exchanges/0/siteIds/1", "HOR-201", -1L),
                        tuple("/exchanges/0/siteIds/1", "HOR-300", -1L),
                        tuple("/targets/0/indicator", "HOR-301", -1L));
        // same first segment "reach": the three reach.* indicators are suggested
        assertThat(vs.get(7).message(Locale.ENGLISH))
                .isEqualTo("Unknown indicator reach.organisation; similar: "
                        + "reach.organisations, reach.organisations.new, reach.migrant-led.share");
    }

    @Test
    @DisplayName("a null record in a list and missing top-level fields are REQUIRED")
    void nulls() {
        List<Delivery> deliveries = new ArrayList<>();
        deliveries.add(null);
        Dataset d = new Dataset(
                "1", null, null, List.of(), null, null, deliveries, null, null, null, null, null, null, null);
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(d))
                .extracting(Violation::pointer, Violation::code)
                .containsExactly(
                        tuple("/asOf", "HOR-200"),
                        tuple("/programme", "HOR-200"),
                        tuple("/sites", "HOR-200"),
                        tuple("/deliveries/0", "HOR-200"));
    }

    @Test
    @DisplayName("a custom catalogue decides which indicators and period types targets may use")
    void customCatalogue() {
        KnownIndicators known = KnownIndicators.of(java.util.Map.of("my.visits", Set.of(PeriodType.MONTH)));
        Dataset d = dataset(
                List.of(),
                null,
                List.of(
                        new Target("S-A", "my.visits", "2024", BigDecimal.ONE),
                        new Target("S-A", "my.visits", "2024-01", BigDecimal.ONE)));
        List<Violation> vs = DatasetValidator.create(known).validate(d);
        assertThat(vs)
                .extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("/targets/0/period", "HOR-302"));
        assertThat(vs.get(0).message(Locale.GERMAN))
                .isEqualTo("Der Indikator my.visits gilt nicht für Zeiträume vom Typ YEAR; erlaubt: MONTH");
    }

    @Test
    @DisplayName(
            "the standard catalogue has the 25 ids of spec 02; budget and cost per organisation apply to years only")
    void standard() {
        KnownIndicators k = KnownIndicators.standard();
        assertThat(k.ids())
                .hasSize(25)
                .startsWith("reach.organisations")
                .endsWith("budget.amount", "cost.per-organisation");
        assertThat(k.periodTypes("cost.per-organisation")).containsExactly(PeriodType.YEAR);
        assertThat(k.periodTypes("grants.amount")).containsExactlyInAnyOrder(PeriodType.values());
        assertThat(k.knows("grants.amount")).isTrue();
        assertThat(k.knows("grants.amounts")).isFalse();
    }

    @Test
    @DisplayName(
            "the constraints work with a plain Hibernate Validator and the parameter interpolator, messages resolved")
    void plainValidator() {
        try (ValidatorFactory f = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            Validator v = f.getValidator();
            Delivery bad = new Delivery(
                    "D 1", "F-1", null, LocalDate.of(2024, 1, 1), new BigDecimal("-1"), new BigDecimal("1.005"), null);
            Set<ConstraintViolation<Delivery>> found = v.validate(bad);
            assertThat(found)
                    .extracting(cv -> cv.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("id", "organisationId", "hours", "amount");
            assertThat(found)
                    .extracting(ConstraintViolation::getMessage)
                    .allSatisfy(m -> assertThat(m).doesNotContain("{").isNotBlank());
            Exchange x = new Exchange(
                    "X", LocalDate.of(2024, 1, 1), ExchangeFormat.ONLINE, "S-C", List.of("S-A", "S-B"), "t");
            assertThat(v.validate(x))
                    .extracting(cv -> cv.getPropertyPath().toString())
                    .containsExactly("hostSiteId");
        }
    }
}
