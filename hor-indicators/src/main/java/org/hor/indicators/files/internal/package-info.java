/**
 * Reading indicator files: a located JSON tree and the checks of spec 05. Internal: not exported,
 * use {@link org.hor.indicators.files.IndicatorFiles}.
 */
package org.hor.indicators.files.internal;
