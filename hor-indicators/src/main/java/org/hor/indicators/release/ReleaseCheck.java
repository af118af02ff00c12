package org.hor.indicators.release;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.internal.json.LocatedNode;
import org.hor.indicators.output.KeyedValue;
import tools.jackson.core.JsonToken;

/**
 * The checks of one release document; collects violations: its kind and format version, the top-level
 * fields, the catalogue and its origins, the options, then the values and revisions ({@link ReleaseValues}).
 */
final class ReleaseCheck extends ReleaseValues {

    private static final List<String> TOP = List.of(
            "formatVersion",
            "kind",
            "name",
            "programmeId",
            "asOf",
            "dataset",
            "software",
            "catalogue",
            "options",
            "values",
            "supersedes",
            "revisions");

    ReleaseCheck(List<Violation> out, Catalogue catalogue) {
        super(out, catalogue);
    }

    /** {@return the release read from {@code root}, or null after a violation} */
    Release release(LocatedNode root) {
        if (root.token() != JsonToken.START_OBJECT) {
            type(root, "object");
            return null;
        }
        Map<String, LocatedNode> f = root.members();
        LocatedNode kind = f.get("kind");
        if (kind == null) {
            if (f.containsKey("sites") || f.containsKey("programme")) {
                add(root, RuleCode.RELEASE_KIND, "dataset", null);
            } else {
                field(root, "kind", false);
            }
            return null;
        }
        if (kind.token() != JsonToken.VALUE_STRING || !Release.KIND.equals(kind.text())) {
            String written = kind.stringOrNumber();
            add(kind, RuleCode.RELEASE_KIND, null, written, written == null ? kind.describe() : written);
            return null;
        }
        String formatVersion = string(root, "formatVersion", false);
        if (formatVersion == null) {
            return null;
        }
        if (!Release.FORMAT_VERSION.equals(formatVersion)) {
            add(f.get("formatVersion"), RuleCode.FORMAT_VERSION, null, formatVersion);
            return null;
        }
        unknown(root, TOP);
        String name = text(root, "name");
        String programmeId = string(root, "programmeId", false);
        if (programmeId != null && !ID.matcher(programmeId).matches()) {
            add(f.get("programmeId"), RuleCode.ID, null, programmeId);
            programmeId = null;
        }
        asOf = date(root, "asOf");
        String datasetSha = null;
        LocatedNode dataset = object(root, "dataset", false);
        if (dataset != null) {
            unknown(dataset, List.of("sha256"));
            datasetSha = sha256(dataset, "sha256");
        }
        Release.Software software = null;
        LocatedNode sw = object(root, "software", false);
        if (sw != null) {
            unknown(sw, List.of("name", "version"));
            String swName = text(sw, "name");
            String swVersion = text(sw, "version");
            software = swName == null || swVersion == null ? null : new Release.Software(swName, swVersion);
        }
        List<Release.CatalogueEntry> cat = catalogue(root);
        options = options(root);
        List<KeyedValue> values = values(root, cat);
        Release.Supersedes supersedes = null;
        LocatedNode sup = f.get("supersedes");
        if (sup != null && !sup.isNull()) {
            if (sup.token() != JsonToken.START_OBJECT) {
                type(sup, "object");
            } else {
                unknown(sup, List.of("name", "sha256"));
                String supName = text(sup, "name");
                String supSha = sha256(sup, "sha256");
                supersedes = supName == null || supSha == null ? null : new Release.Supersedes(supName, supSha);
            }
        }
        LocatedNode rev = f.get("revisions");
        List<Release.Revision> revisions = List.of();
        boolean hasSupersedes = sup != null && !sup.isNull();
        if (hasSupersedes && (rev == null || rev.isNull())) {
            add(sup, RuleCode.RELEASE_REVISIONS, "missing", null);
        } else if (!hasSupersedes && rev != null && !rev.isNull()) {
            add(rev, RuleCode.RELEASE_REVISIONS, "unexpected", null);
        } else if (rev != null && !rev.isNull()) {
            revisions = revisions(rev, values);
        }
        if (!out.isEmpty()
                || name == null
                || programmeId == null
                || asOf == null
                || datasetSha == null
                || software == null
                || cat == null
                || options == null
                || values == null) {
            return null;
        }
        return new Release(
                formatVersion,
                name,
                programmeId,
                asOf,
                datasetSha,
                software,
                cat,
                options,
                values,
                supersedes,
                revisions);
    }

    // -------------------------------------------------------------- catalogue and options

    private List<Release.CatalogueEntry> catalogue(LocatedNode root) {
        LocatedNode arr = array(root, "catalogue");
        if (arr == null) {
            return null;
        }
        int before = out.size();
        List<Release.CatalogueEntry> list = new ArrayList<>();
        for (LocatedNode e : objects(arr)) {
            unknown(e, List.of("id", "origin"));
            String id = string(e, "id", false);
            Release.Origin origin = origin(object(e, "origin", false));
            if (id != null && catalogueIndex.putIfAbsent(id, catalogueIndex.size()) != null) {
                add(e.members().get("id"), RuleCode.RELEASE_KEY, "catalogue", id, id);
            }
            if (id != null && origin != null) {
                list.add(new Release.CatalogueEntry(id, origin));
            }
        }
        return out.size() == before ? list : null;
    }

    private Release.Origin origin(LocatedNode o) {
        if (o == null) {
            return null;
        }
        String kind = string(o, "kind", false);
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case "standard" -> {
                unknown(o, List.of("kind"));
                return Release.Origin.STANDARD;
            }
            case "plugin" -> {
                unknown(o, List.of("kind", "provider", "version"));
                String provider = text(o, "provider");
                String version = text(o, "version");
                return provider == null || version == null ? null : Release.Origin.plugin(provider, version);
            }
            case "file" -> {
                unknown(o, List.of("kind", "sha256"));
                String sha = sha256(o, "sha256");
                return sha == null ? null : Release.Origin.file(sha);
            }
            default -> {
                add(o.members().get("kind"), RuleCode.RELEASE_OPTIONS, "origin", kind);
                return null;
            }
        }
    }

    private Release.Options options(LocatedNode root) {
        LocatedNode o = object(root, "options", false);
        if (o == null) {
            return null;
        }
        unknown(o, List.of("scopeKinds", "periodTypes", "suppressBelow"));
        Set<ScopeKind> kinds = EnumSet.noneOf(ScopeKind.class);
        Map<String, ScopeKind> kindNames = new LinkedHashMap<>();
        for (ScopeKind k : ScopeKind.values()) {
            kindNames.put(ReleaseWriter.scopeKindName(k), k);
        }
        Map<String, PeriodType> typeNames = new LinkedHashMap<>();
        for (PeriodType t : PeriodType.values()) {
            if (t != PeriodType.CUSTOM) {
                typeNames.put(ReleaseWriter.periodTypeName(t), t);
            }
        }
        boolean ok = names(o, "scopeKinds", kindNames, kinds);
        Set<PeriodType> types = EnumSet.noneOf(PeriodType.class);
        ok &= names(o, "periodTypes", typeNames, types);
        Integer k = null;
        LocatedNode sb = field(o, "suppressBelow", true);
        if (sb == null) {
            ok = false;
        } else if (!sb.isNull()) {
            if (sb.token() != JsonToken.VALUE_NUMBER_INT) {
                if (sb.token() == JsonToken.VALUE_NUMBER_FLOAT) {
                    add(sb, RuleCode.RELEASE_OPTIONS, "suppressBelow", sb.text(), sb.text());
                } else {
                    type(sb, "number");
                }
                ok = false;
            } else {
                try {
                    k = Integer.parseInt(sb.text());
                } catch (NumberFormatException e) {
                    k = -1;
                }
                if (k < 2) {
                    add(sb, RuleCode.RELEASE_OPTIONS, "suppressBelow", sb.text(), sb.text());
                    ok = false;
                }
            }
        }
        return ok ? new Release.Options(kinds, types, k) : null;
    }

    private <E> boolean names(LocatedNode o, String name, Map<String, E> known, Set<E> into) {
        LocatedNode arr = array(o, name);
        if (arr == null) {
            return false;
        }
        boolean ok = true;
        for (LocatedNode item : arr.items()) {
            if (item.token() != JsonToken.VALUE_STRING) {
                type(item, "string");
                ok = false;
            } else if (!known.containsKey(item.text())) {
                add(item, RuleCode.RELEASE_OPTIONS, null, item.text(), item.text(), String.join(", ", known.keySet()));
                ok = false;
            } else if (!into.add(known.get(item.text()))) {
                add(item, RuleCode.RELEASE_OPTIONS, "duplicate", item.text(), item.text());
                ok = false;
            }
        }
        if (ok && into.isEmpty()) {
            add(arr, RuleCode.REQUIRED, null, null, name);
            ok = false;
        }
        return ok;
    }
}
