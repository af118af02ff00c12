package org.hor.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of days, both ends inclusive (spec 01 "Periods"): a calendar year, half-year, quarter or
 * month, or a custom range. Periods are values: two periods are equal when type, first and last day
 * are equal.
 *
 * @param type  the period's type
 * @param first its first day
 * @param last  its last day (not before {@code first})
 */
public record Period(PeriodType type, LocalDate first, LocalDate last) implements Comparable<Period> {

    /**
     * The order of the evaluation's output (spec 02): by first day, then by type (year, half-year,
     * quarter, month, custom), then by last day, latest first.
     */
    public static final Comparator<Period> ORDER = Comparator.comparing(Period::first)
            .thenComparing(Period::type)
            .thenComparing(Period::last, Comparator.reverseOrder());

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern CUSTOM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /**
     * Checks the components.
     *
     * @param type the period's type
     * @param first its first day
     * @param last its last day (not before {@code first})
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}, or a calendar
     *                                  period's days are not exactly that period
     */
    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "a period's last day must not be before its first day: " + first + ".." + last);
        }
        if (type != PeriodType.CUSTOM && !calendar(type, first).last.equals(last)) {
            throw new IllegalArgumentException("not a " + type + " period: " + first + ".." + last);
        }
    }

    private static Period calendar(PeriodType type, LocalDate first) {
        LocalDate end = switch (type) {
            case YEAR -> first.plusYears(1);
            case HALF_YEAR -> first.plusMonths(6);
            case QUARTER -> first.plusMonths(3);
            case MONTH -> first.plusMonths(1);
            case CUSTOM -> throw new IllegalArgumentException("custom");
        };
        return new Period(PeriodType.CUSTOM, first, end.minusDays(1));
    }

    /**
     * {@return the calendar year {@code year}}
     *
     * @param year the calendar year
     */
    public static Period year(int year) {
        return new Period(PeriodType.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * {@return half-year {@code half} (1 or 2) of {@code year}}
     *
     * @param year the calendar year
     * @param half the half, 1 or 2
     */
    public static Period halfYear(int year, int half) {
        checkRange("half", half, 1, 2);
        LocalDate first = LocalDate.of(year, half * 6 - 5, 1);
        return new Period(PeriodType.HALF_YEAR, first, first.plusMonths(6).minusDays(1));
    }

    /**
     * {@return quarter {@code quarter} (1 to 4) of {@code year}}
     *
     * @param year the calendar year
     * @param quarter the quarter, 1 to 4
     */
    public static Period quarter(int year, int quarter) {
        checkRange("quarter", quarter, 1, 4);
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        return new Period(PeriodType.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    /**
     * {@return month {@code month} (1 to 12) of {@code year}}
     *
     * @param year the calendar year
     * @param month the month, 1 to 12
     */
    public static Period month(int year, int month) {
        checkRange("month", month, 1, 12);
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(PeriodType.MONTH, first, first.plusMonths(1).minusDays(1));
    }

    /**
     * {@return the custom range from {@code first} to {@code last}, both inclusive}
     *
     * @param first its first day
     * @param last its last day (not before {@code first})
     */
    public static Period range(LocalDate first, LocalDate last) {
        return new Period(PeriodType.CUSTOM, first, last);
    }

    /**
     * {@return the period of type {@code type} that contains {@code day}; not for {@link PeriodType#CUSTOM}}
     *
     * @param day a day
     * @param type the period's type
     */
    public static Period containing(PeriodType type, LocalDate day) {
        return switch (type) {
            case YEAR -> year(day.getYear());
            case HALF_YEAR -> halfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case CUSTOM -> throw new IllegalArgumentException("a custom period is not determined by one day");
        };
    }

    private static void checkRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be from " + min + " to " + max + ": " + value);
        }
    }

    /**
     * Parses a period code: {@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-05} or
     * {@code 2019-03-01..2020-02-29}.
     *
     * @param code a period code
     * @return the period
     * @throws IllegalArgumentException if {@code code} is none of these forms or names days that do not exist
     */
    public static Period parse(String code) {
        Objects.requireNonNull(code, "code");
        Matcher m;
        try {
            if ((m = YEAR.matcher(code)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = HALF.matcher(code)).matches()) {
                return halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(code)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH.matcher(code)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = CUSTOM.matcher(code)).matches()) {
                LocalDate first = LocalDate.parse(m.group(1), STRICT_DATE);
                LocalDate last = LocalDate.parse(m.group(2), STRICT_DATE);
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException("a period's last day must not be before its first day: " + code);
                }
                return range(first, last);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a period code (a day does not exist): " + code, e);
        }
        throw new IllegalArgumentException(
                "not a period code: " + code + " (expected 2024, 2024-H1, 2024-Q1, 2024-05 or 2019-03-01..2020-02-29)");
    }

    /** {@return the period's code, the inverse of {@link #parse(String)}} */
    public String code() {
        int y = first.getYear();
        return switch (type) {
            case YEAR -> String.format(Locale.ROOT, "%04d", y);
            case HALF_YEAR -> String.format(Locale.ROOT, "%04d-H%d", y, first.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", y, (first.getMonthValue() + 2) / 3);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", y, first.getMonthValue());
            case CUSTOM -> first + ".." + last;
        };
    }

    /**
     * {@return the previous period: the one of the same type just before this one; for a custom
     * range, the range of the same number of days ending the day before this one starts}
     */
    public Period previous() {
        return switch (type) {
            case YEAR -> year(first.getYear() - 1);
            case HALF_YEAR, QUARTER, MONTH -> containing(type, first.minusDays(1));
            case CUSTOM -> range(first.minusDays(days()), first.minusDays(1));
        };
    }

    /** {@return the number of days in this period} */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * {@return whether {@code day} lies in this period}
     *
     * @param day a day
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /**
     * {@return whether {@code other} lies wholly within this period}
     *
     * @param other another period
     */
    public boolean contains(Period other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /**
     * {@return whether this period shares at least one day with the days {@code from} to {@code to}}
     *
     * @param from the first day
     * @param to the last day
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(last) && !to.isBefore(first);
    }

    /**
     * {@return whether the period is complete relative to {@code asOf}: its last day is ≤ {@code asOf}}
     *
     * @param asOf the dataset's {@code asOf}
     */
    public boolean isComplete(LocalDate asOf) {
        return !last.isAfter(asOf);
    }

    /**
     * {@return whether the period is partial relative to {@code asOf}: first day ≤ {@code asOf} &lt; last day}
     *
     * @param asOf the dataset's {@code asOf}
     */
    public boolean isPartial(LocalDate asOf) {
        return !first.isAfter(asOf) && asOf.isBefore(last);
    }

    /**
     * {@return whether the period is future relative to {@code asOf}: its first day is after {@code asOf}}
     *
     * @param asOf the dataset's {@code asOf}
     */
    public boolean isFuture(LocalDate asOf) {
        return first.isAfter(asOf);
    }

    /**
     * {@return the reference day: the earlier of the last day and {@code asOf}}
     *
     * @param asOf the dataset's {@code asOf}
     */
    public LocalDate referenceDay(LocalDate asOf) {
        return last.isAfter(asOf) ? asOf : last;
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** Returns the period's {@link #code()}. */
    @Override
    public String toString() {
        return code();
    }
}
