/**
 * The formative evaluation (spec 03): what the programme's evaluators do with the indicators, made
 * computable.
 *
 * <p>{@link org.hor.indicators.evaluation.FormativeEvaluation#assess FormativeEvaluation.assess}
 * takes a dataset, an {@link org.hor.indicators.evaluation.IndicatorSource} (the indicator values,
 * normally backed by the engine) and {@link org.hor.indicators.evaluation.AssessmentOptions}, and
 * returns {@link org.hor.indicators.evaluation.Findings}: the development of the sites, the
 * site-specific challenges with their evidence, tailored support and its follow-up, peer sites,
 * programme-wide support needs, the comparison of the approaches, reference values for new sites,
 * the exchange network and data-quality findings. Each finding carries its
 * {@link org.hor.indicators.evaluation.Evidence}, typed variants a reader takes the numbers from.
 * {@link org.hor.indicators.output.FindingsJson} writes findings as JSON,
 * {@link org.hor.indicators.output.FindingsBriefing} as a plain-text briefing in German or English.
 *
 * <p>Every threshold is a parameter with the spec's default; every comparison with a threshold is
 * exact; an undefined value never satisfies a comparison; every list is in a stable, documented order.
 */
@NullMarked
package org.hor.indicators.evaluation;

import org.jspecify.annotations.NullMarked;
