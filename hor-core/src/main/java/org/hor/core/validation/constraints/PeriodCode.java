package org.hor.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A period code (spec 01 "Periods"): {@code 2024}, {@code 2024-H1}, {@code 2024-Q1}, {@code 2024-05} or {@code 2019-03-01..2020-02-29}, naming days that exist. {@code null} is valid (use {@code @NotNull} for required fields).
 */
@Documented
@Constraint(validatedBy = {}) // its validator is a service of this module: see module-info
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PeriodCode {

    /** {@return the message template, a key of the hor message bundle} */
    String message() default "{org.hor.core.validation.PERIOD.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
