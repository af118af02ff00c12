package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.HorNumber}; {@code null} is valid. */
public final class HorNumberValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.HorNumber, java.math.BigDecimal> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public HorNumberValidator() {}

    @Override
    public boolean isValid(java.math.BigDecimal value, ConstraintValidatorContext context) {
        return value == null || FieldRules.isNumber(value);
    }
}
