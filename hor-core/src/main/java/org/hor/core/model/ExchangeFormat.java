package org.hor.core.model;

/** The format of a cross-site exchange (spec 01; declaration order is the order the spec lists). */
public enum ExchangeFormat {
    /** A meeting of the programme's network. */
    NETWORK_MEETING,
    /** A visit of one site at another. */
    PEER_VISIT,
    /** A workshop with other sites. */
    WORKSHOP,
    /** An online exchange. */
    ONLINE;
}
