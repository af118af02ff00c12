/**
 * Data protection by design: {@link org.hor.core.privacy.PersonalDataScan} finds personal data in
 * free texts, {@link org.hor.core.privacy.Pseudonymiser} gives organisations keyed pseudonyms that
 * still link across datasets, and {@link org.hor.core.privacy.Erasure} removes organisations on
 * request and records past their retention. A pseudonymised dataset is still personal data under the
 * GDPR while the key exists.
 */
@NullMarked
package org.hor.core.privacy;

import org.jspecify.annotations.NullMarked;
