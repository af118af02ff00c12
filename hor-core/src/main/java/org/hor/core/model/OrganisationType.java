package org.hor.core.model;

/** The kind of organisation a site serves (spec 01; declaration order is the order the spec lists). */
public enum OrganisationType {
    /** A migrant organisation. */
    MIGRANT_ORGANISATION,
    /** An integrative association. */
    INTEGRATIVE_ASSOCIATION,
    /** A local initiative. */
    INITIATIVE,
    /** Another kind of organisation. */
    OTHER;
}
