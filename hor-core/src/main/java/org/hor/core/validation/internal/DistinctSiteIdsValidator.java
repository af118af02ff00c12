package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.DistinctSiteIds}; {@code null} is valid. */
public final class DistinctSiteIdsValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.DistinctSiteIds, java.util.List<?>> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public DistinctSiteIdsValidator() {}

    @Override
    public boolean isValid(java.util.List<?> value, ConstraintValidatorContext context) {
        return value == null || FieldRules.isDistinctPair(value);
    }
}
