package org.hor.report.document;

/**
 * The judgement a status or a change carries. Renderers show it with a colour <em>and</em> the
 * text that goes with it, never by colour alone.
 */
public enum Tone {
    /** Good: a target met, a development in the wished direction. */
    POSITIVE,
    /** Worth attention, not yet bad. */
    WARNING,
    /** Bad: a target missed, a development against the wished direction. */
    NEGATIVE,
    /** No judgement. */
    NEUTRAL,
    /** Informative, such as a partial period. */
    INFO
}
