package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link org.hor.core.validation.constraints.ChallengeRuleId}; {@code null} is valid. */
public final class ChallengeRuleIdValidator
        implements ConstraintValidator<org.hor.core.validation.constraints.ChallengeRuleId, String> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public ChallengeRuleIdValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || org.hor.core.model.SupportCatalogueIds.RULES.contains(value);
    }
}
