package org.hor.core.spi;

/** The level of the impact logic an indicator belongs to (spec 02). */
public enum Level {
    INPUT, OUTPUT, OUTCOME, IMPACT
}
