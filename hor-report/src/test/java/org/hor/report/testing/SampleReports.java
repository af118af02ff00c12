package org.hor.report.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hor.core.model.Dataset;
import org.hor.core.model.Exchange;
import org.hor.core.model.Organisation;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.indicators.Engine;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.report.builder.ReportOptions;
import org.hor.report.builder.Reports;
import org.hor.report.document.Document;

/**
 * The sample's reports, and the same with script and bidi payloads in every free text: shared with
 * the format modules' tests (hor-pdf, hor-docx) through hor-report's test-jar.
 */
public final class SampleReports {

    /** Markup that would run a script if it reached an HTML page unescaped. */
    public static final String XSS = "<img src=x onerror=\"alert('x')\">";
    /** A right-to-left override, Hebrew and Arabic words, and an isolate: text that reorders itself. */
    public static final String BIDI =
            "\u202Eexe.txt\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u2067iso\u2069";

    public static final String HOSTILE = XSS + " " + BIDI;

    private static Engine plain;
    private static Findings plainFindings;
    private static Engine hostile;
    private static Findings hostileFindings;

    private SampleReports() {}

    public static synchronized Document programme(Locale locale, boolean withPayloads) {
        init();
        return Reports.programmeReport(
                withPayloads ? hostile : plain,
                withPayloads ? hostileFindings : plainFindings,
                ReportOptions.defaults().withLocale(locale));
    }

    public static synchronized Document site(Locale locale, boolean withPayloads) {
        init();
        return Reports.siteReport(
                withPayloads ? hostile : plain,
                withPayloads ? hostileFindings : plainFindings,
                "S-01",
                ReportOptions.defaults().withLocale(locale));
    }

    private static void init() {
        if (plain != null) {
            return;
        }
        Dataset d = SampleGenerator.generate(SampleParameters.defaults().withDeliveries(6000));
        plain = Engine.create(d);
        plainFindings = FormativeEvaluation.assess(plain, AssessmentOptions.defaults());
        hostile = Engine.create(hostile(d));
        hostileFindings = FormativeEvaluation.assess(hostile, AssessmentOptions.defaults());
    }

    /** Puts the payloads into every free text that can reach a report. */
    public static Dataset hostile(Dataset d) {
        List<Site> sites = new ArrayList<>();
        for (Site s : d.sites()) {
            sites.add(
                    s.id().equals("S-01")
                            ? new Site(
                                    s.id(),
                                    HOSTILE,
                                    HOSTILE,
                                    s.state(),
                                    HOSTILE,
                                    s.carrierType(),
                                    s.coverage(),
                                    s.start(),
                                    s.end())
                            : s);
        }
        List<Organisation> orgs = new ArrayList<>();
        for (Organisation o : d.organisations()) {
            Map<String, String> attributes = new LinkedHashMap<>(o.attributes());
            orgs.add(new Organisation(
                    o.id(), HOSTILE, o.type(), o.legalForm(), o.migrantLed(), o.founded(), attributes));
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (Exchange x : d.exchanges()) {
            exchanges.add(new Exchange(x.id(), x.date(), x.format(), x.hostSiteId(), x.siteIds(), HOSTILE));
        }
        return new Dataset(
                d.formatVersion(),
                d.asOf(),
                new Programme(d.programme().id(), HOSTILE, HOSTILE),
                sites,
                orgs,
                d.offers(),
                d.deliveries(),
                d.cooperations(),
                d.outcomes(),
                exchanges,
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
    }
}
