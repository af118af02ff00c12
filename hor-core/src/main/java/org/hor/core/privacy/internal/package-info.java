/**
 * The patterns behind the scan for personal data and the pseudonymisation's building blocks. Not
 * API: do not depend on this package; it is not exported.
 */
package org.hor.core.privacy.internal;
