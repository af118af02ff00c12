package org.hor.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.validation.internal.Constraints;
import org.hor.core.validation.internal.FastChecks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reader skips Hibernate Validator for records {@link FastChecks#clean} passes: that is safe
 * only when no record it passes has a constraint violation. Every component of one record of each
 * type is replaced by each value of a pool of good and bad values, and the shortcut is compared with
 * the validator.
 */
@DisplayName("the validator shortcut")
class FastChecksTest {

    private static final List<Object> STRINGS = Arrays.asList(
            null,
            "",
            " ",
            "\t",
            "a",
            "a b",
            "x".repeat(64),
            "x".repeat(65),
            "ä",
            "tab\there",
            "\u0001",
            "\u007f",
            "\u0085",
            "\ud800",
            "x".repeat(500),
            "x".repeat(501),
            "DE-BE",
            "DE-XX",
            "de-be",
            "2025",
            "2025-Q2",
            "2025-Q5",
            "2025-13",
            "target-review",
            "nonsense",
            "TARGET_MISSED",
            "S-01",
            "O-0001",
            "reach.organisations",
            "\u00a0",
            "\u3000");
    private static final List<Object> NUMBERS = Arrays.asList(
            null,
            new BigDecimal("-1"),
            new BigDecimal("-0.00"),
            BigDecimal.ZERO,
            new BigDecimal("0.01"),
            new BigDecimal("0.001"),
            new BigDecimal("1.000000"),
            new BigDecimal("1.0000001"),
            new BigDecimal("1.5"),
            new BigDecimal("999999999.99"),
            new BigDecimal("1000000000"),
            new BigDecimal("1000000000.5"),
            new BigDecimal("1E+3"),
            new BigDecimal("-1000000000"),
            new BigDecimal("5"));
    private static final List<Object> INTEGERS = Arrays.asList(null, -1, 0, 1, 1799, 1800, 2025);
    private static final List<Object> DATES = Arrays.asList(null, LocalDate.of(2024, 2, 29));
    private static final List<Object> BOOLEANS = Arrays.asList(null, true, false);
    private static final List<Object> LISTS = Arrays.asList(
            null,
            List.of(),
            List.of("S-01"),
            List.of("S-01", "S-01"),
            List.of("S-01", "S-02"),
            List.of("S-01", "S-02", "S-03"),
            Arrays.asList("S-01", null),
            List.of("S 01", "S-02"),
            List.of("S-02", "S-03"));
    private static final List<Object> MAPS = Arrays.asList(
            Map.of(),
            Map.of("role", "x"),
            Map.of("bad key", "x"),
            Map.of("role", ""),
            Map.of("role", "\u0001"),
            Map.of("", "x"));

    @Test
    @DisplayName("passes every record of the sample, so reading a valid dataset never starts Hibernate Validator")
    void sampleIsClean() {
        Dataset d = SampleGenerator.generate(SampleParameters.defaults());
        List<Object> all = new ArrayList<>();
        all.add(d.programme());
        for (List<?> section : sections(d)) {
            assertThat(section).isNotEmpty();
            all.addAll(section);
        }
        assertThat(all).allMatch(FastChecks::clean);
    }

    @Test
    @DisplayName("passes a record exactly when the validator finds no violation, for every field of every record type")
    void agreesWithTheValidator() throws Exception {
        Dataset d = SampleGenerator.generate(SampleParameters.defaults());
        List<Object> seeds = new ArrayList<>();
        seeds.add(d.programme());
        for (List<?> section : sections(d)) {
            seeds.add(section.get(0));
        }
        int checked = 0;
        List<String> disagreements = new ArrayList<>();
        for (Object seed : seeds) {
            RecordComponent[] rc = seed.getClass().getRecordComponents();
            Constructor<?> ctor = seed.getClass()
                    .getDeclaredConstructor(
                            Arrays.stream(rc).map(RecordComponent::getType).toArray(Class[]::new));
            for (int i = 0; i < rc.length; i++) {
                for (Object value : pool(rc[i])) {
                    Object[] args = new Object[rc.length];
                    for (int k = 0; k < rc.length; k++) {
                        args[k] = rc[k].getAccessor().invoke(seed);
                    }
                    args[i] = value;
                    Object r = ctor.newInstance(args);
                    boolean valid = Constraints.validator().validate(r).isEmpty();
                    checked++;
                    if (FastChecks.clean(r) != valid) {
                        disagreements.add(r + ": validator " + (valid ? "valid" : "invalid"));
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(checked).isGreaterThan(500);
    }

    private static List<List<?>> sections(Dataset d) {
        return List.of(
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
                d.supportActions());
    }

    private static List<Object> pool(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == String.class) {
            return STRINGS;
        }
        if (t == BigDecimal.class) {
            return NUMBERS;
        }
        if (t == Integer.class) {
            return INTEGERS;
        }
        if (t == LocalDate.class) {
            return DATES;
        }
        if (t == Boolean.class) {
            return BOOLEANS;
        }
        if (t == List.class) {
            return LISTS;
        }
        if (t == Map.class) {
            return MAPS;
        }
        if (t.isEnum()) {
            List<Object> values = new ArrayList<>(Arrays.asList(t.getEnumConstants()));
            values.add(null);
            return values;
        }
        Type g = c.getGenericType();
        throw new IllegalStateException("no pool for " + c + " of " + (g instanceof ParameterizedType p ? p : t));
    }
}
