package org.hor.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hor.core.model.Dataset;
import org.hor.core.privacy.PersonalDataFinding;
import org.hor.core.privacy.PersonalDataScan;
import org.hor.core.validation.Violation;

/** What {@code hor validate} says about personal data in a valid dataset, and the checks of the privacy commands. */
final class PrivacyWarnings {

    private PrivacyWarnings() {}

    /**
     * Prints each finding of the scan as a warning (or, when {@code strict}, an error) with pointer
     * and kind, never the value in full, then a summary on standard error.
     *
     * @return 0, or 65 when {@code strict} and something was found
     */
    static int report(
            Dataset dataset, String source, boolean strict, Messages messages, PrintWriter out, PrintWriter err) {
        List<PersonalDataFinding> findings = PersonalDataScan.scan(dataset);
        for (PersonalDataFinding f : findings) {
            out.println(messages.get(strict ? "privacy.error" : "privacy.warning", f.format(messages.locale())));
        }
        if (findings.isEmpty()) {
            return ExitCodes.OK;
        }
        if (strict) {
            err.println(messages.get("privacy.strict", source, findings.size()));
            return ExitCodes.DATA;
        }
        err.println(messages.get("privacy.findings", source, findings.size()));
        return ExitCodes.OK;
    }

    /**
     * Checks that a dataset the CLI made (pseudonymised, erased) still validates.
     *
     * @throws CliException with exit code 70 when it does not: a bug, and nothing is written
     */
    static void requireValid(Dataset result, org.hor.indicators.Catalogue catalogue, Messages messages) {
        List<Violation> violations = org.hor.core.validation.DatasetValidator.create(
                        Catalogues.knownIndicators(catalogue))
                .validate(result);
        if (!violations.isEmpty()) {
            throw new CliException(
                    ExitCodes.SOFTWARE,
                    messages.get(
                            "privacy.resultInvalid",
                            violations.size(),
                            violations.get(0).format(messages.locale())));
        }
    }

    /** Formats counts as {@code name n, name n}, or the word for none. */
    static String counts(java.util.Map<String, Integer> counts, Messages messages) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) ->
                b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.length() == 0 ? messages.get("privacy.none") : b.toString();
    }
}
