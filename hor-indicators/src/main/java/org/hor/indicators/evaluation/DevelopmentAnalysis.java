package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/** Spec 03 §1: series, changes and trends. */
final class DevelopmentAnalysis {

    private DevelopmentAnalysis() {}

    /** Returns the complete periods of {@code type} in which {@code site} was active on at least one day, in order. */
    static List<Period> activePeriods(Site site, PeriodType type, LocalDate asOf) {
        List<Period> periods = new ArrayList<>();
        LocalDate lastActive = site.lastActiveDay(asOf);
        if (site.start() == null || lastActive.isBefore(site.start())) {
            return periods;
        }
        for (Period p = Period.containing(type, site.start());
                !p.first().isAfter(lastActive);
                p = Period.containing(type, p.last().plusDays(1))) {
            if (p.isComplete(asOf)) {
                periods.add(p);
            }
        }
        return periods;
    }

    /** Returns the number of days of {@code period} on which {@code site} was active. */
    static long activeDays(Site site, Period period, LocalDate asOf) {
        LocalDate from = site.start().isAfter(period.first()) ? site.start() : period.first();
        LocalDate lastActive = site.lastActiveDay(asOf);
        LocalDate to = lastActive.isBefore(period.last()) ? lastActive : period.last();
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    static Development develop(Site site, String indicator, PeriodType type, LocalDate asOf, IndicatorSource source) {
        List<SeriesPoint> points = new ArrayList<>();
        Value previous = null;
        for (Period p : activePeriods(site, type, asOf)) {
            Value v = source.value(Scope.site(site.id()), p, indicator);
            long active = activeDays(site, p, asOf);
            boolean isShort = active * 2 < p.days();
            Value change;
            Value percent;
            if (previous == null) {
                change = Value.undefined(Reason.NOT_APPLICABLE);
                percent = change;
            } else {
                change = difference(previous, v);
                percent = changePercent(previous, change);
            }
            points.add(new SeriesPoint(p, v, active, isShort, change, percent));
            previous = v;
        }
        return new Development(site.id(), indicator, type, points, trend(points));
    }

    private static Value difference(Value before, Value after) {
        if (before instanceof Value.Undefined u) {
            return u;
        }
        if (after instanceof Value.Undefined u) {
            return u;
        }
        return Value.of(
                after.asNumber().orElseThrow().subtract(before.asNumber().orElseThrow()));
    }

    private static Value changePercent(Value before, Value change) {
        if (change instanceof Value.Undefined u) {
            return u;
        }
        BigDecimal b = before.asNumber().orElseThrow();
        return Decimals.percent(change.asNumber().orElseThrow(), b);
    }

    /** Returns the trend of the last three points of {@code points}. */
    static Trend trend(List<SeriesPoint> points) {
        if (points.size() < 3) {
            return Trend.UNKNOWN;
        }
        List<SeriesPoint> last = points.subList(points.size() - 3, points.size());
        BigDecimal[] xs = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            SeriesPoint p = last.get(i);
            if (p.isShort() || !p.value().isDefined()) {
                return Trend.UNKNOWN;
            }
            xs[i] = p.value().asNumber().orElseThrow();
        }
        int a = xs[0].compareTo(xs[1]);
        int b = xs[1].compareTo(xs[2]);
        if (a < 0 && b < 0) {
            return Trend.RISING;
        }
        if (a > 0 && b > 0) {
            return Trend.FALLING;
        }
        return Trend.STABLE;
    }
}
