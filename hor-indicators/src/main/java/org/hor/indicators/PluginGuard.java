package org.hor.indicators;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@link VirtualMachineError}s are rethrown on the caller's thread.
 */
final class PluginGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginGuard.class);
    /** How long an interrupted plugin call may take to stop before its thread is abandoned. */
    static final Duration GRACE = Duration.ofMillis(200);

    private final Duration budget;
    private final Set<String> timedOut;
    private final Map<String, Worker> workers = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /**
     * @param budget   the time budget of one call
     * @param timedOut the indicators that timed out earlier in the run (shared, thread-safe)
     */
    PluginGuard(Duration budget, Set<String> timedOut) {
        this.budget = budget;
        this.timedOut = timedOut;
    }

    /** The result of a guarded call: a result, or a failure message (without the provider id). */
    record Outcome(Result result, String failure) {
    }

    /** Calls {@code indicator} of {@code owner} for {@code scope} and {@code period} within the budget. */
    Outcome call(IndicatorProvider owner, Indicator indicator, IndicatorDefinition def, EvaluationContext ctx,
            Scope scope, Period period) {
        if (timedOut.contains(def.id())) {
            return new Outcome(null, def.id() + " timed out earlier in this run and is not called again");
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
                if (cause instanceof VirtualMachineError v) {
                    throw v;
                }
                return new Outcome(null, cause.toString());
            } catch (TimeoutException e) {
                f.cancel(true);
                timedOut.add(def.id());
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
                abandon(owner.id(), w);
                LOG.warn("plugin {}: {}; it ignored the interrupt, its daemon thread is abandoned", owner.id(), what);
                return new Outcome(null, what + "; it ignored the interrupt, its thread was abandoned");
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                return new Outcome(null, "the evaluation was interrupted while " + def.id() + " ran");
            }
        }
    }

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
     * {@link NumberStyle#INTEGER}; with a defined total, defined parts that add up to it. The parts'
     * categories are checked by the engine for every indicator.
     */
    static String breach(IndicatorDefinition def, Result r) {
        if (r.value() instanceof Value.Undefined u) {
            return u.reason() == Reason.SUPPRESSED
                    ? def.id() + " returned SUPPRESSED, which only disclosure control sets" : null;
        }
        BigDecimal total = ((Value.Defined) r.value()).number();
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

    private static String scale(IndicatorDefinition def, String what, BigDecimal n) {
        if (def.numberStyle() == NumberStyle.INTEGER && n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            return def.id() + " counts in integers (INTEGER), but its " + what + " is " + n.toPlainString();
        }
        return null;
    }
}
