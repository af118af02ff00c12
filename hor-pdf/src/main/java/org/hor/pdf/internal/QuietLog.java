package org.hor.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Passes only the PDF engine's warnings and errors on, to the platform logger {@code org.hor.pdf}
 * (at DEBUG, as hor checks conformance itself); its progress chatter on standard error is dropped.
 */
final class QuietLog implements XRLogger {

    private static final System.Logger LOG = System.getLogger("org.hor.pdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.log(System.Logger.Level.DEBUG, "openhtmltopdf " + where + ": " + msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                && LOG.isLoggable(System.Logger.Level.DEBUG);
    }
}
