package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.Amount}; {@code null} is valid. */
public final class AmountValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.Amount, java.math.BigDecimal> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public AmountValidator() {}

    @Override
    public boolean isValid(java.math.BigDecimal value, ConstraintValidatorContext context) {
        return value == null || FieldRules.isAmount(value);
    }
}
