/**
 * Jakarta Validation constraints for the field rules of the dataset format (spec 01 "Types" and the
 * record fields). The records of {@code org.hor.core.model} carry them, so any Jakarta Validation
 * provider can check hor records; messages are keys of the hor bundle
 * ({@code ContributorValidationMessages}, German by default, English for {@code en}) without
 * expression language, so Hibernate Validator's {@code ParameterMessageInterpolator} suffices.
 */
@NullMarked
package org.hor.core.validation.constraints;

import org.jspecify.annotations.NullMarked;
