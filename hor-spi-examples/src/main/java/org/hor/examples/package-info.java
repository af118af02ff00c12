/**
 * Three plugins a real house would want, each a small {@link org.hor.core.spi.Indicator} that reads
 * the dataset only through the read-only {@link org.hor.core.spi.EvaluationContext}:
 * {@link org.hor.examples.LanguageCafeVisits}, {@link org.hor.examples.RoomUtilisationShare} and
 * {@link org.hor.examples.NewcomerOrganisationsShare}, provided by
 * {@link org.hor.examples.ExamplesProvider}.
 */
@NullMarked
package org.hor.examples;

import org.jspecify.annotations.NullMarked;
