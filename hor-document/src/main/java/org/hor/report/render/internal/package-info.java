/**
 * The built-in renderers (HTML, Markdown, JSON) and their helpers: formatting, escaping, charts.
 * Internal: not exported, do not depend on it; use {@link org.hor.report.render.Renderers}.
 */
package org.hor.report.render.internal;
