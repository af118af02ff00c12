package org.hor.indicators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hor.core.model.Period;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.Direction;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Value;
import org.hor.indicators.TargetResult;
import org.hor.indicators.TargetStatus;

/**
 * Attainment, pace and status of a target (spec 02 "Targets and attainment"). Statuses are decided
 * by exact comparisons of products (attainment = num / den is compared as num ≥ threshold × den),
 * never by the rounded quotient.
 */
public final class TargetMath {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetMath() {}

    /**
     * Compares the actual value of {@code indicator} at site {@code siteId} in {@code period} (complete
     * or partial, not future) with {@code target}.
     */
    public static TargetResult evaluate(
            String siteId,
            IndicatorDefinition indicator,
            Period period,
            BigDecimal target,
            Value actual,
            LocalDate asOf) {
        boolean up = indicator.direction() == Direction.UP;
        if (period.isComplete(asOf)) {
            if (!(actual instanceof Value.Defined d)) {
                return new TargetResult(
                        siteId, indicator.id(), period, target, actual, null, null, TargetStatus.MISSED);
            }
            BigDecimal a = d.number();
            if (!up && a.signum() == 0) {
                return new TargetResult(
                        siteId, indicator.id(), period, target, actual, null, null, TargetStatus.ACHIEVED);
            }
            // UP: 100 a / t; DOWN: 100 t / a
            BigDecimal num = HUNDRED.multiply(up ? a : target);
            BigDecimal den = up ? target : a;
            BigDecimal attainment = Ratios.divide(num, den);
            TargetStatus status = atLeast(num, den, 100)
                    ? TargetStatus.ACHIEVED
                    : atLeast(num, den, 80)
                            ? TargetStatus.NEARLY
                            : atLeast(num, den, 50) ? TargetStatus.PARTLY : TargetStatus.MISSED;
            return new TargetResult(siteId, indicator.id(), period, target, actual, null, attainment, status);
        }
        // partial: expectation = t × e / D (CUMULATIVE) or t (LEVEL)
        BigDecimal expNum;
        BigDecimal expDen;
        if (indicator.accrual() == Accrual.CUMULATIVE) {
            long elapsed = ChronoUnit.DAYS.between(period.first(), asOf) + 1;
            expNum = target.multiply(BigDecimal.valueOf(elapsed));
            expDen = BigDecimal.valueOf(period.days());
        } else {
            expNum = target;
            expDen = BigDecimal.ONE;
        }
        BigDecimal expectation = Ratios.divide(expNum, expDen);
        if (!(actual instanceof Value.Defined d)) {
            return new TargetResult(
                    siteId, indicator.id(), period, target, actual, expectation, null, TargetStatus.FAR_BEHIND);
        }
        BigDecimal a = d.number();
        if (!up && a.signum() == 0) {
            return new TargetResult(
                    siteId, indicator.id(), period, target, actual, expectation, null, TargetStatus.ON_TRACK);
        }
        // UP: 100 a / (expNum / expDen) = 100 a expDen / expNum; DOWN: 100 expNum / (expDen a)
        BigDecimal num = up ? HUNDRED.multiply(a).multiply(expDen) : HUNDRED.multiply(expNum);
        BigDecimal den = up ? expNum : expDen.multiply(a);
        BigDecimal pace = Ratios.divide(num, den);
        TargetStatus status = atLeast(num, den, 90)
                ? TargetStatus.ON_TRACK
                : atLeast(num, den, 60) ? TargetStatus.BEHIND : TargetStatus.FAR_BEHIND;
        return new TargetResult(siteId, indicator.id(), period, target, actual, expectation, pace, status);
    }

    /** Returns whether num / den ≥ threshold, exactly. */
    private static boolean atLeast(BigDecimal num, BigDecimal den, int threshold) {
        BigDecimal bound = BigDecimal.valueOf(threshold).multiply(den);
        return den.signum() > 0 ? num.compareTo(bound) >= 0 : num.compareTo(bound) <= 0;
    }
}
