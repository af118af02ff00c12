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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.io.ReadResult;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Organisation;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.validation.internal.FieldRules;

/**
 * Round trips over generated valid datasets: read → write → read gives an equal dataset, and
 * write → read → write gives identical bytes. The datasets come from the sample generator with small
 * random parameters, with organisation names, attributes, amounts and hours replaced by arbitrary
 * valid values (any Unicode text, numbers of every scale and notation). Seeds are fixed: every run
 * tries the same datasets.
 */
@Label("Reading and writing generated valid datasets")
class RoundTripProperties {

    private static final DatasetReader READER = DatasetReader.builder().build();
    private static final DatasetWriter WRITER = DatasetWriter.create();

    private static Dataset read(byte[] bytes) {
        try {
            ReadResult r = READER.read(new ByteArrayInputStream(bytes), "property");
            assertThat(r.violations()).as("valid: %s", r.violations().stream().limit(5)
                    .map(v -> v.format(Locale.ENGLISH)).collect(Collectors.joining("\n"))).isEmpty();
            return r.dataset().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 60, seed = "20241231")
    @Label("write → read → write gives identical bytes, and read → write → read an equal dataset")
    void roundTrip(@ForAll("datasets") Dataset d) {
        byte[] first = WRITER.toBytes(d);
        Dataset read = read(first);
        assertThat(read).isEqualTo(d);
        byte[] second = WRITER.toBytes(read);
        assertThat(second).isEqualTo(first);
        assertThat(read(second)).isEqualTo(read);
    }

    @Property(tries = 40, seed = "20241231")
    @Label("numbers in any notation (1.5E3, 150e1, 1500.00) are read exactly and written so that they read back equal")
    void numberNotations(@ForAll("amounts") BigDecimal amount, @ForAll @IntRange(min = 0, max = 3) int zeros) {
        // amount = unscaled × 10^-scale, written as (unscaled × 10^zeros)E(-scale - zeros): 1500.00 → 1500000E-3
        String literal = amount.unscaledValue().multiply(java.math.BigInteger.TEN.pow(zeros)) + "E" + (-amount.scale() - zeros);
        String doc = HostileCorpus.base().replace("\"amount\": 1500.00", "\"amount\": " + literal);
        Dataset d = read(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        BigDecimal got = d.deliveries().get(0).amount();
        assertThat(got.compareTo(amount)).as(literal).isZero();
        byte[] written = WRITER.toBytes(d);
        Dataset again = read(written);
        assertThat(again).isEqualTo(d);
        assertThat(WRITER.toBytes(again)).isEqualTo(written);
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        Arbitrary<SampleParameters> parameters = Combinators.combine(
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 25),
                Arbitraries.integers().between(0, 120), Arbitraries.longs())
                .as((s, o, dl, seed) -> SampleParameters.defaults().withSites(s).withOrganisations(o)
                        .withDeliveries(dl).withSeed(seed));
        return Combinators.combine(parameters, texts().list().ofSize(25), amounts().list().ofSize(120),
                hours().list().ofSize(120))
                .as((p, names, amounts, hours) -> vary(SampleGenerator.generate(p), names, amounts, hours));
    }

    private static Dataset vary(Dataset d, List<String> names, List<BigDecimal> amounts, List<BigDecimal> hours) {
        List<Organisation> orgs = new ArrayList<>();
        for (int i = 0; i < d.organisations().size(); i++) {
            Organisation o = d.organisations().get(i);
            Map<String, String> attributes = new LinkedHashMap<>(o.attributes());
            attributes.put("note_" + i, names.get((i + 7) % names.size()));
            orgs.add(new Organisation(o.id(), names.get(i % names.size()), o.type(), o.legalForm(), o.migrantLed(),
                    o.founded(), attributes));
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < d.deliveries().size(); i++) {
            Delivery x = d.deliveries().get(i);
            deliveries.add(new Delivery(x.id(), x.offerId(), x.organisationId(), x.date(),
                    x.hours() == null ? null : hours.get(i), x.amount() == null ? null : amounts.get(i), x.participants()));
        }
        return new Dataset(d.formatVersion(), d.asOf(), d.programme(), d.sites(), orgs, d.offers(), deliveries,
                d.cooperations(), d.outcomes(), d.exchanges(), d.targets(), d.budgets(), d.measurements(),
                d.supportActions());
    }

    /** Texts of 1–500 code points from all of Unicode except controls and unpaired surrogates, not blank. */
    @Provide
    static Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60)
                .map(s -> s.codePoints().filter(cp -> !(cp <= 0x1F || cp >= 0x7F && cp <= 0x9F || cp >= 0xD800 && cp <= 0xDFFF))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString() + "\"\\/x")
                .filter(FieldRules::isText);
    }

    /** Amounts from 0 to 999 999 999.99 with 0–2 fraction digits. */
    @Provide
    static Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(0, 99_999_999_999L), Arbitraries.integers().between(0, 2))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, 2).setScale(scale, java.math.RoundingMode.DOWN));
    }

    /** Hours from 0 to 10⁹ with 0–6 fraction digits. */
    static Arbitrary<BigDecimal> hours() {
        return Combinators.combine(Arbitraries.longs().between(0, 1_000_000_000_000_000L), Arbitraries.integers().between(0, 6))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, 6).setScale(scale, java.math.RoundingMode.DOWN));
    }

    @Property(tries = 30, seed = "20241231")
    @Label("the generator's datasets of any small size and seed are valid")
    void generatedIsValid(@ForAll @IntRange(min = 1, max = 6) int sites, @ForAll @LongRange(min = 0, max = 1000) long seed) {
        Dataset d = SampleGenerator.generate(SampleParameters.defaults().withSites(sites).withOrganisations(10)
                .withDeliveries(50).withSeed(seed));
        assertThat(read(WRITER.toBytes(d))).isEqualTo(d);
    }
}
