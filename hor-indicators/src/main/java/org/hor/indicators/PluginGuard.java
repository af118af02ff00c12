package org.hor.indicators;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.hor.core.model.Period;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plugin indicators for one run (one {@link Engine#evaluate}, or one on-demand call): each
 * call on the provider's worker thread (a daemon named {@code hor-plugin-<providerId>}) with a time
 * budget. On timeout the call is cancelled and its thread interrupted; the indicator is not called
 * again in the run. A thread that ignores the interrupt for {@link #GRACE} is abandoned (renamed
 * {@code hor-plugin-<providerId>-abandoned}; a daemon, so it never keeps the JVM alive) and the
 * provider gets a fresh thread. {@link #close()} stops every other thread before it returns.
 *
 * <p>What a call may throw: only {@link OutOfMemoryError} is rethrown on the caller's thread (as
 * JUnit's {@code UnrecoverableExceptions} does): the heap is shared, so after it nothing the host
 * does can be trusted to finish. Every other {@link Throwable} becomes a failure of that one value,
 * {@link StackOverflowError} included: by the time the worker's future holds it, the plugin's own
 * stack has unwound, and a plugin only reads the immutable dataset through a read-only context, so
 * no host state is left half-changed. {@link LinkageError}s (a missing or corrupt class, a class for
 * a newer Java) and {@link InternalError}s thrown by plugin code are failures of the plugin, not of
 * the host, and treating them as fatal would let any plugin end the run.
 *
 * <p>A plugin that calls {@link System#exit} blocks its worker thread in the JVM's shutdown; the call
 * then looks like one that ignores the interrupt, and the failure says that it called
 * {@code System.exit} (see {@link #exitFrame}). Whether the process survives is up to the
 * application: the hor CLI keeps it alive with a shutdown hook until its run is complete.
 */
final class PluginGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginGuard.class);
    /** How long an interrupted plugin call may take to stop before its thread is abandoned. */
    static final Duration GRACE = Duration.ofMillis(200);

    private final Duration budget;
    private final Map<String, String> timedOut;
    private final Map<String, Worker> workers = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /**
     * @param budget   the time budget of one call
     * @param timedOut the indicators that timed out earlier in the run, with what they did ("timed
     *                 out", "called System.exit"; shared, thread-safe)
     */
    PluginGuard(Duration budget, Map<String, String> timedOut) {
        this.budget = budget;
        this.timedOut = timedOut;
    }

    /** The result of a guarded call: a result, or a failure message (without the provider id). */
    record Outcome(Result result, String failure) {}

    /** Calls {@code indicator} of {@code owner} for {@code scope} and {@code period} within the budget. */
    Outcome call(
            IndicatorProvider owner,
            Indicator indicator,
            IndicatorDefinition def,
            EvaluationContext ctx,
            Scope scope,
            Period period) {
        String earlier = timedOut.get(def.id());
        if (earlier != null) {
            return new Outcome(null, def.id() + " " + earlier + " earlier in this run and is not called again");
        }
        Worker w;
        synchronized (this) {
            w = workers.computeIfAbsent(owner.id(), Worker::new);
        }
        synchronized (w) {
            CountDownLatch done = new CountDownLatch(1);
            Future<Result> f = w.executor.submit(() -> {
                try {
                    return indicator.compute(ctx, scope, period);
                } finally {
                    done.countDown();
                }
            });
            try {
                return new Outcome(f.get(budget.toNanos(), TimeUnit.NANOSECONDS), null);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof OutOfMemoryError oom) {
                    throw oom;
                }
                return new Outcome(null, describe(def, cause));
            } catch (TimeoutException e) {
                f.cancel(true);
                timedOut.put(def.id(), "timed out");
                boolean stopped;
                try {
                    stopped = done.await(GRACE.toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    stopped = false;
                }
                String what = def.id() + " ran past its time budget of " + budget.toMillis() + " ms for " + scope + " "
                        + period;
                if (stopped) {
                    LOG.warn("plugin {}: {}; interrupted, not called again in this run", owner.id(), what);
                    return new Outcome(null, what + "; interrupted, not called again in this run");
                }
                StackTraceElement exit = exitFrame(stackOf(w));
                abandon(owner.id(), w);
                if (exit != null) {
                    timedOut.put(def.id(), "called System.exit");
                    String called = def.id() + " called System.exit for " + scope + " " + period + " (in " + exit
                            + "); the call cannot return, its thread was abandoned";
                    LOG.warn("plugin {}: {}", owner.id(), called);
                    return new Outcome(null, called);
                }
                LOG.warn("plugin {}: {}; it ignored the interrupt, its daemon thread is abandoned", owner.id(), what);
                return new Outcome(null, what + "; it ignored the interrupt, its thread was abandoned");
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                return new Outcome(null, "the evaluation was interrupted while " + def.id() + " ran");
            }
        }
    }

    /** Returns the stack of {@code w}'s thread, or an empty one when it has none. */
    private static StackTraceElement[] stackOf(Worker w) {
        Thread t = w.thread.get();
        return t == null ? new StackTraceElement[0] : t.getStackTrace();
    }

    /**
     * Returns the frame of the code that called {@link System#exit}, {@link Runtime#exit} or
     * {@link Runtime#halt}, when {@code stack} (innermost frame first) is blocked in one of them;
     * else null.
     */
    static StackTraceElement exitFrame(StackTraceElement[] stack) {
        for (int k = 0; k < stack.length; k++) {
            StackTraceElement e = stack[k];
            if (e.getClassName().equals("java.lang.Runtime")
                    && (e.getMethodName().equals("exit") || e.getMethodName().equals("halt"))) {
                int caller = k + 1;
                if (caller < stack.length
                        && stack[caller].getClassName().equals("java.lang.System")
                        && stack[caller].getMethodName().equals("exit")) {
                    caller++;
                }
                return caller < stack.length ? stack[caller] : e;
            }
        }
        return null;
    }

    /** Returns why a call failed with {@code cause}: its class and message, with a hint for a stack overflow. */
    static String describe(IndicatorDefinition def, Throwable cause) {
        if (cause instanceof StackOverflowError) {
            return def.id() + " overflowed its stack (java.lang.StackOverflowError; endless recursion?)";
        }
        return cut(cause.toString());
    }

    /** Returns {@code s}, or its first {@link #MAX_MESSAGE} characters and "…" when longer (a surrogate pair is not split). */
    static String cut(String s) {
        if (s.length() <= MAX_MESSAGE) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
        return s.substring(0, end) + "…";
    }

    /** The longest failure message kept from a plugin's exception or FAILED value (the rest is cut). */
    static final int MAX_MESSAGE = 1000;

    private synchronized void abandon(String providerId, Worker w) {
        w.executor.shutdownNow();
        Thread t = w.thread.get();
        if (t != null) {
            t.setName(t.getName() + "-abandoned");
            threads.remove(t);
        }
        workers.remove(providerId, w);
    }

    /** Shuts the workers down and waits (a little) until their threads have ended. */
    @Override
    public synchronized void close() {
        for (Worker w : workers.values()) {
            w.executor.shutdown();
        }
        for (Thread t : threads) {
            try {
                t.join(GRACE.toMillis() * 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (t.isAlive()) {
                LOG.warn("plugin thread {} is still running after the evaluation", t.getName());
            }
        }
        workers.clear();
        threads.clear();
    }

    private final class Worker {
        final AtomicReference<Thread> thread = new AtomicReference<>();
        final ExecutorService executor;

        Worker(String providerId) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "hor-plugin-" + providerId);
                t.setDaemon(true);
                thread.set(t);
                synchronized (PluginGuard.this) {
                    threads.add(t);
                }
                return t;
            });
        }
    }

    // ---------------------------------------------------------------- the result's contract

    /**
     * Returns how a plugin's result breaks the contract of {@link Indicator#compute}, or null when it
     * keeps it. Checked: no {@link Reason#SUPPRESSED} (only disclosure control sets it); integers for
     * {@link NumberStyle#INTEGER}; numbers within {@link #MAX_INTEGER_DIGITS} and
     * {@link #MAX_FRACTION_DIGITS} (see {@link #size}); with a defined total, defined parts that add
     * up to it. The parts' categories are checked by the engine for every indicator.
     */
    static String breach(IndicatorDefinition def, Result r) {
        if (r.value() instanceof Value.Undefined u) {
            return u.reason() == Reason.SUPPRESSED
                    ? def.id() + " returned SUPPRESSED, which only disclosure control sets"
                    : null;
        }
        BigDecimal total = ((Value.Defined) r.value()).number();
        String size = size(def, "value", total);
        if (size != null) {
            return size;
        }
        for (Map.Entry<String, Value> e : r.parts().entrySet()) {
            if (e.getValue() instanceof Value.Defined d
                    && (size = size(def, "part " + e.getKey(), d.number())) != null) {
                return size;
            }
        }
        String scale = scale(def, "value", total);
        if (scale != null) {
            return scale;
        }
        if (r.parts().isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Value> e : r.parts().entrySet()) {
            if (!(e.getValue() instanceof Value.Defined d)) {
                return def.id() + " returned the part " + e.getKey() + " undefined while the total is defined";
            }
            String partScale = scale(def, "part " + e.getKey(), d.number());
            if (partScale != null) {
                return partScale;
            }
            sum = sum.add(d.number());
        }
        if (sum.compareTo(total) != 0) {
            return def.id() + " returned parts that add up to " + sum.toPlainString() + ", not to the total "
                    + total.toPlainString();
        }
        return null;
    }

    /**
     * The most digits a plugin's number may have before the decimal point. Spec 02 writes every value
     * in plain notation and compares and rounds it exactly; 10^30 is far beyond any count or sum of a
     * valid dataset (its numbers are at most 10^9), and beyond it plain notation and exact arithmetic
     * grow without bound ({@code 1E+999999999} would be a string of 1 GB; rounding it to 6 fraction
     * digits throws).
     */
    static final int MAX_INTEGER_DIGITS = 30;
    /**
     * The most digits a plugin's number may have after the decimal point (its {@link BigDecimal#scale()},
     * trailing zeros included): room for any quotient computed with {@code MathContext.DECIMAL128}
     * (34 significant digits) of numbers a dataset holds; beyond it rounding costs without bound.
     */
    static final int MAX_FRACTION_DIGITS = 100;
    /** The largest unscaled value checked digit by digit; anything longer has too many digits anyway. */
    private static final int MAX_UNSCALED_BITS = 500;

    /**
     * Returns why {@code n} cannot be written and computed with by the spec's number rules (more than
     * {@link #MAX_INTEGER_DIGITS} digits before or {@link #MAX_FRACTION_DIGITS} after the decimal
     * point), or null when it can. Cheap for any number: the exponent and the unscaled value's bit
     * length are looked at before anything is computed, and the message never prints the number in
     * plain notation.
     */
    static String size(IndicatorDefinition def, String what, BigDecimal n) {
        String limit = "; a plugin's number may have at most " + MAX_INTEGER_DIGITS + " digits before and "
                + MAX_FRACTION_DIGITS + " after the decimal point";
        if (n.scale() > MAX_FRACTION_DIGITS) {
            return def.id() + " returned a " + what + " with " + n.scale() + " digits after the decimal point ("
                    + sketch(n) + ")" + limit;
        }
        int bits = n.unscaledValue().bitLength();
        long integerDigits = bits > MAX_UNSCALED_BITS ? Long.MAX_VALUE : (long) n.precision() - n.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            String digits =
                    bits > MAX_UNSCALED_BITS ? "more than " + MAX_INTEGER_DIGITS : String.valueOf(integerDigits);
            return def.id() + " returned a " + what + " with " + digits + " digits before the decimal point ("
                    + sketch(n) + ")" + limit;
        }
        return null;
    }

    /** Returns {@code n} in scientific notation when short, else its order of magnitude only. */
    private static String sketch(BigDecimal n) {
        int bits = n.unscaledValue().bitLength();
        if (bits <= MAX_UNSCALED_BITS) {
            return n.toString();
        }
        return "a number of about " + (long) (bits * 0.30103) + " significant digits";
    }

    private static String scale(IndicatorDefinition def, String what, BigDecimal n) {
        if (def.numberStyle() == NumberStyle.INTEGER
                && n.signum() != 0
                && n.stripTrailingZeros().scale() > 0) {
            return def.id() + " counts in integers (INTEGER), but its " + what + " is " + n.toPlainString();
        }
        return null;
    }
}
