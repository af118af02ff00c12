package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.PeriodCode}; {@code null} is valid. */
public final class PeriodCodeValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.PeriodCode, String> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public PeriodCodeValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || parses(value);
    }

    static boolean parses(String code) {
        try {
            org.hor.core.model.Period.parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
