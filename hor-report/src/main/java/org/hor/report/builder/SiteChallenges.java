package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.Evidence;
import org.hor.indicators.evaluation.Peer;
import org.hor.indicators.evaluation.RuleCheck;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.report.document.Cell;
import org.hor.report.document.Inline;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tone;

/** The site report's challenges with their evidence, support measures and peer sites. */
final class SiteChallenges extends SiteSection {

    SiteChallenges(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("challenges").paragraph(texts.get("challenges.lead", year.code()));
        if (!data.findings.sitesOfYear().contains(site.id())) {
            s.paragraph(texts.get("challenges.notJudged", year.code()));
            return s.build();
        }
        List<Challenge> list = data.findings.challengesOf(site.id());
        if (list.isEmpty()) {
            s.paragraph(texts.get("challenges.none", year.code()));
        }
        for (Challenge c : list) {
            String about = c.rule() == org.hor.indicators.evaluation.Rule.TARGET_MISSED
                    ? data.label(c.indicator()) + " " + c.period().code()
                    : data.label(c.indicator());
            s.section(texts.get("challenge.heading", texts.label("rule", c.rule()), about), sub -> challenge(sub, c));
        }
        Table.Builder checks = Table.builder(texts.get("challenges.checks", year.code()))
                .columns(texts.get("challenges.column.rule"), texts.get("challenges.column.result"));
        for (RuleCheck rc : data.findings.checks()) {
            if (!rc.siteId().equals(site.id())) {
                continue;
            }
            Cell result = !rc.evaluable()
                    ? Cell.status(Tone.NEUTRAL, texts.get("challenges.notEvaluable"))
                    : rc.fired()
                            ? Cell.status(Tone.NEGATIVE, texts.get("challenges.fired"))
                            : Cell.status(Tone.POSITIVE, texts.get("challenges.passed"));
            checks.row(Cell.text(texts.label("rule", rc.rule())), result);
        }
        s.table(checks.build());
        return s.build();
    }

    private void challenge(Section.Builder sub, Challenge c) {
        sub.paragraph(texts.get("rule." + c.rule().name() + ".description"));
        Table.Builder ev = Table.builder(texts.get("challenge.evidence"))
                .columns(
                        texts.get("challenge.column.quantity"),
                        texts.get("challenge.column.period"),
                        texts.get("challenge.column.value"));
        for (Evidence e : c.evidence()) {
            evidence.rows(e, scope).forEach(ev::row);
        }
        sub.table(ev.build());
        List<String> measures = new ArrayList<>();
        for (SupportMeasure m : c.measures()) {
            measures.add(data.options.supportTexts().title(m, texts.locale()) + ": "
                    + data.options.supportTexts().description(m, texts.locale()));
        }
        sub.paragraph(Inline.strong(texts.get("challenge.measures")));
        sub.bullets(measures.toArray(String[]::new));
        if (c.peers().isEmpty()) {
            sub.paragraph(
                    Inline.strong(texts.get("challenge.peers")), Inline.text(" " + texts.get("challenge.noPeers")));
        } else {
            List<Inline> runs = new ArrayList<>();
            runs.add(Inline.strong(texts.get("challenge.peers")));
            String sep = " ";
            for (Peer p : c.peers()) {
                runs.add(Inline.text(sep + data.siteName(p.siteId()) + " ("));
                runs.add(Inline.value(peerValue(p, c)));
                runs.add(Inline.text((p.sameCarrierType() ? ", " + texts.get("challenge.peer.same") : "") + ")"));
                sep = texts.get("list.separator");
            }
            sub.paragraph(runs.toArray(Inline[]::new));
        }
    }

    private Cell peerValue(Peer p, Challenge c) {
        Scope peer = Scope.site(p.siteId());
        if (data.row(peer, year, c.indicator()) != null) {
            return data.cell(peer, year, c.indicator());
        }
        return data.guarded(c.indicator(), p.value());
    }
}
