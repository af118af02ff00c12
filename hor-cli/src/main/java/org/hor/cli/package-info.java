/** The {@code hor} command-line program: picocli commands, exit codes, atomic file output. */
package org.hor.cli;
