/**
 * Reading and evaluating indicator files (spec 05): a located JSON tree and the checks of spec 05,
 * and each checked file as a {@link org.hor.indicators.files.internal.FileProvider} whose
 * indicators read the engine's columnar index directly. Internal: not exported, use
 * {@link org.hor.indicators.files.IndicatorFiles}.
 */
package org.hor.indicators.files.internal;
