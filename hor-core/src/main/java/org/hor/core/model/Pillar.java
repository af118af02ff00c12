package org.hor.core.model;

/** The four pillars of the programme,  plus OTHER (spec 01; declaration order is the order the spec lists). */
public enum Pillar {
    /** Consulting and training. */
    EMPOWERMENT,
    /** Micro-grants. */
    MICRO_GRANTS,
    /** Rooms and equipment. */
    INFRASTRUCTURE,
    /** Networking events. */
    NETWORKING,
    /** Other offers. */
    OTHER;
}
