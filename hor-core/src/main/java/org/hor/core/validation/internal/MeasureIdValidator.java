package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.MeasureId}; {@code null} is valid. */
public final class MeasureIdValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.MeasureId, String> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public MeasureIdValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || org.hor.core.model.SupportCatalogueIds.MEASURES.contains(value);
    }
}
