package org.hor.core.model;

/** The kind of organisation a site serves (spec 01; declaration order is the order the spec lists). */
public enum OrganisationType {
    MIGRANT_ORGANISATION, INTEGRATIVE_ASSOCIATION, INITIATIVE, OTHER;
}
