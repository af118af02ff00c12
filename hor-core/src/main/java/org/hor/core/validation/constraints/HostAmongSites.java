package org.hor.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On {@link org.hor.core.model.Exchange}: its {@code hostSiteId}, when present, is one of its
 * {@code siteIds}. Reported on the property {@code hostSiteId}; not checked while {@code siteIds}
 * is empty (that is reported by {@link DistinctSiteIds}).
 */
@Documented
@Constraint(validatedBy = {}) // its validator is a service of this module: see module-info
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HostAmongSites {

    /** {@return the message template, a key of the hor message bundle} */
    String message() default "{org.hor.core.validation.HOST_SITE.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
