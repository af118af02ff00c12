/**
 * What indicator plugins implement and see: indicator definitions and computations, values with
 * reasons, scopes, and the read-only evaluation context.
 */
package org.hor.core.spi;
