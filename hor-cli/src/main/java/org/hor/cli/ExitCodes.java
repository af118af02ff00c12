package org.hor.cli;

/** The program's exit codes, following sysexits(3). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command line was wrong. */
    public static final int USAGE = 64;
    /** The input data was invalid (or, with {@code --strict-plugins}, a plugin failed). */
    public static final int DATA = 65;
    /** An input file was not found or not readable. */
    public static final int NO_INPUT = 66;
    /** An internal error: a bug in hor. */
    public static final int SOFTWARE = 70;
    /** An output file could not be created. */
    public static final int CANNOT_CREATE = 73;
    /** An input/output error while reading or writing. */
    public static final int IO_ERROR = 74;

    private ExitCodes() {}
}
