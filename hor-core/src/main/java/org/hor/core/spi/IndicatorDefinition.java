package org.hor.core.spi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hor.core.model.PeriodType;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of an indicator (spec 02): what it measures and how its values behave. Standard and
 * plugin indicators carry the same metadata. Equality is by all components.
 *
 * @param id          lowercase dot-separated segments {@code [a-z0-9-]+(\.[a-z0-9-]+)+}, at most 64
 *           characters
 * @param label       a short label in German and English
 * @param definition  a one-sentence definition in German and English
 * @param unit        the unit, such as {@code organisations}, {@code percent}, {@code EUR}
 * @param level       the level of the impact logic
 * @param direction   which way the indicator improves
 * @param accrual     whether it grows with the length of a period
 * @param periodTypes the period types it applies to (never empty; unmodifiable; the indicator is
 *                    {@link Reason#NOT_APPLICABLE} for the others)
 * @param breakdown   its breakdown dimension, or {@code null} when it has none
 * @param numberStyle how its values appear in machine outputs
 */
public record IndicatorDefinition(
        String id,
        LocalizedText label,
        LocalizedText definition,
        String unit,
        Level level,
        Direction direction,
        Accrual accrual,
        Set<PeriodType> periodTypes,
        @Nullable Breakdown breakdown,
        NumberStyle numberStyle) {

    /** The grammar of indicator ids. */
    public static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    /** The longest indicator id. */
    public static final int MAX_ID_LENGTH = 64;

    /**
     * Checks and copies the components.
     *
     * @param id lowercase dot-separated segments {@code [a-z0-9-]+(\.[a-z0-9-]+)+}, at most 64 characters
     * @param label a short label in German and English
     * @param definition a one-sentence definition in German and English
     * @param unit the unit, such as {@code organisations}, {@code percent}, {@code EUR}
     * @param level the level of the impact logic
     * @param direction which way the indicator improves
     * @param accrual whether it grows with the length of a period
     * @param periodTypes the period types it applies to (never empty; unmodifiable; the indicator is {@link
     *                    Reason#NOT_APPLICABLE} for the others)
     * @param breakdown its breakdown dimension, or {@code null} when it has none
     * @param numberStyle how its values appear in machine outputs
     * @throws NullPointerException     if a component other than {@code breakdown} is null
     * @throws IllegalArgumentException if the id does not follow {@link #ID} or is longer than
     *                                  {@value #MAX_ID_LENGTH} characters, the unit is blank, or
     *                                  {@code periodTypes} is empty
     */
    public IndicatorDefinition {
        checkId(id);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(accrual, "accrual");
        Objects.requireNonNull(periodTypes, "periodTypes");
        Objects.requireNonNull(numberStyle, "numberStyle");
        if (unit.isBlank()) {
            throw new IllegalArgumentException("an indicator's unit must not be blank: " + id);
        }
        if (periodTypes.isEmpty()) {
            throw new IllegalArgumentException("an indicator must apply to at least one period type: " + id);
        }
        periodTypes = Set.copyOf(EnumSet.copyOf(periodTypes));
    }

    /**
     * Checks an indicator id.
     *
     * @param id lowercase dot-separated segments {@code [a-z0-9-]+(\.[a-z0-9-]+)+}, at most 64 characters
     * @return {@code id}
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if it does not follow {@link #ID} or is longer than 64 characters
     */
    public static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an indicator id must be lowercase dot-separated segments "
                    + "[a-z0-9-]+(.[a-z0-9-]+)+ of at most 64 characters: '" + id + "'");
        }
        return id;
    }

    /**
     * Returns the breakdown, when there is one.
     *
     * @return the breakdown, or empty when the indicator has none
     */
    public Optional<Breakdown> breakdownIfAny() {
        return Optional.ofNullable(breakdown);
    }

    /**
     * Returns whether the indicator applies to periods of {@code type}.
     *
     * @param type a period type
     * @return whether {@code type} is one of the indicator's period types
     */
    public boolean appliesTo(PeriodType type) {
        return periodTypes.contains(type);
    }

    /**
     * Starts a definition: level {@code OUTPUT}, direction {@code UP}, accrual {@code CUMULATIVE},
     * every period type, no breakdown and number style {@link NumberStyle#DECIMAL} unless set.
     *
     * @param id the indicator id
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds an {@link IndicatorDefinition}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private LocalizedText label;
        private LocalizedText definition;
        private String unit;
        private Level level = Level.OUTPUT;
        private Direction direction = Direction.UP;
        private Accrual accrual = Accrual.CUMULATIVE;
        private Set<PeriodType> periodTypes = EnumSet.allOf(PeriodType.class);
        private Breakdown breakdown;
        private NumberStyle numberStyle = NumberStyle.DECIMAL;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the label in German and English.
         *
         * @param de the German text
         * @param en the English text
         * @return this builder
         */
        public Builder label(String de, String en) {
            this.label = new LocalizedText(de, en);
            return this;
        }

        /**
         * Sets the one-sentence definition in German and English.
         *
         * @param de the German text
         * @param en the English text
         * @return this builder
         */
        public Builder definition(String de, String en) {
            this.definition = new LocalizedText(de, en);
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param unit the unit, such as {@code organisations}, {@code percent}, {@code EUR}
         * @return this builder
         */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /**
         * Sets the level of the impact logic.
         *
         * @param level the level of the impact logic
         * @return this builder
         */
        public Builder level(Level level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the direction.
         *
         * @param direction which way the indicator improves
         * @return this builder
         */
        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        /**
         * Sets the accrual.
         *
         * @param accrual whether it grows with the length of a period
         * @return this builder
         */
        public Builder accrual(Accrual accrual) {
            this.accrual = accrual;
            return this;
        }

        /**
         * Restricts the period types the indicator applies to.
         *
         * @param periodTypes the period types it applies to (never empty; unmodifiable; the indicator is
         *                    {@link Reason#NOT_APPLICABLE} for the others)
         * @return this builder
         */
        public Builder periodTypes(Set<PeriodType> periodTypes) {
            this.periodTypes = periodTypes;
            return this;
        }

        /**
         * Sets the breakdown dimension.
         *
         * @param breakdown its breakdown dimension, or {@code null} when it has none
         * @return this builder
         */
        public Builder breakdown(@Nullable Breakdown breakdown) {
            this.breakdown = breakdown;
            return this;
        }

        /**
         * Sets how values appear in machine outputs.
         *
         * @param numberStyle how its values appear in machine outputs
         * @return this builder
         */
        public Builder numberStyle(NumberStyle numberStyle) {
            this.numberStyle = numberStyle;
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition
         * @throws NullPointerException     if label, definition or unit were not set
         * @throws IllegalArgumentException if a component breaks a rule of {@link IndicatorDefinition}
         */
        public IndicatorDefinition build() {
            return new IndicatorDefinition(
                    id, label, definition, unit, level, direction, accrual, periodTypes, breakdown, numberStyle);
        }
    }
}
