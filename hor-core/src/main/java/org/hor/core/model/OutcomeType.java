package org.hor.core.model;

/** The kind of change observed at an organisation (spec 01; declaration order is the order the spec lists). */
public enum OutcomeType {
    /** The organisation registered as an association. */
    ASSOCIATION_REGISTERED,
    /** The organisation obtained non-profit status. */
    NON_PROFIT_STATUS,
    /** The organisation acquired public funding. */
    PUBLIC_FUNDING_ACQUIRED,
    /** The organisation carried out a project of its own. */
    OWN_PROJECT_IMPLEMENTED,
    /** The organisation entered a new partnership. */
    NEW_PARTNERSHIP,
    /** The organisation joined a network. */
    JOINED_NETWORK,
    /** The organisation gained volunteers. */
    VOLUNTEERS_GAINED,
    /** Another outcome. */
    OTHER;
}
