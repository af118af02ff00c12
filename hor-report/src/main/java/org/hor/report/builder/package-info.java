/**
 * The site report and the programme report (spec 04): {@link org.hor.report.builder.Reports} turns
 * a dataset, an evaluation and the findings of the formative evaluation into a
 * {@link org.hor.report.document.Document} with German (default) or English texts from the bundle
 * {@code org/hor/report/builder/report.properties}. The only package of hor-report that knows both
 * indicators and documents.
 */
@NullMarked
package org.hor.report.builder;

import org.jspecify.annotations.NullMarked;
