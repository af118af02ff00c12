package org.hor.core.model;

/** Who runs a site (spec 01; declaration order is the order the spec lists). */
public enum CarrierType {
    MIGRANT_UMBRELLA, OTHER_CARRIER, CONSORTIUM;
}
