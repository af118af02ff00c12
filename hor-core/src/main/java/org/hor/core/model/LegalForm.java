package org.hor.core.model;

/** The legal form of an organisation (spec 01; declaration order is the order the spec lists). */
public enum LegalForm {
    /** A registered association (e. V.). */
    REGISTERED_ASSOCIATION,
    /** A group without legal form. */
    UNREGISTERED_GROUP,
    /** A non-profit company (gGmbH, gUG). */
    NON_PROFIT_COMPANY,
    /** A foundation. */
    FOUNDATION,
    /** Another legal form. */
    OTHER;
}
