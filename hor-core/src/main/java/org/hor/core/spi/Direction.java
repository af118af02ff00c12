package org.hor.core.spi;

/** Which way an indicator improves (spec 02). */
public enum Direction {
    /** More is better. */
    UP,
    /** Less is better. */
    DOWN
}
