package org.hor.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded random values for property tests under plain JUnit: one {@code Gen} per try, made from the
 * try's seed, so that a try is replayed exactly by its seed. The tries of a property are
 * {@link #seeds(long, int)}: a {@code @ParameterizedTest(name = "seed {0}")} over them shows each
 * try's seed in its name, and {@code -Dhor.seed=N} runs only the try with seed {@code N}.
 *
 * <p>Integers are drawn the way property-test libraries draw them, not uniformly: one draw in ten is
 * an edge of the range (its ends, 0, 1, -1 where they lie in it), four in ten a small distance from
 * its lower end (a uniformly chosen number of bits), the rest uniform over the range.
 */
public final class Gen {

    /** The system property that selects one seed to replay. */
    public static final String REPLAY = "hor.seed";

    private final SplittableRandom r;

    /**
     * Creates the generator of one try.
     *
     * @param seed the try's seed
     */
    public Gen(long seed) {
        this.r = new SplittableRandom(seed);
    }

    /**
     * Returns the seeds of {@code tries} tries, always the same for a {@code base}; or only the seed
     * given by {@code -Dhor.seed=N}.
     *
     * @param base  the property's fixed seed
     * @param tries how many tries
     * @return the seeds
     */
    public static Stream<Long> seeds(long base, int tries) {
        String only = System.getProperty(REPLAY);
        if (only != null && !only.isBlank()) {
            return Stream.of(Long.parseLong(only.strip()));
        }
        SplittableRandom s = new SplittableRandom(base);
        long[] seeds = LongStream.generate(s::nextLong).limit(tries).toArray();
        return LongStream.of(seeds).boxed();
    }

    /** Returns whether only one seed is replayed (checks over all tries do not apply then). */
    public static boolean replaying() {
        String only = System.getProperty(REPLAY);
        return only != null && !only.isBlank();
    }

    /** Returns {@code true} or {@code false}, each half of the time. */
    public boolean bool() {
        return r.nextBoolean();
    }

    /** Returns an int from {@code min} to {@code max}, both included (edges and small values more often). */
    public int between(int min, int max) {
        return (int) between((long) min, max);
    }

    /** Returns a long from {@code min} to {@code max}, both included (edges and small values more often). */
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        int mode = r.nextInt(10);
        if (mode == 0) {
            List<Long> edges = new ArrayList<>(List.of(min, max));
            for (long e : new long[] {0, 1, -1}) {
                if (e >= min && e <= max) {
                    edges.add(e);
                }
            }
            return edges.get(r.nextInt(edges.size()));
        }
        if (mode < 5) {
            int bits = r.nextInt(64);
            long span = bits == 63 ? Long.MAX_VALUE : (1L << bits);
            long range = max - min; // may overflow: then the range is larger than any span
            long limit = range < 0 ? span : Math.min(span, range);
            return min + (limit == Long.MAX_VALUE ? r.nextLong() & Long.MAX_VALUE : r.nextLong(limit + 1));
        }
        long range = max - min + 1;
        if (range > 0) {
            return min + r.nextLong(range);
        }
        while (true) { // the range exceeds Long.MAX_VALUE
            long v = r.nextLong();
            if (v >= min && v <= max) {
                return v;
            }
        }
    }

    /** Returns one of the values, each as likely. */
    @SafeVarargs
    public final <T> T of(T... values) {
        return values[r.nextInt(values.length)];
    }

    /** Returns a value of {@code a} {@code wa} times as often as one of {@code b} {@code wb} times. */
    public <T> T frequency(int wa, Supplier<T> a, int wb, Supplier<T> b) {
        return r.nextInt(wa + wb) < wa ? a.get() : b.get();
    }

    /** Returns a list of {@code min} to {@code max} elements (sizes like {@link #between(int, int)}). */
    public <T> List<T> list(int min, int max, Supplier<T> element) {
        int n = between(min, max);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** Returns a string of {@code min} to {@code max} chars, each any of the 65 536 (unpaired surrogates too). */
    public String chars(int min, int max) {
        int n = between(min, max);
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) r.nextInt(0x10000);
        }
        return new String(c);
    }

    /** Returns a {@link Random} seeded from this generator (for {@code Collections.shuffle}). */
    public Random random() {
        return new Random(r.nextLong());
    }
}
