/** The indicator engine's public face: evaluate a dataset with options, read values and target results. */
package org.hor.indicators;
