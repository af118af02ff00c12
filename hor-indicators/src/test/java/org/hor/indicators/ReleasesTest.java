package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.core.validation.Violation;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import org.hor.indicators.release.Locks;
import org.hor.indicators.release.Release;
import org.hor.indicators.release.ReleaseReadResult;
import org.hor.indicators.release.ReleaseReader;
import org.hor.indicators.release.ReleaseWriter;
import org.hor.indicators.release.ReleasedChange;
import org.hor.indicators.release.Releases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Releases, locks and revisions (spec 06) on small hand-made datasets. */
class ReleasesTest {

    static final Release.Options OPTIONS =
            new Release.Options(EnumSet.allOf(ScopeKind.class), EnumSet.of(PeriodType.YEAR, PeriodType.QUARTER), null);

    /**
     * Two sites; deliveries in 2024 and in the first half of 2025. With asOf 2025-05-15, 2024 and
     * 2025-Q1 are complete, 2025-Q2 and 2025 are running.
     */
    static TestData base(String asOf) {
        return TestData.asOf(asOf)
                .site("S-A", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2023-01-01", null)
                .site("S-B", CarrierType.CONSORTIUM, Coverage.REGION, "DE-BE", "2023-01-01", null)
                .org("O-1", OrganisationType.MIGRANT_ORGANISATION, true)
                .org("O-2", OrganisationType.OTHER, false)
                .org("O-3", OrganisationType.INITIATIVE, null)
                .offer("C-A", "S-A", OfferType.CONSULTING)
                .offer("G-A", "S-A", OfferType.MICRO_GRANT)
                .offer("C-B", "S-B", OfferType.CONSULTING)
                .hours("D-1", "C-A", "O-1", "2024-02-10", "2.5")
                .hours("D-2", "C-A", "O-2", "2024-05-03", "1")
                .grant("D-3", "G-A", "O-1", "2024-07-01", "500.00")
                .hours("D-4", "C-B", "O-3", "2024-11-20", "3")
                .hours("D-5", "C-A", "O-1", "2025-02-01", "1.5")
                .hours("D-6", "C-B", "O-2", "2025-05-02", "2")
                .target("S-A", "reach.organisations", "2024", "2");
    }

    static Release release(Dataset d, String name) {
        Engine engine = Engine.create(d);
        return Releases.builder(d, Catalogue.standard())
                .name(name)
                .softwareVersion("test")
                .options(OPTIONS)
                .build(Releases.values(engine, OPTIONS));
    }

    static List<KeyedValue> values(Dataset d, Release.Options o) {
        return Releases.values(Engine.create(d), o);
    }

    @Test
    @DisplayName(
            "the same inputs give a byte-identical release, and reading it back gives an equal release that writes the same bytes")
    void byteIdenticalAndRoundTrip() {
        byte[] a = ReleaseWriter.create().toBytes(release(base("2025-05-15").build(), "Annual 2024"));
        byte[] b = ReleaseWriter.create().toBytes(release(base("2025-05-15").build(), "Annual 2024"));
        assertThat(a).isEqualTo(b);
        ReleaseReadResult r = ReleaseReader.builder().build().read(a);
        assertThat(r.violations()).isEmpty();
        assertThat(r.sha256()).isEqualTo(Releases.sha256(a));
        assertThat(r.release()).isEqualTo(release(base("2025-05-15").build(), "Annual 2024"));
        assertThat(ReleaseWriter.create().toBytes(r.release())).isEqualTo(a);
        String text = new String(a, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith(
                        "{\n  \"formatVersion\": \"1\",\n  \"kind\": \"hor-release\",\n  \"name\": \"Annual 2024\",\n")
                .contains("\"software\": {\"name\": \"hor\", \"version\": \"test\"}")
                .contains("{\"id\": \"reach.organisations\", \"origin\": {\"kind\": \"standard\"}}")
                .contains(
                        "\"options\": {\"scopeKinds\": [\"site\", \"carrierType\", \"coverage\", \"state\", \"programme\"], "
                                + "\"periodTypes\": [\"year\", \"quarter\"], \"suppressBelow\": null}")
                // hand-computed: S-A 2024 consulting hours 2.5 + 1, grants 500.00, reach 2 (O-1, O-2)
                .contains(
                        "{\"scope\": \"site:S-A\", \"period\": \"2024\", \"indicator\": \"consulting.hours\", \"category\": null, \"value\": 3.5, \"reason\": null}")
                .contains(
                        "{\"scope\": \"site:S-A\", \"period\": \"2024\", \"indicator\": \"grants.amount\", \"category\": null, \"value\": 500.00, \"reason\": null}")
                .contains(
                        "{\"scope\": \"site:S-A\", \"period\": \"2024\", \"indicator\": \"reach.organisations\", \"category\": null, \"value\": 2, \"reason\": null}")
                .contains(
                        "\"indicator\": \"grants.amount.mean\", \"category\": null, \"value\": null, \"reason\": \"NO_DENOMINATOR\"}")
                .doesNotContain("supersedes")
                .endsWith("\n  ]\n}\n");
    }

    @Test
    @DisplayName("the name defaults to the programme id and asOf; the dataset's SHA-256 ignores formatting")
    void defaultsAndDatasetDigest() throws Exception {
        Dataset d = base("2025-05-15").build();
        Release r = Releases.builder(d, Catalogue.standard()).options(OPTIONS).build(values(d, OPTIONS));
        assertThat(r.name()).isEqualTo("hor 2025-05-15");
        assertThat(r.programmeId()).isEqualTo("hor");
        assertThat(r.asOf()).isEqualTo(LocalDate.parse("2025-05-15"));
        // re-formatted (one line, other spacing) the file reads as the same dataset: the same digest
        String canonical = new String(DatasetWriter.create().toBytes(d), StandardCharsets.UTF_8);
        String squeezed = canonical.replaceAll("\n\\s*", " ");
        Dataset reread = DatasetReader.builder()
                .build()
                .read(new java.io.ByteArrayInputStream(squeezed.getBytes(StandardCharsets.UTF_8)), "squeezed")
                .dataset()
                .orElseThrow();
        assertThat(Releases.sha256(reread))
                .isEqualTo(r.datasetSha256())
                .isEqualTo(Releases.sha256(DatasetWriter.create().toBytes(d)));
    }

    @Test
    @DisplayName("a release checked against its own dataset: no violation")
    void ownDatasetHolds() {
        Dataset d = base("2025-05-15").build();
        Release r = release(d, "R");
        assertThat(Locks.check(r, "r.json", d, values(d, r.options()), Locks.Causes.NONE))
                .isEmpty();
        // and against a later dataset that only adds to running periods
        Dataset later =
                base("2025-06-30").hours("D-7", "C-A", "O-3", "2025-06-10", "4").build();
        assertThat(Locks.check(r, "r.json", later, values(later, r.options()), Locks.Causes.NONE))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "running-period values may change: a late delivery in 2025-Q2 changes 2025-Q2 and 2025, and no lock is broken")
    void runningPeriodsMayChange() {
        Dataset d = base("2025-05-15").build();
        Release r = release(d, "R");
        Dataset late =
                base("2025-06-30").hours("D-7", "C-A", "O-3", "2025-05-10", "4").build();
        List<KeyedValue> now = values(late, r.options());
        KeyedValue before = r.value(new ValueKey("site:S-A", "2025-Q2", "consulting.hours", null))
                .orElseThrow();
        KeyedValue after = now.stream()
                .filter(v -> v.key().equals(before.key()))
                .findFirst()
                .orElseThrow();
        assertThat(before.value()).isEqualByComparingTo("0");
        assertThat(after.value()).isEqualByComparingTo("4");
        assertThat(Locks.check(r, "r.json", late, now, Locks.Causes.NONE)).isEmpty();
    }

    @Test
    @DisplayName("against a corrected dataset every changed released figure of a complete period is named, old → new")
    void correctedDatasetNamesEveryChange() {
        Dataset d = base("2025-05-15").build();
        Release r = release(d, "R");
        // the correction: D-2 was 1 hour for O-3, not O-2
        Dataset corrected;
        TestData t = base("2025-06-30");
        t.deliveries.removeIf(x -> x.id().equals("D-2"));
        t.hours("D-2", "C-A", "O-3", "2024-05-03", "1");
        corrected = t.build();
        List<KeyedValue> now = values(corrected, r.options());
        List<Violation> v = Locks.check(r, "r.json", corrected, now, Locks.Causes.NONE);
        // every key of a complete period whose value differs, computed independently
        Map<ValueKey, KeyedValue> byKey = new HashMap<>();
        now.forEach(x -> byKey.put(x.key(), x));
        Set<String> expected = r.values().stream()
                .filter(x -> Period.parse(x.key().period()).isComplete(r.asOf()))
                .filter(x -> byKey.get(x.key()) == null || !x.sameAs(byKey.get(x.key())))
                .map(x -> ReleasedChange.describe(x.key()))
                .collect(Collectors.toSet());
        assertThat(expected)
                .doesNotContain("site:S-A 2024 reach.organisations[MIGRANT_ORGANISATION]")
                .contains("site:S-A 2024 reach.organisations[OTHER]", "site:S-A 2024 reach.organisations[INITIATIVE]");
        assertThat(v).extracting(x -> (String) x.arguments().get(0)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(v).allSatisfy(x -> assertThat(x.code()).isEqualTo("HOR-610"));
        Violation other = v.stream()
                .filter(x -> x.arguments().get(0).equals("site:S-A 2024 reach.organisations[OTHER]"))
                .findFirst()
                .orElseThrow();
        assertThat(other.format(Locale.ENGLISH))
                .matches(
                        "/values/\\d+ HOR-610 Released value changed: site:S-A 2024 reach.organisations\\[OTHER\\]: 1 → 0");
        assertThat(other.message(Locale.GERMAN))
                .isEqualTo("Veröffentlichter Wert geändert: site:S-A 2024 reach.organisations[OTHER]: 1 → 0");
        // the total stays 2 (O-1 and O-3 instead of O-1 and O-2): not a violation
        assertThat(v)
                .extracting(x -> (String) x.arguments().get(0))
                .doesNotContain("site:S-A 2024 reach.organisations");
    }

    @Test
    @DisplayName("a released value that disappears is a violation; the causes, when named, are in the message")
    void missingAndCauses() {
        Dataset d = base("2025-05-15").build();
        Release r = release(d, "R");
        Dataset narrower = base("2025-05-15").build();
        List<KeyedValue> now = values(
                narrower,
                new Release.Options(EnumSet.of(ScopeKind.SITE), EnumSet.of(PeriodType.YEAR, PeriodType.QUARTER), null));
        List<Violation> v = Locks.check(r, "r.json", narrower, now, Locks.Causes.NONE);
        assertThat(v).isNotEmpty().allSatisfy(x -> assertThat(x.code()).isEqualTo("HOR-611"));
        assertThat(v.get(0).message(Locale.ENGLISH))
                .isEqualTo(
                        "Released value missing: carrierType:MIGRANT_UMBRELLA 2023 reach.organisations: 0 → (no value)");
        ReleasedChange c = new ReleasedChange(
                3, r.values().get(3), new KeyedValue(r.values().get(3).key(), new BigDecimal("99"), null));
        assertThat(Locks.violation(c, List.of("deliveries/D-2")).message(Locale.ENGLISH))
                .endsWith("→ 99; causes: deliveries/D-2");
    }

    @Test
    @DisplayName("a dataset older than the release is refused, naming both dates")
    void olderDatasetRefused() {
        Release r = release(base("2025-05-15").build(), "Annual 2024");
        Dataset older = base("2025-05-14").build();
        List<Violation> v = Locks.check(r, "annual.json", older, values(older, r.options()), Locks.Causes.NONE);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("HOR-612");
            assertThat(x.message(Locale.ENGLISH))
                    .isEqualTo("The dataset (asOf 2025-05-14) is older than the release annual.json (asOf 2025-05-15)");
        });
    }

    @Test
    @DisplayName("a superseding release lists every changed complete value with the reason, and reads back")
    void supersedingRelease() {
        Dataset d = base("2025-05-15").build();
        Release old = release(d, "R1");
        byte[] oldBytes = ReleaseWriter.create().toBytes(old);
        TestData t = base("2025-06-30");
        t.deliveries.removeIf(x -> x.id().equals("D-1"));
        t.hours("D-1", "C-A", "O-1", "2024-02-10", "3.5");
        Dataset corrected = t.build();
        Release next = Releases.builder(corrected, Catalogue.standard())
                .name("R2")
                .softwareVersion("test")
                .options(OPTIONS)
                .supersedes(old, Releases.sha256(oldBytes), "D-1 was 3.5 hours")
                .build(values(corrected, OPTIONS));
        assertThat(next.supersedes()).isEqualTo(new Release.Supersedes("R1", Releases.sha256(oldBytes)));
        // consulting hours of S-A, its groups and the programme, in 2024 and 2024-Q1: 1 hour more
        assertThat(next.revisions())
                .extracting(x -> ReleasedChange.describe(x.key()))
                .containsExactly(
                        "site:S-A 2024 consulting.hours", "site:S-A 2024-Q1 consulting.hours",
                        "carrierType:MIGRANT_UMBRELLA 2024 consulting.hours",
                                "carrierType:MIGRANT_UMBRELLA 2024-Q1 consulting.hours",
                        "coverage:CITY 2024 consulting.hours", "coverage:CITY 2024-Q1 consulting.hours",
                        "state:DE-SN 2024 consulting.hours", "state:DE-SN 2024-Q1 consulting.hours",
                        "programme 2024 consulting.hours", "programme 2024-Q1 consulting.hours");
        Release.Revision first = next.revisions().get(0);
        assertThat(first.change()).isEqualTo(Release.Change.CHANGED);
        assertThat(first.oldValue()).isEqualByComparingTo("3.5");
        assertThat(first.newValue()).isEqualByComparingTo("4.5");
        assertThat(first.reason()).isEqualTo("D-1 was 3.5 hours");
        byte[] bytes = ReleaseWriter.create().toBytes(next);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"supersedes\": {\"name\": \"R1\", \"sha256\": \"" + Releases.sha256(oldBytes) + "\"}")
                .contains("{\"scope\": \"site:S-A\", \"period\": \"2024\", "
                        + "\"indicator\": \"consulting.hours\", \"category\": null, \"change\": \"changed\", \"old\": 3.5, "
                        + "\"new\": 4.5, \"oldReason\": null, \"newReason\": null, \"reason\": \"D-1 was 3.5 hours\"}");
        ReleaseReadResult r = ReleaseReader.builder().build().read(bytes);
        assertThat(r.violations()).isEmpty();
        assertThat(r.release()).isEqualTo(next);
        // the new release holds against the corrected dataset
        assertThat(Locks.check(next, "r2", corrected, values(corrected, OPTIONS), Locks.Causes.NONE))
                .isEmpty();
    }

    @Test
    @DisplayName("a superseding release without changes has an empty revisions list")
    void supersedingWithoutChanges() {
        Dataset d = base("2025-05-15").build();
        Release old = release(d, "R1");
        Release next = Releases.builder(d, Catalogue.standard())
                .name("R2")
                .options(OPTIONS)
                .supersedes(old, Releases.sha256(ReleaseWriter.create().toBytes(old)), "nothing")
                .build(values(d, OPTIONS));
        assertThat(next.revisions()).isEmpty();
        assertThat(new String(ReleaseWriter.create().toBytes(next), StandardCharsets.UTF_8))
                .endsWith("\"revisions\": []\n}\n");
        assertThat(ReleaseReader.builder()
                        .build()
                        .read(ReleaseWriter.create().toBytes(next))
                        .release())
                .isEqualTo(next);
    }

    @Test
    @DisplayName("a release with disclosure control records k and its values are suppressed")
    void suppressed() {
        Dataset d = base("2025-05-15").build();
        Release.Options k3 = new Release.Options(EnumSet.allOf(ScopeKind.class), EnumSet.of(PeriodType.YEAR), 3);
        Release r = Releases.builder(d, Catalogue.standard()).options(k3).build(values(d, k3));
        assertThat(r.value(new ValueKey("site:S-A", "2024", "reach.organisations", null))
                        .orElseThrow()
                        .reason())
                .isEqualTo("SUPPRESSED");
        byte[] bytes = ReleaseWriter.create().toBytes(r);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"suppressBelow\": 3}");
        assertThat(ReleaseReader.builder().build().read(bytes).release()).isEqualTo(r);
        assertThat(Locks.check(r, "r", d, values(d, r.options()), Locks.Causes.NONE))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "a generated programme (12 sites, every scope kind and period type, suppressed and not) releases, reads back valid and holds against itself")
    void generatedProgrammeRoundTrip() {
        Dataset d = org.hor.core.sample.SampleGenerator.generate(
                new org.hor.core.sample.SampleParameters(12, 300, 6_000, 2021, LocalDate.of(2025, 8, 20), 5));
        Engine engine = Engine.create(d);
        for (Integer k : java.util.Arrays.asList(null, 3)) {
            Release.Options all = new Release.Options(
                    EnumSet.allOf(ScopeKind.class),
                    EnumSet.of(PeriodType.YEAR, PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH),
                    k);
            List<KeyedValue> values = Releases.values(engine, all);
            Release r = Releases.builder(d, Catalogue.standard()).options(all).build(values);
            byte[] bytes = ReleaseWriter.create().toBytes(r);
            ReleaseReadResult read = ReleaseReader.builder().build().read(bytes);
            assertThat(read.violations()).as("k=" + k).isEmpty();
            assertThat(read.release()).isEqualTo(r);
            assertThat(Locks.check(r, "r", d, values, Locks.Causes.NONE)).isEmpty();
        }
    }
}
