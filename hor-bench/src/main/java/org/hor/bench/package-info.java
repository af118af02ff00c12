/**
 * The national-scale benchmark (issue 7), built only with {@code -Pbench}: {@link org.hor.bench.Bench}
 * prints ingest speed, heap per delivery, evaluation time and scaling, and the race against DuckDB
 * with a check that both give the same values; {@link org.hor.bench.Profile} is a loop to attach a
 * profiler to. Not a library: nothing here is API.
 */
package org.hor.bench;
