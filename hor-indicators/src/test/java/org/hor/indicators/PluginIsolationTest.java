package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each test adds one misbehaving plugin indicator {@code bad.x} next to the standard catalogue and a
 * well-behaved plugin ({@link ComplaintsPlugin}), and proves that every other value equals the
 * values of a run without the bad plugin, that every value of {@code bad.x} is FAILED with the
 * reason, and that no plugin thread outlives the evaluation (except an abandoned one, by design).
 */
@DisplayName("a misbehaving plugin indicator fails alone")
class PluginIsolationTest {

    private static final Breakdown KIND = new Breakdown("kind", List.of("A", "B"));
    private static final EvaluationOptions OPTIONS = EvaluationOptions.defaults()
            .withScopeKinds(ScopeKind.SITE, ScopeKind.PROGRAMME)
            .withPeriodTypes(PeriodType.YEAR, PeriodType.QUARTER);
    /** Released at the end of each test so that the interrupt-ignoring plugin's thread ends. */
    private static volatile boolean release;

    // two sites, 2024, some deliveries and complaints; 3 scopes x (1 year + 4 quarters) = 15 values per indicator
    private final TestData data = TestData.asOf("2024-12-31")
            .site("S-A", "2024-01-01")
            .site("S-B", "2024-01-01")
            .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
            .org("O-2", OrganisationType.INITIATIVE)
            .offer("F-1", "S-A", OfferType.CONSULTING)
            .offer("F-2", "S-B", OfferType.ROOM)
            .hours("D-1", "F-1", "O-1", "2024-02-01", "2")
            .hours("D-2", "F-2", "O-2", "2024-05-01", "3.5")
            .measurement("S-A", "complaint", "2024-03-03", "1")
            .measurement("S-B", "complaint", "2024-07-07", "1");

    @AfterEach
    void releaseHangingPlugins() {
        release = true;
    }

    private static IndicatorDefinition def(String id, Breakdown breakdown, NumberStyle style) {
        return IndicatorDefinition.builder(id)
                .label("Schlecht", "Bad")
                .definition("Ein Test.", "A test.")
                .unit("things")
                .breakdown(breakdown)
                .numberStyle(style)
                .build();
    }

    private static IndicatorProvider bad(Indicator indicator) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return "bad";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(indicator);
            }
        };
    }

    private Evaluation baseline() {
        return Engine.create(data.build(), List.of(new StandardCatalogue(), new ComplaintsPlugin()))
                .evaluate(OPTIONS);
    }

    /** Evaluates with the bad plugin and checks everything but {@code bad.x}; returns bad.x's messages. */
    private List<String> evaluateWith(IndicatorProvider bad, Duration timeout) {
        Engine engine = Engine.create(data.build(), List.of(new StandardCatalogue(), new ComplaintsPlugin(), bad))
                .withPluginTimeout(timeout);
        Evaluation e = engine.evaluate(OPTIONS);
        List<Evaluation.Row> others = e.rows().stream()
                .filter(r -> !r.indicator().id().equals("bad.x"))
                .toList();
        assertThat(others).isEqualTo(baseline().rows());
        List<Evaluation.Row> badRows = e.rows().stream()
                .filter(r -> r.indicator().id().equals("bad.x"))
                .toList();
        assertThat(badRows).hasSize(15);
        for (Evaluation.Row r : badRows) {
            assertThat(r.value().undefinedReason()).contains(Reason.FAILED);
            assertThat(r.parts().values()).allSatisfy(p -> assertThat(p).isEqualTo(r.value()));
        }
        assertThat(e.failures()).hasSize(15).allSatisfy(f -> {
            assertThat(f.indicatorId()).isEqualTo("bad.x");
            assertThat(f.message()).startsWith("bad: ");
        });
        // the well-behaved plugin still counts: one complaint at S-A in 2024
        assertThat(e.rows())
                .filteredOn(r -> r.indicator().id().equals("acme.complaints")
                        && r.scope().equals(Scope.site("S-A"))
                        && r.period().equals(Period.parse("2024")))
                .extracting(Evaluation.Row::value)
                .containsExactly(Value.of(1));
        return badRows.stream()
                .map(r -> ((Value.Undefined) r.value()).message())
                .toList();
    }

    private List<String> evaluateWith(IndicatorProvider bad) {
        return evaluateWith(bad, Engine.DEFAULT_PLUGIN_TIMEOUT);
    }

    private static List<Thread> pluginThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("hor-plugin-"))
                .filter(Thread::isAlive)
                .toList();
    }

    @Test
    @DisplayName("a plugin that throws is FAILED with its id and the exception")
    void throwsException() {
        List<String> messages = evaluateWith(bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> {
            throw new IllegalStateException("no luck");
        })));
        assertThat(messages).containsOnly("bad: java.lang.IllegalStateException: no luck");
    }

    @Test
    @DisplayName("a plugin that throws an Error such as NoClassDefFoundError is FAILED too")
    void throwsError() {
        List<String> messages = evaluateWith(bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> {
            throw new NoClassDefFoundError("com/acme/Missing");
        })));
        assertThat(messages).containsOnly("bad: java.lang.NoClassDefFoundError: com/acme/Missing");
    }

    private static long depth(long n) {
        return depth(n + 1) + 1;
    }

    @Test
    @DisplayName("endless recursion in a plugin (StackOverflowError) is FAILED with a hint, not the end of the run")
    void stackOverflow() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> Result.of(Value.of(depth(0)))))))
                .containsOnly("bad: bad.x overflowed its stack (java.lang.StackOverflowError; endless recursion?)");
    }

    @Test
    @DisplayName("endless recursion in a plugin's appliesTo is FAILED too")
    void appliesToOverflows() {
        IndicatorProvider p = new IndicatorProvider() {
            @Override
            public String id() {
                return "bad";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(
                        Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, q) -> Result.of(Value.of(1))));
            }

            @Override
            public boolean appliesTo(Site site) {
                return depth(0) > 0;
            }
        };
        assertThat(evaluateWith(p))
                .containsOnly(
                        "bad: appliesTo failed: bad.x overflowed its stack (java.lang.StackOverflowError; endless recursion?)");
    }

    @Test
    @DisplayName("an InternalError thrown by a plugin is FAILED: only an OutOfMemoryError ends the run")
    void internalError() {
        assertThat(evaluateWith(bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> {
                    throw new InternalError("plugin says so");
                }))))
                .containsOnly("bad: java.lang.InternalError: plugin says so");
    }

    @Test
    @DisplayName("a plugin's exception message is cut after 1000 characters")
    void longMessage() {
        String x = "x".repeat(5000);
        String kept = ("java.lang.IllegalStateException: " + x).substring(0, 1000);
        assertThat(kept).hasSize(1000).endsWith("x");
        assertThat(evaluateWith(bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> {
                    throw new IllegalStateException(x);
                }))))
                .containsOnly("bad: " + kept + "…");
    }

    @Test
    @DisplayName("a plugin's own FAILED message is cut after 1000 characters too, without splitting a surrogate pair")
    void longFailedValue() {
        String y = "y".repeat(5000);
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", null, NumberStyle.DECIMAL),
                        (c, s, p) -> Result.of(Value.undefined(Reason.FAILED, y))))))
                .containsOnly(("bad: " + y).substring(0, 1000) + "…");
        // "bad: " is 5 characters: a pair at 999..1000 would be split at 1000, so the cut is at 999
        String pairs = "z".repeat(994) + "\uD83D\uDE00" + "z".repeat(100);
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", null, NumberStyle.DECIMAL),
                        (c, s, p) -> Result.of(Value.undefined(Reason.FAILED, pairs))))))
                .containsOnly("bad: " + "z".repeat(994) + "…");
    }

    private static final String LIMIT =
            "; a plugin's number may have at most 30 digits before and 100 after the decimal point";

    /** The messages of bad.x returning {@code value} (as its total) in {@code style}. */
    private List<String> valueMessages(NumberStyle style, BigDecimal value) {
        return evaluateWith(bad(Indicator.of(def("bad.x", null, style), (c, s, p) -> Result.of(Value.of(value)))));
    }

    @Test
    @DisplayName("a plugin value of 1E+999999999 is FAILED in every number style, fast, never a 1 GB string")
    void hugeExponent() {
        for (NumberStyle style : NumberStyle.values()) {
            assertThat(valueMessages(style, new BigDecimal("1E+999999999")))
                    .as(style.name())
                    .containsOnly(
                            "bad: bad.x returned a value with 1000000000 digits before the decimal point (1E+999999999)"
                                    + LIMIT);
            assertThat(valueMessages(style, new BigDecimal("-1E+999999999")))
                    .as(style.name())
                    .containsOnly(
                            "bad: bad.x returned a value with 1000000000 digits before the decimal point (-1E+999999999)"
                                    + LIMIT);
        }
    }

    @Test
    @DisplayName("a plugin value of 1E-999999999 (and a zero with that scale) is FAILED")
    void hugeScale() {
        for (NumberStyle style : NumberStyle.values()) {
            assertThat(valueMessages(style, new BigDecimal("1E-999999999")))
                    .as(style.name())
                    .containsOnly(
                            "bad: bad.x returned a value with 999999999 digits after the decimal point (1E-999999999)"
                                    + LIMIT);
            assertThat(valueMessages(style, new BigDecimal("0E-999999999")))
                    .as(style.name())
                    .containsOnly(
                            "bad: bad.x returned a value with 999999999 digits after the decimal point (0E-999999999)"
                                    + LIMIT);
            assertThat(valueMessages(style, new BigDecimal("0E+999999999")))
                    .as(style.name())
                    .containsOnly(
                            "bad: bad.x returned a value with 1000000000 digits before the decimal point (0E+999999999)"
                                    + LIMIT);
        }
    }

    @Test
    @DisplayName("a plugin value with 10,001 digits is FAILED without printing it")
    void hugeUnscaled() {
        // 10^10000 has 10001 digits and a bit length of 33220; 33220 x 0.30103 = 10000.2
        assertThat(valueMessages(NumberStyle.INTEGER, new BigDecimal(java.math.BigInteger.TEN.pow(10_000))))
                .containsOnly("bad: bad.x returned a value with more than 30 digits before the decimal point "
                        + "(a number of about 10000 significant digits)" + LIMIT);
    }

    @Test
    @DisplayName("30 digits before and 100 after the decimal point are accepted; 31 and 101 are FAILED")
    void sizeLimits() {
        String nines = "9".repeat(30);
        Engine ok = Engine.create(
                data.build(),
                List.of(bad(Indicator.of(
                        def("bad.x", null, NumberStyle.EXACT),
                        (c, s, p) -> Result.of(Value.of(new BigDecimal("-" + nines + "." + "1".repeat(100))))))));
        assertThat(ok.value(Scope.PROGRAMME, Period.parse("2024"), "bad.x"))
                .isEqualTo(Value.of(new BigDecimal("-" + nines + "." + "1".repeat(100))));
        assertThat(valueMessages(NumberStyle.DECIMAL, new BigDecimal("1" + "0".repeat(30))))
                .containsOnly(
                        "bad: bad.x returned a value with 31 digits before the decimal point (1000000000000000000000000000000)"
                                + LIMIT);
        assertThat(valueMessages(NumberStyle.DECIMAL, new BigDecimal("1E+30")))
                .containsOnly("bad: bad.x returned a value with 31 digits before the decimal point (1E+30)" + LIMIT);
        assertThat(valueMessages(NumberStyle.DECIMAL, new BigDecimal("0." + "0".repeat(100) + "1")))
                .containsOnly("bad: bad.x returned a value with 101 digits after the decimal point (1E-101)" + LIMIT);
    }

    @Test
    @DisplayName("a part of 1E+999999999 is FAILED before the parts are added up (which would never end)")
    void hugePart() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", KIND, NumberStyle.INTEGER),
                        (c, s, p) ->
                                Result.of(Value.of(1), parts(Value.of(1), Value.of(new BigDecimal("1E+999999999"))))))))
                .containsOnly(
                        "bad: bad.x returned a part B with 1000000000 digits before the decimal point (1E+999999999)"
                                + LIMIT);
    }

    @Test
    @DisplayName("the frame that called System.exit is found on a blocked worker's stack")
    void exitFrame() {
        StackTraceElement plugin = frame("evil.Exit", "lambda$indicators$0");
        assertThat(PluginGuard.exitFrame(new StackTraceElement[] {
                    frame("java.lang.Object", "wait"),
                    frame("java.lang.Thread", "join"),
                    frame("java.lang.ApplicationShutdownHooks", "runHooks"),
                    frame("java.lang.Shutdown", "runHooks"),
                    frame("java.lang.Shutdown", "exit"),
                    frame("java.lang.Runtime", "exit"),
                    frame("java.lang.System", "exit"),
                    plugin,
                    frame("java.util.concurrent.FutureTask", "run")
                }))
                .isSameAs(plugin);
        StackTraceElement direct = frame("evil.Halt", "compute");
        assertThat(PluginGuard.exitFrame(new StackTraceElement[] {
                    frame("java.lang.Shutdown", "halt"), frame("java.lang.Runtime", "halt"), direct
                }))
                .isSameAs(direct);
        StackTraceElement alone = frame("java.lang.Runtime", "exit");
        assertThat(PluginGuard.exitFrame(new StackTraceElement[] {alone})).isSameAs(alone);
        assertThat(PluginGuard.exitFrame(new StackTraceElement[] {
                    frame("java.lang.Thread", "sleep"),
                    frame("java.lang.Runtime", "availableProcessors"),
                    frame("evil.Slow", "compute")
                }))
                .isNull();
        assertThat(PluginGuard.exitFrame(new StackTraceElement[0])).isNull();
    }

    private static StackTraceElement frame(String cls, String method) {
        return new StackTraceElement(cls, method, null, -1);
    }

    @Test
    @DisplayName("an OutOfMemoryError from a plugin is not swallowed")
    void outOfMemory() {
        Engine engine = Engine.create(
                data.build(),
                List.of(
                        new StandardCatalogue(),
                        bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> {
                            throw new OutOfMemoryError("plugin test");
                        }))));
        assertThatThrownBy(() -> engine.evaluate(OPTIONS))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage("plugin test");
        assertThatThrownBy(() -> engine.value(Scope.PROGRAMME, Period.parse("2024"), "bad.x"))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    @DisplayName("a plugin that returns null is FAILED")
    void returnsNull() {
        assertThat(evaluateWith(bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> null))))
                .containsOnly("bad: bad.x returned no result");
    }

    @Test
    @DisplayName("parts with other categories than the breakdown's are FAILED")
    void wrongCategories() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", KIND, NumberStyle.INTEGER),
                        (c, s, p) -> Result.of(Value.of(1), Map.of("A", Value.of(1), "C", Value.of(0)))))))
                .allSatisfy(m -> assertThat(m)
                        .startsWith("bad: bad.x returned the parts ")
                        .endsWith(" instead of [A, B] (unknown: [C]; missing: [B])"));
    }

    @Test
    @DisplayName("parts missing a category of the breakdown are FAILED, naming the missing one")
    void missingCategory() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", KIND, NumberStyle.INTEGER),
                        (c, s, p) -> Result.of(Value.of(1), Map.of("B", Value.of(1)))))))
                .containsOnly("bad: bad.x returned the parts [B] instead of [A, B] (missing: [A])");
    }

    @Test
    @DisplayName("parts in another order than the breakdown's categories are put in the breakdown's order")
    void partsInAnotherOrder() {
        Map<String, Value> reversed = new LinkedHashMap<>();
        reversed.put("B", Value.of(2));
        reversed.put("A", Value.of(1));
        Engine engine = Engine.create(
                data.build(),
                List.of(
                        new StandardCatalogue(),
                        bad(Indicator.of(
                                def("bad.x", KIND, NumberStyle.INTEGER),
                                (c, s, p) -> Result.of(Value.of(3), reversed)))));
        Evaluation e = engine.evaluate(OPTIONS);
        assertThat(e.failures()).isEmpty();
        List<Evaluation.Row> rows = e.rows().stream()
                .filter(r -> r.indicator().id().equals("bad.x"))
                .toList();
        assertThat(rows).hasSize(15).allSatisfy(r -> {
            assertThat(r.value()).isEqualTo(Value.of(3));
            assertThat(r.parts().keySet()).containsExactly("A", "B");
            assertThat(r.parts()).containsEntry("A", Value.of(1)).containsEntry("B", Value.of(2));
        });
    }

    @Test
    @DisplayName("parts that do not add up to the total are FAILED")
    void partsDoNotAddUp() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", KIND, NumberStyle.INTEGER),
                        (c, s, p) -> Result.of(Value.of(5), parts(Value.of(2), Value.of(2)))))))
                .containsOnly("bad: bad.x returned parts that add up to 4, not to the total 5");
    }

    @Test
    @DisplayName("an undefined part under a defined total is FAILED")
    void undefinedPart() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", KIND, NumberStyle.INTEGER),
                        (c, s, p) -> Result.of(Value.of(2), parts(Value.of(2), Value.undefined(Reason.NO_DATA)))))))
                .containsOnly("bad: bad.x returned the part B undefined while the total is defined");
    }

    @Test
    @DisplayName("a fraction for an INTEGER indicator is FAILED, 3.0 is accepted as 3")
    void wrongScale() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", null, NumberStyle.INTEGER),
                        (c, s, p) -> Result.of(Value.of(new BigDecimal("2.5")))))))
                .containsOnly("bad: bad.x counts in integers (INTEGER), but its value is 2.5");
        Engine engine = Engine.create(
                data.build(),
                List.of(bad(Indicator.of(
                        def("bad.x", null, NumberStyle.INTEGER),
                        (c, s, p) -> Result.of(Value.of(new BigDecimal("3.0")))))));
        assertThat(engine.value(Scope.PROGRAMME, Period.parse("2024"), "bad.x"))
                .isEqualTo(Value.of(new BigDecimal("3.0")));
    }

    @Test
    @DisplayName("SUPPRESSED from a plugin is FAILED: only disclosure control sets it")
    void suppressed() {
        assertThat(evaluateWith(bad(Indicator.of(
                        def("bad.x", null, NumberStyle.DECIMAL),
                        (c, s, p) -> Result.of(Value.undefined(Reason.SUPPRESSED))))))
                .containsOnly("bad: bad.x returned SUPPRESSED, which only disclosure control sets");
    }

    @Test
    @DisplayName("a plugin whose appliesTo throws is FAILED")
    void appliesToThrows() {
        IndicatorProvider p = new IndicatorProvider() {
            @Override
            public String id() {
                return "bad";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(
                        Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, q) -> Result.of(Value.of(1))));
            }

            @Override
            public boolean appliesTo(Site site) {
                throw new UnsupportedOperationException("which site?");
            }
        };
        assertThat(evaluateWith(p))
                .containsOnly("bad: appliesTo failed: java.lang.UnsupportedOperationException: which site?");
    }

    @Test
    @DisplayName("a plugin past its time budget is interrupted, FAILED, not called again, and leaves no thread")
    void timeout() {
        int[] calls = {0};
        List<String> messages = evaluateWith(
                bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> {
                    calls[0]++;
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // a polite plugin stops when interrupted
                    }
                    return Result.of(Value.of(1));
                })),
                Duration.ofMillis(100));
        // the first value (site:S-A 2024) times out; the 14 others are not computed
        assertThat(messages.get(0))
                .isEqualTo("bad: bad.x ran past its time budget of 100 ms for site:S-A 2024; "
                        + "interrupted, not called again in this run");
        assertThat(messages.subList(1, 15))
                .containsOnly("bad: bad.x timed out earlier in this run and is not called again");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(pluginThreads()).isEmpty();
    }

    @Test
    @DisplayName("a plugin that ignores the interrupt has its daemon thread abandoned, and only that one survives")
    void hangIgnoringInterrupts() throws InterruptedException {
        release = false;
        List<String> messages = evaluateWith(
                bad(Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, p) -> {
                    while (!release) {
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException ignored) {
                            // a rude plugin carries on
                        }
                    }
                    return Result.of(Value.of(1));
                })),
                Duration.ofMillis(100));
        assertThat(messages.get(0))
                .isEqualTo("bad: bad.x ran past its time budget of 100 ms for site:S-A 2024; "
                        + "it ignored the interrupt, its thread was abandoned");
        assertThat(messages.subList(1, 15))
                .containsOnly("bad: bad.x timed out earlier in this run and is not called again");
        // by design the one abandoned daemon thread may still run; no other plugin thread does
        List<Thread> alive = pluginThreads();
        assertThat(alive).extracting(Thread::getName).containsExactly("hor-plugin-bad-abandoned");
        assertThat(alive.get(0).isDaemon()).isTrue();
        release = true;
        alive.get(0).join(5_000);
        assertThat(pluginThreads()).isEmpty();
    }

    @Test
    @DisplayName("the provider's other indicators go on running after one of them timed out")
    void otherIndicatorsOfATimedOutProvider() {
        release = false;
        IndicatorProvider p = new IndicatorProvider() {
            @Override
            public String id() {
                return "bad";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(
                        Indicator.of(def("bad.x", null, NumberStyle.DECIMAL), (c, s, q) -> {
                            while (!release) {
                                try {
                                    Thread.sleep(10);
                                } catch (InterruptedException ignored) {
                                    // ignores the interrupt
                                }
                            }
                            return Result.of(Value.of(1));
                        }),
                        Indicator.of(def("bad.y", null, NumberStyle.INTEGER), (c, s, q) -> Result.of(Value.of(7))));
            }
        };
        Evaluation e = Engine.create(data.build(), List.of(new StandardCatalogue(), p))
                .withPluginTimeout(Duration.ofMillis(100))
                .evaluate(OPTIONS);
        release = true;
        assertThat(e.rows())
                .filteredOn(r -> r.indicator().id().equals("bad.y"))
                .hasSize(15)
                .allSatisfy(r -> assertThat(r.value()).isEqualTo(Value.of(7)));
        assertThat(e.failures())
                .hasSize(15)
                .allSatisfy(f -> assertThat(f.indicatorId()).isEqualTo("bad.x"));
    }

    @Test
    @DisplayName("the plugin timeout must be positive")
    void timeoutPrecondition() {
        Engine engine = data.engine();
        assertThat(engine.pluginTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> engine.withPluginTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    @DisplayName("a well-behaved run has no failures and leaves no plugin thread")
    void noFailures() {
        Evaluation e = baseline();
        assertThat(e.failures()).isEmpty();
        assertThat(pluginThreads()).isEmpty();
    }

    private static Map<String, Value> parts(Value a, Value b) {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("A", a);
        m.put("B", b);
        return m;
    }
}
