/**
 * Reading and evaluating indicator files (spec 05): the checks of spec 05 over the located JSON tree
 * of {@code org.hor.indicators.internal.json}, and each checked file as a
 * {@link org.hor.indicators.files.internal.FileProvider} whose indicators read the engine's columnar
 * index directly. Internal: not exported, use {@link org.hor.indicators.files.IndicatorFiles}.
 */
package org.hor.indicators.files.internal;
