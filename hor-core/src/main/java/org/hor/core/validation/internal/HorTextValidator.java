package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.HorText}; {@code null} is valid. */
public final class HorTextValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.HorText, String> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public HorTextValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || FieldRules.isText(value);
    }
}
