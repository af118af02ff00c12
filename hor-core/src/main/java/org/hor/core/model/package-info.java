/**
 * The domain model of the dataset format (spec 01): immutable records for every record type, their
 * enums, {@link org.hor.core.model.Period} and {@link org.hor.core.model.Dataset}.
 */
package org.hor.core.model;
