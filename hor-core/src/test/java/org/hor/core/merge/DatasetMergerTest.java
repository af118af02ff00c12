package org.hor.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Budget;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.validation.KnownIndicators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Many submissions, one programme: equal records merged, clashes and probable duplicates reported. */
class DatasetMergerTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final Programme PROGRAMME = new Programme("hor", "House of Resources", null);

    static Site site(String id) {
        return new Site(
                id,
                "Haus " + id,
                "Dresden",
                "DE-SN",
                "Träger",
                CarrierType.CONSORTIUM,
                Coverage.CITY,
                LocalDate.of(2020, 1, 1),
                null);
    }

    static Organisation org(String id, String name) {
        return new Organisation(
                id,
                name,
                OrganisationType.MIGRANT_ORGANISATION,
                LegalForm.REGISTERED_ASSOCIATION,
                true,
                2010,
                Map.of());
    }

    static Dataset house(String site, List<Organisation> orgs, String deliveryId, String orgId) {
        return new Dataset(
                "1",
                AS_OF,
                PROGRAMME,
                List.of(site(site)),
                orgs,
                List.of(new Offer("F-" + site, site, OfferType.CONSULTING, "Beratung")),
                List.of(new Delivery(
                        deliveryId, "F-" + site, orgId, LocalDate.of(2024, 3, 1), new BigDecimal("2"), null, null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Budget(site, 2024, new BigDecimal("1000.00"))),
                List.of(),
                List.of());
    }

    static Dataset base() {
        return new Dataset(
                "1", AS_OF, PROGRAMME, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    static MergeResult merge(boolean strict, Dataset... houses) {
        List<Submission> subs = new java.util.ArrayList<>();
        for (int i = 0; i < houses.length; i++) {
            subs.add(new Submission("house-" + (char) ('a' + i) + ".xlsx", houses[i]));
        }
        return DatasetMerger.create(KnownIndicators.standard())
                .strict(strict)
                .merge(new Submission("base.json", base()), subs);
    }

    @Test
    @DisplayName("two houses sharing an organisation (same id, same content) give one organisation record")
    void shared() {
        Organisation shared = org("O-1", "Verein Eins e.V.");
        MergeResult r = merge(
                false, house("S-A", List.of(shared), "D-A1", "O-1"), house("S-B", List.of(shared), "D-B1", "O-1"));
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.duplicates()).isEmpty();
        assertThat(r.violations()).isEmpty();
        Dataset d = r.dataset().orElseThrow();
        assertThat(d.organisations()).containsExactly(shared);
        assertThat(d.sites()).extracting(Site::id).containsExactly("S-A", "S-B");
        assertThat(d.deliveries()).extracting(Delivery::id).containsExactly("D-A1", "D-B1");
        assertThat(d.budgets()).hasSize(2);
        assertThat(d.asOf()).isEqualTo(AS_OF);
        assertThat(d.programme()).isEqualTo(PROGRAMME);
    }

    @Test
    @DisplayName("the same id with different names is a conflict naming both sources, the record and the field")
    void clash() {
        MergeResult r = merge(
                false,
                house("S-A", List.of(org("O-1", "Verein Eins")), "D-A1", "O-1"),
                house("S-B", List.of(org("O-1", "Verein Zwei")), "D-B1", "O-1"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.conflicts())
                .containsExactly(new MergeIssue(
                        MergeIssue.Kind.CONFLICT,
                        "organisations",
                        "O-1",
                        "house-a.xlsx",
                        "O-1",
                        "house-b.xlsx",
                        List.of("name")));
    }

    @Test
    @DisplayName(
            "\"Verein Müller e.V.\" and \"verein mueller\" under different ids are a probable duplicate: a warning")
    void probableDuplicate() {
        MergeResult r = merge(
                false,
                house("S-A", List.of(org("O-1", "Verein Müller e.V.")), "D-A1", "O-1"),
                house("S-B", List.of(org("O-7", "verein  mueller")), "D-B1", "O-7"));
        assertThat(r.isValid()).isTrue();
        assertThat(r.duplicates())
                .containsExactly(new MergeIssue(
                        MergeIssue.Kind.PROBABLE_DUPLICATE,
                        "organisations",
                        "O-1",
                        "house-a.xlsx",
                        "O-7",
                        "house-b.xlsx",
                        List.of("verein mueller")));
        assertThat(r.dataset().orElseThrow().organisations()).hasSize(2);
    }

    @Test
    @DisplayName("strict makes a probable duplicate an error: no dataset")
    void strict() {
        MergeResult r = merge(
                true,
                house("S-A", List.of(org("O-1", "Verein Müller e.V.")), "D-A1", "O-1"),
                house("S-B", List.of(org("O-7", "VEREIN MÜLLER")), "D-B1", "O-7"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.duplicates()).hasSize(1);
    }

    @Test
    @DisplayName(
            "the merged dataset is validated as a whole: a delivery naming another house's missing organisation fails, with its source")
    void validated() {
        MergeResult r = merge(
                false,
                house("S-A", List.of(org("O-1", "Eins")), "D-A1", "O-1"),
                house("S-B", List.of(), "D-B1", "O-9"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.violations()).hasSize(1);
        assertThat(r.violations().get(0).source()).isEqualTo("house-b.xlsx");
        assertThat(r.violations().get(0).violation().code()).isEqualTo("HOR-300");
        assertThat(r.violations().get(0).violation().pointer()).isEqualTo("/deliveries/1/organisationId");
    }

    @Test
    @DisplayName("names are normalised: case, white space, NFKC, umlauts, ß, legal forms")
    void normalise() {
        assertThat(DatasetMerger.normaliseName("Verein Müller e.V.")).isEqualTo("verein mueller");
        assertThat(DatasetMerger.normaliseName(" verein\tmueller ")).isEqualTo("verein mueller");
        assertThat(DatasetMerger.normaliseName("Straße der Vielfalt gGmbH")).isEqualTo("strasse der vielfalt");
        assertThat(DatasetMerger.normaliseName("Ｖｅｒｅｉｎ Ｍüller e. V.")).isEqualTo("verein mueller");
        assertThat(DatasetMerger.normaliseName("Kultur UG (haftungsbeschränkt)"))
                .isEqualTo("kultur");
        assertThat(DatasetMerger.normaliseName("Ökohaus eG")).isEqualTo("oekohaus");
        assertThat(DatasetMerger.normaliseName("e.V.")).isEqualTo("e v");
        assertThat(DatasetMerger.normaliseName("Verein Müller"))
                .isNotEqualTo(DatasetMerger.normaliseName("Verein Miller"));
    }
}
