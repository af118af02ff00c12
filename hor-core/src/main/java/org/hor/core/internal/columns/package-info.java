/**
 * Internal: the columnar storage of a dataset's deliveries ({@link
 * org.hor.core.internal.columns.DeliveryColumns}). The reader fills it, the model keeps it as it is,
 * the integrity rules and the engine's index read its columns directly. It depends on no other
 * package of hor, so that none of them forms a cycle through it.
 *
 * <p>Not API: {@code module-info} exports it only to {@code org.hor.indicators} (the engine's index),
 * and it may change in any release. Do not depend on it.
 */
package org.hor.core.internal.columns;
