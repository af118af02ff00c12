/**
 * The implementation of the CSV import and export: table definitions, cell conversion, decoding
 * and the folder reader and writer. Not exported; do not depend on it.
 */
package org.hor.csv.internal;
