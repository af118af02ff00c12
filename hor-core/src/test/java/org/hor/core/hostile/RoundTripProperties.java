package org.hor.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.io.ReadResult;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Organisation;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.testing.Gen;
import org.hor.core.validation.internal.FieldRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips over generated valid datasets: read → write → read gives an equal dataset, and
 * write → read → write gives identical bytes. The datasets come from the sample generator with small
 * random parameters, with organisation names, attributes, amounts and hours replaced by arbitrary
 * valid values (any Unicode text, numbers of every scale and notation). Seeds are fixed: every run
 * tries the same datasets; each try's seed is in its name ({@code -Dhor.seed=N} replays it, see
 * {@link Gen}).
 */
@DisplayName("Reading and writing generated valid datasets")
class RoundTripProperties {

    private static final DatasetReader READER = DatasetReader.builder().build();
    private static final DatasetWriter WRITER = DatasetWriter.create();

    private static Dataset read(byte[] bytes) {
        try {
            ReadResult r = READER.read(new ByteArrayInputStream(bytes), "property");
            assertThat(r.violations())
                    .as(
                            "valid: %s",
                            r.violations().stream()
                                    .limit(5)
                                    .map(v -> v.format(Locale.ENGLISH))
                                    .collect(Collectors.joining("\n")))
                    .isEmpty();
            return r.dataset().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Long> roundTripSeeds() {
        return Gen.seeds(20241231, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("roundTripSeeds")
    @DisplayName("write → read → write gives identical bytes, and read → write → read an equal dataset")
    void roundTrip(long seed) {
        Dataset d = dataset(new Gen(seed));
        byte[] first = WRITER.toBytes(d);
        Dataset read = read(first);
        assertThat(read).isEqualTo(d);
        byte[] second = WRITER.toBytes(read);
        assertThat(second).isEqualTo(first);
        assertThat(read(second)).isEqualTo(read);
    }

    static Stream<Long> notationSeeds() {
        return Gen.seeds(20241231, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("notationSeeds")
    @DisplayName(
            "numbers in any notation (1.5E3, 150e1, 1500.00) are read exactly and written so that they read back equal")
    void numberNotations(long seed) {
        Gen g = new Gen(seed);
        BigDecimal amount = amount(g);
        int zeros = g.between(0, 3);
        // amount = unscaled × 10^-scale, written as (unscaled × 10^zeros)E(-scale - zeros): 1500.00 → 1500000E-3
        String literal =
                amount.unscaledValue().multiply(java.math.BigInteger.TEN.pow(zeros)) + "E" + (-amount.scale() - zeros);
        String doc = HostileCorpus.base().replace("\"amount\": 1500.00", "\"amount\": " + literal);
        Dataset d = read(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        BigDecimal got = d.deliveries().get(0).amount();
        assertThat(got.compareTo(amount)).as(literal).isZero();
        byte[] written = WRITER.toBytes(d);
        Dataset again = read(written);
        assertThat(again).isEqualTo(d);
        assertThat(WRITER.toBytes(again)).isEqualTo(written);
    }

    /** A generated dataset of 1–4 sites, 1–25 organisations, 0–120 deliveries, any seed; then varied. */
    static Dataset dataset(Gen g) {
        SampleParameters p = SampleParameters.defaults()
                .withSites(g.between(1, 4))
                .withOrganisations(g.between(1, 25))
                .withDeliveries(g.between(0, 120))
                .withSeed(g.between(Long.MIN_VALUE, Long.MAX_VALUE));
        List<String> names = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> hours = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            names.add(text(g));
        }
        for (int i = 0; i < 120; i++) {
            amounts.add(amount(g));
        }
        for (int i = 0; i < 120; i++) {
            hours.add(hours(g));
        }
        return vary(SampleGenerator.generate(p), names, amounts, hours);
    }

    private static Dataset vary(Dataset d, List<String> names, List<BigDecimal> amounts, List<BigDecimal> hours) {
        List<Organisation> orgs = new ArrayList<>();
        for (int i = 0; i < d.organisations().size(); i++) {
            Organisation o = d.organisations().get(i);
            Map<String, String> attributes = new LinkedHashMap<>(o.attributes());
            attributes.put("note_" + i, names.get((i + 7) % names.size()));
            orgs.add(new Organisation(
                    o.id(),
                    names.get(i % names.size()),
                    o.type(),
                    o.legalForm(),
                    o.migrantLed(),
                    o.founded(),
                    attributes));
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < d.deliveries().size(); i++) {
            Delivery x = d.deliveries().get(i);
            deliveries.add(new Delivery(
                    x.id(),
                    x.offerId(),
                    x.organisationId(),
                    x.date(),
                    x.hours() == null ? null : hours.get(i),
                    x.amount() == null ? null : amounts.get(i),
                    x.participants()));
        }
        return new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                orgs,
                d.offers(),
                deliveries,
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
    }

    /**
     * A text of 1–60 chars from all of Unicode, less controls and unpaired surrogates, ending in
     * {@code "\\/x}; drawn again until it is a valid text (not blank).
     */
    static String text(Gen g) {
        while (true) {
            String s = g.chars(1, 60)
                            .codePoints()
                            .filter(cp -> !(cp <= 0x1F || cp >= 0x7F && cp <= 0x9F || cp >= 0xD800 && cp <= 0xDFFF))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            .toString()
                    + "\"\\/x";
            if (FieldRules.isText(s)) {
                return s;
            }
        }
    }

    /** An amount from 0 to 999 999 999.99 with 0–2 fraction digits. */
    static BigDecimal amount(Gen g) {
        long unscaled = g.between(0, 99_999_999_999L);
        int scale = g.between(0, 2);
        return BigDecimal.valueOf(unscaled, 2).setScale(scale, java.math.RoundingMode.DOWN);
    }

    /** Hours from 0 to 10⁹ with 0–6 fraction digits. */
    static BigDecimal hours(Gen g) {
        long unscaled = g.between(0, 1_000_000_000_000_000L);
        int scale = g.between(0, 6);
        return BigDecimal.valueOf(unscaled, 6).setScale(scale, java.math.RoundingMode.DOWN);
    }

    static Stream<Long> generatedSeeds() {
        return Gen.seeds(20241231, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("generatedSeeds")
    @DisplayName("the generator's datasets of any small size and seed are valid")
    void generatedIsValid(long seed) {
        Gen g = new Gen(seed);
        int sites = g.between(1, 6);
        long sampleSeed = g.between(0L, 1000L);
        Dataset d = SampleGenerator.generate(SampleParameters.defaults()
                .withSites(sites)
                .withOrganisations(10)
                .withDeliveries(50)
                .withSeed(sampleSeed));
        assertThat(read(WRITER.toBytes(d))).isEqualTo(d);
    }
}
