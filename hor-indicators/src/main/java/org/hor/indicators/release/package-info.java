/**
 * Releases, locks and revisions (spec 06): a {@link org.hor.indicators.release.Release} freezes an
 * evaluation's figures; {@link org.hor.indicators.release.ReleaseWriter} writes it as canonical,
 * byte-identical JSON and {@link org.hor.indicators.release.ReleaseReader} reads it back strictly,
 * with every problem located (JSON pointer, line, column, rule code {@code HOR-6xx}).
 * {@link org.hor.indicators.release.Releases} makes a release from a dataset and its evaluation (and
 * the revisions against a superseded release); {@link org.hor.indicators.release.Locks} checks a new
 * evaluation against a release: every released value of a period complete at the release's
 * {@code asOf} must stay as it was.
 */
@NullMarked
package org.hor.indicators.release;

import org.jspecify.annotations.NullMarked;
