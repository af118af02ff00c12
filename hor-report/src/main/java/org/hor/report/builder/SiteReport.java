package org.hor.report.builder;

import java.util.List;
import org.hor.core.model.Site;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;

/**
 * Builds the site report (spec 04 "Report contents"): the title and facts, then one
 * {@link SiteSection} each, in the order of {@link #sections()}.
 */
final class SiteReport {

    private final ReportData data;
    private final Site site;

    SiteReport(ReportData data, String siteId) {
        this.data = data;
        this.site = data.site(siteId);
        if (site == null) {
            throw new IllegalArgumentException("no site '" + siteId + "' in the dataset");
        }
    }

    /** The sections, in the report's order; a new section is one more entry here. */
    private List<SiteSection> sections() {
        return List.of(
                new SiteProfile(data, site),
                new SiteKeyFigures(data, site),
                new SiteDevelopment(data, site),
                new SiteOffers(data, site),
                new SiteTargets(data, site),
                new SiteImpacts(data, site),
                new SiteCooperations(data, site),
                new SiteChallenges(data, site),
                new SiteFollowUp(data, site),
                new SiteExchanges(data, site),
                new SiteOwnIndicators(data, site),
                new SitePlugins(data, site),
                new SiteDataQuality(data, site));
    }

    Document build() {
        Texts texts = data.texts;
        String year = data.year.code();
        Document.Builder doc = Document.builder(texts.get("site.title", year, data.siteName(site.id())), texts.locale())
                .subtitle(
                        data.dataset.programme() == null
                                        || data.dataset.programme().name() == null
                                ? ""
                                : Bidi.isolate(
                                        data.shown(data.dataset.programme().name())))
                .fact(texts.get("fact.year"), Cell.text(year))
                .fact(texts.get("fact.asOf"), Cell.date(data.asOf));
        data.since.section().ifPresent(doc::block);
        for (SiteSection section : sections()) {
            doc.block(section.build());
        }
        return doc.build();
    }
}
