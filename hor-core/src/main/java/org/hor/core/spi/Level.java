package org.hor.core.spi;

/** The level of the impact logic an indicator belongs to (spec 02). */
public enum Level {
    /** What goes in: money, staff, rooms. */
    INPUT,
    /** What the site delivers: consultations, trainings, grants. */
    OUTPUT,
    /** What changes for the organisations served. */
    OUTCOME,
    /** The longer-term change the programme aims at. */
    IMPACT
}
