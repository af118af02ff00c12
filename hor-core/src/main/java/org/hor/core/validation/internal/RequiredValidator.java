package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hor.core.validation.constraints.Required;

/** Checks {@link Required}: the value is not {@code null}. */
public final class RequiredValidator implements ConstraintValidator<Required, Object> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public RequiredValidator() {}

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value != null;
    }
}
