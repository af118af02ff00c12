package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.FormatVersion}; {@code null} is valid. */
public final class FormatVersionValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.FormatVersion, String> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public FormatVersionValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || org.hor.core.model.Dataset.FORMAT_VERSION.equals(value);
    }
}
