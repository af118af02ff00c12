package org.hor.core.model;

/** The four pillars of the programme,  plus OTHER (spec 01; declaration order is the order the spec lists). */
public enum Pillar {
    EMPOWERMENT, MICRO_GRANTS, INFRASTRUCTURE, NETWORKING, OTHER;
}
