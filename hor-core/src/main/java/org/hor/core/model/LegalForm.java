package org.hor.core.model;

/** The legal form of an organisation (spec 01; declaration order is the order the spec lists). */
public enum LegalForm {
    REGISTERED_ASSOCIATION, UNREGISTERED_GROUP, NON_PROFIT_COMPANY, FOUNDATION, OTHER;
}
