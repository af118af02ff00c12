/**
 * The indicator engine's public face. {@link org.hor.indicators.Engine} indexes a dataset once and
 * evaluates a {@link org.hor.indicators.Catalogue} of indicators (the standard catalogue first, then
 * plugins) in bulk ({@link org.hor.indicators.Engine#evaluate(org.hor.indicators.EvaluationOptions)}
 * gives an {@link org.hor.indicators.Evaluation} in the order of spec 02) or on demand for any scope,
 * period and indicator, with {@link org.hor.indicators.TargetResult}s and
 * {@link org.hor.indicators.Explanation}s.
 */
@NullMarked
package org.hor.indicators;

import org.jspecify.annotations.NullMarked;
