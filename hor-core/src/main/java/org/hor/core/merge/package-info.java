/**
 * Many submissions, one programme: {@link org.hor.core.merge.DatasetMerger} joins the datasets of
 * several houses (read from JSON, CSV folders or workbooks by the caller) into one, reporting
 * conflicting records and probable duplicate organisations, and validates the result as a whole.
 * It needs nothing but the model and the validator, so it lives in hor core: any reader's datasets
 * can be merged, with or without the Excel module.
 */
@NullMarked
package org.hor.core.merge;

import org.jspecify.annotations.NullMarked;
