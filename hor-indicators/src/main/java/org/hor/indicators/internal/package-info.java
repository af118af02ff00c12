/**
 * The engine's implementation: the columnar dataset index, the fast kernels of the standard
 * indicators, scope and period coverage, targets. Not exported by the module; do not depend on it.
 */
package org.hor.indicators.internal;
