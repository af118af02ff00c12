package org.hor.csv.internal;

/** The kind of a column: how its cells are read and written. */
public enum Kind {
    /** An id or code: taken as written. */
    STRING,
    /** A text field: one leading {@code '} is removed on import and added on export where needed. */
    TEXT,
    /** A date. */
    DATE,
    /** A decimal number (amount or number). */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A constant of an enum. */
    ENUM,
    /** A list of ids written {@code A|B}. */
    LIST,
    /** An organisation's attributes: columns {@code attributes.NAME}, each a text. */
    MAP
}
