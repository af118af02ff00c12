/**
 * Disclosure control (spec 04 "Disclosure control"): a step between evaluation and output that
 * withholds small counts, and the values computed over small counts, from published outputs.
 * {@link org.hor.indicators.disclosure.DisclosureControl} replaces such values with
 * {@link org.hor.core.spi.Reason#SUPPRESSED}, in a whole {@link org.hor.indicators.Evaluation} or in
 * single values for report builders, and adds secondary suppression within breakdowns.
 */
@NullMarked
package org.hor.indicators.disclosure;

import org.jspecify.annotations.NullMarked;
