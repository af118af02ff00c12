package org.hor.core.model;

/** The area a site covers (spec 01; declaration order is the order the spec lists). */
public enum Coverage {
    /** The site serves one city. */
    CITY,
    /** The site serves several districts or places. */
    REGION;
}
