/**
 * The implementation of hor excel: the safety checks of a workbook's zip container, the sheet
 * reader and cell conversion, the sheet writer. Not exported; don't depend on it.
 */
package org.hor.excel.internal;
