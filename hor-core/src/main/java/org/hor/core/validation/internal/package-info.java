/**
 * Implementation of validation: constraint validators, integrity rules, pointer helpers. Not
 * exported: do not depend on it.
 */
package org.hor.core.validation.internal;
