package org.hor.core.model;

/** The format of a cross-site exchange (spec 01; declaration order is the order the spec lists). */
public enum ExchangeFormat {
    NETWORK_MEETING, PEER_VISIT, WORKSHOP, ONLINE;
}
