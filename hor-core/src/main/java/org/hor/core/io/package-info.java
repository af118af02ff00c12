/**
 * Reading and writing the dataset format (spec 01): {@link org.hor.core.io.DatasetReader} (streaming,
 * limited by {@link org.hor.core.io.ReadLimits}, all violations at once in a
 * {@link org.hor.core.io.ReadResult}), {@link org.hor.core.io.DatasetWriter} (canonical JSON) and
 * {@link org.hor.core.io.HorJacksonModule} for other tools' Jackson mappers.
 */
@NullMarked
package org.hor.core.io;

import org.jspecify.annotations.NullMarked;
