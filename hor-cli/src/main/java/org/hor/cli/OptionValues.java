package org.hor.cli;

import java.time.LocalDate;
import org.hor.core.model.Period;
import picocli.CommandLine;

/**
 * Checks of option values that would otherwise reach the libraries as absurd input: years outside
 * 1..9999 (a period code has four digits), time budgets that are not a finite number of seconds.
 * Each refusal is a usage error (64) that names the option and the value.
 */
final class OptionValues {

    /** The first year hor accepts on the command line. */
    static final int MIN_YEAR = 1;
    /** The last year hor accepts on the command line: period codes have four digits. */
    static final int MAX_YEAR = 9999;
    /** The shortest plugin time budget, in seconds (a millisecond). */
    static final double MIN_SECONDS = 0.001;
    /** The longest plugin time budget, in seconds (a day). */
    static final double MAX_SECONDS = 86_400;

    private OptionValues() {}

    /** Whether {@code year} is one of 1..9999. */
    static boolean isYear(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /**
     * Refuses a period whose first or last day is outside the years 1..9999.
     *
     * @param option the option, for the message ({@code --from})
     */
    static Period period(CommandLine cl, Messages messages, String option, String code, Period period) {
        if (!isYear(period.first().getYear()) || !isYear(period.last().getYear())) {
            throw new CommandLine.ParameterException(cl, messages.get("option.badPeriodYear", option, code));
        }
        return period;
    }

    /**
     * Refuses a date outside the years 1..9999.
     *
     * @param option the option, for the message ({@code --as-of})
     */
    static LocalDate date(CommandLine cl, Messages messages, String option, String text, LocalDate date) {
        if (!isYear(date.getYear())) {
            throw new CommandLine.ParameterException(cl, messages.get("option.badDateYear", option, text));
        }
        return date;
    }

    /** Converts {@code --year}: a whole number from 1 to 9999. */
    static final class Year implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.trim();
            if (!v.matches("[+-]?\\d{1,10}") || !isYear(Long.parseLong(v))) {
                throw new CommandLine.TypeConversionException(
                        HorCommand.messages().get("option.badYear", value));
            }
            return Integer.valueOf(v);
        }
    }

    /** Converts {@code --plugin-timeout}: a number of seconds from 0.001 to 86400 (no NaN, no infinity). */
    static final class Seconds implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double seconds;
            try {
                seconds = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                seconds = Double.NaN;
            }
            // NaN fails both comparisons
            if (!(seconds >= MIN_SECONDS && seconds <= MAX_SECONDS)) {
                throw new CommandLine.TypeConversionException(
                        HorCommand.messages().get("option.badSeconds", value));
            }
            return seconds;
        }
    }
}
