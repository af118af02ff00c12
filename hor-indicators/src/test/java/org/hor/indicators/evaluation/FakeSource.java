package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Period;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.TargetResult;

/**
 * A hand-filled {@link IndicatorSource} for tests: every value is set by the test; anything not set is
 * undefined with {@code NO_DATA}. It records the previous period it was asked with, per period.
 */
final class FakeSource implements IndicatorSource {

    /** The standard catalogue's ids in catalogue order (spec 02). */
    static final List<String> CATALOGUE = List.of(
            "reach.organisations",
            "reach.organisations.new",
            "reach.migrant-led.share",
            "deliveries.count",
            "consulting.hours",
            "training.participants",
            "rooms.hours",
            "grants.count",
            "grants.amount",
            "grants.amount.mean",
            "grants.first-time.share",
            "grants.top-recipient.share",
            "events.count",
            "events.participants",
            "retention.share",
            "offers.multi-use.share",
            "outcomes.count",
            "outcomes.organisations.share",
            "cooperations.active",
            "cooperations.new",
            "cooperations.formal.share",
            "exchange.participations",
            "exchange.peer-sites",
            "budget.amount",
            "cost.per-organisation");

    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, Period> previousAsked = new HashMap<>();
    private final List<TargetResult> targets = new ArrayList<>();

    private static String key(String siteId, Period period, String indicator) {
        return siteId + "|" + period.code() + "|" + indicator;
    }

    /** Sets the value of {@code indicator} at site {@code siteId} in {@code period} (a code). */
    FakeSource set(String siteId, String period, String indicator, String number) {
        values.put(key(siteId, Period.parse(period), indicator), Value.of(new BigDecimal(number)));
        return this;
    }

    FakeSource set(String siteId, String period, String indicator, Value value) {
        values.put(key(siteId, Period.parse(period), indicator), value);
        return this;
    }

    FakeSource part(String siteId, String period, String indicator, String category, String number) {
        values.put(
                key(siteId, Period.parse(period), indicator + "[" + category + "]"), Value.of(new BigDecimal(number)));
        return this;
    }

    FakeSource target(TargetResult t) {
        targets.add(t);
        return this;
    }

    Period previousAskedFor(Period period) {
        return previousAsked.get(period.code());
    }

    @Override
    public List<String> indicatorIds() {
        return CATALOGUE;
    }

    @Override
    public Direction direction(String indicatorId) {
        return indicatorId.equals("grants.top-recipient.share") || indicatorId.equals("cost.per-organisation")
                ? Direction.DOWN
                : Direction.UP;
    }

    @Override
    public Value value(Scope scope, Period period, Period previous, String indicatorId) {
        previousAsked.put(period.code(), previous);
        return values.getOrDefault(key(scope.value(), period, indicatorId), Value.undefined(Reason.NO_DATA));
    }

    @Override
    public Value part(Scope scope, Period period, String indicatorId, String category) {
        return values.getOrDefault(
                key(scope.value(), period, indicatorId + "[" + category + "]"), Value.undefined(Reason.NO_DATA));
    }

    @Override
    public List<TargetResult> targets(String siteId) {
        return targets.stream().filter(t -> t.siteId().equals(siteId)).toList();
    }
}
