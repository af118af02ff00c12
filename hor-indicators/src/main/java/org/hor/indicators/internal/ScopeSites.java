package org.hor.indicators.internal;

import org.hor.core.spi.Scope;

/**
 * The sites of a scope: their numbers in ascending order and a membership mask.
 *
 * @param scope the scope
 * @param sites the site numbers, ascending
 * @param mask  {@code mask[s]} is true exactly for the sites of the scope
 */
public record ScopeSites(Scope scope, int[] sites, boolean[] mask) {}
