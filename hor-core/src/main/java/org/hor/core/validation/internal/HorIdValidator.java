package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.HorId}; {@code null} is valid. */
public final class HorIdValidator implements ConstraintValidator<org.hor.core.validation.constraints.HorId, String> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public HorIdValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || FieldRules.isId(value);
    }
}
