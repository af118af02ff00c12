package org.hor.report.builder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Site;
import org.hor.core.spi.Reason;
import org.hor.report.document.Cell;
import org.hor.report.document.Fact;
import org.hor.report.document.Section;

/** The site report's profile: carrier, city, state, approach, start, end and age. */
final class SiteProfile extends SiteSection {

    SiteProfile(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("profile").paragraph(texts.get("profile.lead"));
        LocalDate lastDay = year.last();
        Cell age;
        if (site.start() == null || site.start().isAfter(lastDay)) {
            age = Cell.text(texts.get("profile.age.notStarted"));
        } else {
            age = Cell.text(texts.get(
                    "profile.age.value",
                    java.time.Period.between(site.start(), lastDay).getYears()));
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(texts.get("profile.name"), Cell.text(data.siteName(site.id()))));
        facts.add(new Fact(texts.get("profile.carrier"), text(site.carrier())));
        facts.add(new Fact(texts.get("profile.city"), text(site.city())));
        facts.add(new Fact(
                texts.get("profile.state"),
                Cell.text(site.state() == null ? "–" : texts.labelOrCode("state", site.state()))));
        facts.add(new Fact(texts.get("profile.approach"), Cell.text(approach(site))));
        facts.add(new Fact(
                texts.get("profile.start"),
                site.start() == null ? Cell.undefined(Reason.NO_DATA.name()) : Cell.date(site.start())));
        facts.add(new Fact(
                texts.get("profile.end"),
                site.end() == null ? Cell.text(texts.get("profile.end.none")) : Cell.date(site.end())));
        facts.add(new Fact(texts.get("profile.age", dateText(lastDay)), age));
        s.facts(facts.toArray(Fact[]::new));
        if (site.start() != null && site.start().isAfter(lastDay)) {
            // a site that starts after Y is not yet active, not "no longer" active
            s.paragraph(texts.get("profile.notYetActive", year.code()));
        } else if (!data.findings.sitesOfYear().contains(site.id())) {
            s.paragraph(texts.get("profile.notActive"));
        }
        return s.build();
    }

    private String approach(Site s) {
        String carrier = s.carrierType() == null ? "–" : texts.label("carrierType", s.carrierType());
        String coverage = s.coverage() == null ? "–" : texts.label("coverage", s.coverage());
        return carrier + " · " + coverage;
    }
}
