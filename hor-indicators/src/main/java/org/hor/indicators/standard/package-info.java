/**
 * The standard indicator catalogue (spec 02), published as the first
 * {@link org.hor.core.spi.IndicatorProvider}: {@link org.hor.indicators.standard.StandardCatalogue}.
 */
@NullMarked
package org.hor.indicators.standard;

import org.jspecify.annotations.NullMarked;
