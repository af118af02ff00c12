/**
 * Machine outputs of an evaluation (spec 04 "Machine formats"): the tidy long CSV in two dialects
 * ({@link org.hor.indicators.output.TidyCsvWriter}, {@link org.hor.indicators.output.CsvDialect}) and
 * JSON ({@link org.hor.indicators.output.EvaluationJsonWriter}); the formative evaluation's findings as
 * JSON ({@link org.hor.indicators.output.FindingsJson}) and as a plain-text briefing for people
 * ({@link org.hor.indicators.output.FindingsBriefing}).
 */
@NullMarked
package org.hor.indicators.output;

import org.jspecify.annotations.NullMarked;
