package org.hor.core.model;

/** The area a site covers (spec 01; declaration order is the order the spec lists). */
public enum Coverage {
    CITY, REGION;
}
