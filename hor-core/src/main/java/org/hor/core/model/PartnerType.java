package org.hor.core.model;

/** The kind of institution a site cooperates with (spec 01; declaration order is the order the spec lists). */
public enum PartnerType {
    LOCAL_AUTHORITY, PUBLIC_AUTHORITY, WELFARE_ASSOCIATION, FOUNDATION, EDUCATION, BUSINESS, MIGRANT_ORGANISATION, CIVIL_SOCIETY, OTHER;
}
