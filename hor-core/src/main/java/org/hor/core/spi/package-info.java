/**
 * What indicator plugins implement and see: {@link org.hor.core.spi.IndicatorProvider} (found with
 * {@link java.util.ServiceLoader}) supplies {@link org.hor.core.spi.Indicator}s, each with an
 * {@link org.hor.core.spi.IndicatorDefinition} and a computation that returns a
 * {@link org.hor.core.spi.Result} of {@link org.hor.core.spi.Value}s (a number, or undefined with a
 * {@link org.hor.core.spi.Reason}) for a {@link org.hor.core.spi.Scope} and a period, reading the
 * dataset through the read-only {@link org.hor.core.spi.EvaluationContext}. The standard catalogue
 * uses exactly these types.
 */
@NullMarked
package org.hor.core.spi;

import org.jspecify.annotations.NullMarked;
