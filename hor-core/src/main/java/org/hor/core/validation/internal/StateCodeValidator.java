package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.StateCode}; {@code null} is valid. */
public final class StateCodeValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.StateCode, String> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public StateCodeValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || org.hor.core.model.GermanState.ofCode(value).isPresent();
    }
}
