/**
 * Validation of the dataset format (spec 01): {@link org.hor.core.validation.Violation} (pointer,
 * location, stable {@link org.hor.core.validation.RuleCode}, bundle message in German and English,
 * offending value), {@link org.hor.core.validation.DatasetValidator} for datasets in memory and
 * {@link org.hor.core.validation.KnownIndicators}, the indicator catalogue that targets are checked
 * against. The field rules themselves are Jakarta constraints in
 * {@link org.hor.core.validation.constraints}.
 */
@NullMarked
package org.hor.core.validation;

import org.jspecify.annotations.NullMarked;
