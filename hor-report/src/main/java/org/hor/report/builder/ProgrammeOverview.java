package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;

/** The programme report's overview: sites × key indicators with programme totals. */
final class ProgrammeOverview extends ProgrammeSection {

    ProgrammeOverview(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        Section.Builder s = section("overview").paragraph(texts.get("overview.lead", year.code()));
        List<Tile> tiles = new ArrayList<>();
        for (String id : SiteKeyFigures.TILES) {
            if (data.definition(id) != null) {
                tiles.add(new Tile(
                        data.label(id),
                        data.cell(programme, year, id),
                        List.of(data.change(programme, year, previousYear, id)),
                        ""));
            }
        }
        s.tiles(tiles.toArray(Tile[]::new));
        List<Site> sites = sitesInYear();
        if (sites.isEmpty()) {
            s.paragraph(texts.get("overview.none", year.code()));
            return s.build();
        }
        // two narrower tables rather than one that scrolls: reach and use, then grants, cooperations, impact
        int half = (keys.size() + 1) / 2;
        for (List<String> chunk : List.of(keys.subList(0, half), keys.subList(half, keys.size()))) {
            if (chunk.isEmpty()) {
                continue;
            }
            String caption = texts.get("overview.table", year.code())
                    + (chunk.get(0).equals(keys.get(0)) ? "" : " – " + texts.get("overview.continued"));
            List<String> columns = new ArrayList<>();
            columns.add(texts.get("overview.column.site"));
            chunk.forEach(id -> columns.add(data.label(id)));
            Table.Builder table = Table.builder(caption).columns(columns).note(texts.get("overview.note.distinct"));
            for (Site site : sites) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(data.siteName(site.id())));
                chunk.forEach(id -> row.add(data.cell(Scope.site(site.id()), year, id)));
                table.row(row);
            }
            List<Cell> total = new ArrayList<>();
            total.add(Cell.text(texts.get("overview.total")));
            chunk.forEach(id -> total.add(data.cell(programme, year, id)));
            table.totalRow(total.toArray(Cell[]::new));
            s.table(table.build());
        }
        return s.build();
    }
}
