/**
 * The located JSON tree both strict readers of hor-indicators check: the indicator-file reader (spec
 * 05, {@code files.internal}) and the release reader (spec 06, {@code release}). A document is read
 * whole from Jackson's tokens into {@link org.hor.indicators.internal.json.LocatedNode}s, each with
 * its JSON pointer, line and column, so that every rule can name the place it found wrong. Internal:
 * not exported by the module; do not depend on it.
 */
@NullMarked
package org.hor.indicators.internal.json;

import org.jspecify.annotations.NullMarked;
