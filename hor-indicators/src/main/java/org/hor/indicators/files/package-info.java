/**
 * Indicators defined in a file (spec 05): the checked form of an indicator file ({@link IndicatorFile},
 * {@link FileIndicator}, the {@link Expression} tree), reading and checking it ({@link IndicatorFiles}),
 * and evaluating its indicators as an {@link org.hor.core.spi.IndicatorProvider} like any plugin.
 */
@NullMarked
package org.hor.indicators.files;

import org.jspecify.annotations.NullMarked;
