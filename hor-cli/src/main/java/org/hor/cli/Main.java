package org.hor.cli;

/** Entry point of the {@code hor} command-line program. */
public final class Main {
    private Main() {
    }

    /** Runs the program and exits with its exit code. */
    public static void main(String[] args) {
        System.out.println("hor");
    }
}
