/**
 * Differences between two versions of an evaluation (spec 06 "Differences", {@code hor diff}): which
 * values changed, appeared or disappeared ({@link org.hor.indicators.diff.ValueDiff}), which records
 * were added, removed or changed ({@link org.hor.indicators.diff.RecordDiff}), and which of those
 * records caused each value's change ({@link org.hor.indicators.diff.Causes}), put together in
 * {@link org.hor.indicators.diff.Differences} and written as text, CSV or JSON by
 * {@link org.hor.indicators.diff.DifferencesWriter}.
 *
 * <p>Each side of a comparison is a {@link org.hor.indicators.diff.Side}: the values of an evaluation
 * with the {@code asOf} they were evaluated at, and, for a dataset, the engine (and so the records)
 * they came from. A side without records (a release file) still gives value differences; records and
 * causes then stay empty.
 */
@NullMarked
package org.hor.indicators.diff;

import org.jspecify.annotations.NullMarked;
