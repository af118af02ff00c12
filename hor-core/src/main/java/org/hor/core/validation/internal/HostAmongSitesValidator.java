package org.hor.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hor.core.model.Exchange;
import org.hor.core.validation.constraints.HostAmongSites;

/** Checks {@link HostAmongSites}: the host is one of the exchange's sites. */
public final class HostAmongSitesValidator implements ConstraintValidator<HostAmongSites, Exchange> {

    /** Creates the validator (called by the Jakarta Validation provider). */
    public HostAmongSitesValidator() {}

    @Override
    public boolean isValid(Exchange exchange, ConstraintValidatorContext context) {
        if (exchange == null
                || exchange.hostSiteId() == null
                || exchange.siteIds().isEmpty()
                || exchange.siteIds().contains(exchange.hostSiteId())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("hostSiteId")
                .addConstraintViolation();
        return false;
    }
}
