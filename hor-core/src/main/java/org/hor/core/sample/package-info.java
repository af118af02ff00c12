/**
 * A deterministic generator of realistic, fictional sample data in the dataset format (spec 01):
 * {@link org.hor.core.sample.SampleGenerator} with its {@link org.hor.core.sample.SampleParameters}.
 * The default sample carries a story for the formative evaluation (spec 03) and feeds examples and
 * tests; scaled up, it feeds benchmarks, streaming the deliveries. No real persons appear in it.
 */
@NullMarked
package org.hor.core.sample;

import org.jspecify.annotations.NullMarked;
