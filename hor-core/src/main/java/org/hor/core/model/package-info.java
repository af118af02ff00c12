/**
 * The domain model of the dataset format (spec 01): immutable records for every record type, their
 * enums, {@link org.hor.core.model.Period} and {@link org.hor.core.model.Dataset}.
 *
 * <p>Nullness: a component marked {@code @Nullable} is optional in the format; the others are
 * required ({@code @Required}) and hold no {@code null} in a dataset that passed validation (a
 * record built in memory is checked by {@code DatasetValidator}, not by its constructor).
 */
@NullMarked
package org.hor.core.model;

import org.jspecify.annotations.NullMarked;
