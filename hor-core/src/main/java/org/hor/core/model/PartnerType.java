package org.hor.core.model;

/** The kind of institution a site cooperates with (spec 01; declaration order is the order the spec lists). */
public enum PartnerType {
    /** A municipality or district administration. */
    LOCAL_AUTHORITY,
    /** Another public authority, such as a job centre. */
    PUBLIC_AUTHORITY,
    /** A welfare association. */
    WELFARE_ASSOCIATION,
    /** A foundation. */
    FOUNDATION,
    /** A school, university or other educational institution. */
    EDUCATION,
    /** A business. */
    BUSINESS,
    /** A migrant organisation. */
    MIGRANT_ORGANISATION,
    /** Another civil-society organisation. */
    CIVIL_SOCIETY,
    /** Another partner. */
    OTHER;
}
