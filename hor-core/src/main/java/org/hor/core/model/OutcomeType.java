package org.hor.core.model;

/** The kind of change observed at an organisation (spec 01; declaration order is the order the spec lists). */
public enum OutcomeType {
    ASSOCIATION_REGISTERED, NON_PROFIT_STATUS, PUBLIC_FUNDING_ACQUIRED, OWN_PROJECT_IMPLEMENTED, NEW_PARTNERSHIP, JOINED_NETWORK, VOLUNTEERS_GAINED, OTHER;
}
