/**
 * The evaluation of indicator files (spec 05): each file becomes a {@link
 * org.hor.indicators.files.internal.FileProvider} whose indicators read the engine's columnar index
 * directly. Internal: not exported, don't depend on it.
 */
package org.hor.indicators.files.internal;
