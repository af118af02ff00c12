package org.hor.core.merge;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hor.core.model.Dataset;
import org.hor.core.model.Organisation;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.KnownIndicators;
import org.hor.core.validation.Violation;

/**
 * Merges many submissions into one programme dataset.
 *
 * <p>The base gives {@code formatVersion}, {@code asOf} and the programme; its records and those of
 * every submission are joined, table by table, in the order given. Records are matched by id
 * (targets by site, indicator and period; budgets by site and year; measurements by all their
 * fields): a record equal in every field to one already kept is dropped, the same id with different
 * content is a {@link MergeIssue.Kind#CONFLICT} naming both sources, the record and the differing
 * fields. Organisations with different ids whose names are equal after {@link #normaliseName}
 * are {@link MergeIssue.Kind#PROBABLE_DUPLICATE}s: warnings, or errors when strict. The merged
 * dataset is then validated as a whole ({@link DatasetValidator}); the result holds a dataset only
 * without any error. Immutable and thread-safe.
 */
public final class DatasetMerger {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "ev",
            "ggmbh",
            "gmbh",
            "mbh",
            "gug",
            "ug",
            "eg",
            "ag",
            "gag",
            "kg",
            "ohg",
            "gbr",
            "ltd",
            "haftungsbeschraenkt",
            "gemeinnuetzig",
            "gemeinnuetzige");

    private final KnownIndicators known;
    private final boolean strict;

    private DatasetMerger(KnownIndicators known, boolean strict) {
        this.known = known;
        this.strict = strict;
    }

    /**
     * Returns a merger that validates against {@code known} and treats probable duplicates as warnings.
     *
     * @param known the indicator catalogue for targets
     * @return the merger
     * @throws NullPointerException if {@code known} is null
     */
    public static DatasetMerger create(KnownIndicators known) {
        return new DatasetMerger(Objects.requireNonNull(known, "known"), false);
    }

    /**
     * Returns a merger like this one that treats probable duplicate organisations as errors, or not.
     *
     * @param strict whether probable duplicates are errors
     * @return the merger
     */
    public DatasetMerger strict(boolean strict) {
        return new DatasetMerger(known, strict);
    }

    /**
     * Returns a name as compared for probable duplicates: Unicode NFKC, lower case, {@code ä ö ü ß}
     * as {@code ae oe ue ss}, punctuation as space, a trailing legal form such as {@code e.V.},
     * {@code gGmbH} or {@code UG (haftungsbeschränkt)} removed, white space collapsed.
     * {@code "Verein Müller e.V."} and {@code "verein  mueller"} both give {@code "verein mueller"}.
     *
     * @param name the name
     * @return the normalised name
     */
    public static String normaliseName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' ');
            i += Character.charCount(cp);
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(b.toString().trim().split("\\s+")));
        tokens.removeIf(String::isEmpty);
        boolean removed = true;
        while (removed && tokens.size() > 1) {
            removed = false;
            String last = tokens.get(tokens.size() - 1);
            if (LEGAL_FORMS.contains(last)) {
                tokens.remove(tokens.size() - 1);
                removed = true;
            } else if (tokens.size() > 2
                    && (last.equals("v") || last.equals("g"))
                    && tokens.get(tokens.size() - 2).equals("e")) {
                tokens.remove(tokens.size() - 1);
                tokens.remove(tokens.size() - 1);
                removed = true;
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * Merges the submissions into the base.
     *
     * @param base        the base: programme, {@code asOf} and possibly records
     * @param submissions the submissions, in order
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public MergeResult merge(Submission base, List<Submission> submissions) {
        Objects.requireNonNull(base, "base");
        List<Submission> all = new ArrayList<>();
        all.add(base);
        all.addAll(submissions);
        List<MergeIssue> conflicts = new ArrayList<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Dataset b = base.dataset();
        Dataset merged = new Dataset(
                b.formatVersion(),
                b.asOf(),
                b.programme(),
                join(all, "sites", Dataset::sites, s -> s.id(), conflicts, sources),
                join(all, "organisations", Dataset::organisations, o -> o.id(), conflicts, sources),
                join(all, "offers", Dataset::offers, o -> o.id(), conflicts, sources),
                join(all, "deliveries", Dataset::deliveries, d -> d.id(), conflicts, sources),
                join(all, "cooperations", Dataset::cooperations, c -> c.id(), conflicts, sources),
                join(all, "outcomes", Dataset::outcomes, o -> o.id(), conflicts, sources),
                join(all, "exchanges", Dataset::exchanges, e -> e.id(), conflicts, sources),
                join(
                        all,
                        "targets",
                        Dataset::targets,
                        t -> t.siteId() + "|" + t.indicator() + "|" + t.period(),
                        conflicts,
                        sources),
                join(all, "budgets", Dataset::budgets, x -> x.siteId() + "|" + x.year(), conflicts, sources),
                join(all, "measurements", Dataset::measurements, m -> m.toString(), conflicts, sources),
                join(all, "supportActions", Dataset::supportActions, a -> a.id(), conflicts, sources));
        List<MergeIssue> duplicates = duplicates(merged.organisations(), sources.get("organisations"));
        List<MergeResult.Located> violations = new ArrayList<>();
        if (conflicts.isEmpty()) {
            for (Violation v : DatasetValidator.create(known).validate(merged)) {
                violations.add(new MergeResult.Located(sourceOf(v.pointer(), sources), v));
            }
        }
        boolean ok = conflicts.isEmpty() && violations.isEmpty() && (!strict || duplicates.isEmpty());
        return new MergeResult(Optional.ofNullable(ok ? merged : null), conflicts, duplicates, violations, strict);
    }

    private static String sourceOf(String pointer, Map<String, List<String>> sources) {
        String[] s = pointer.split("/", -1);
        if (s.length >= 3 && sources.containsKey(s[1])) {
            try {
                int i = Integer.parseInt(s[2]);
                List<String> list = sources.get(s[1]);
                return i < list.size() ? list.get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static <T> List<T> join(
            List<Submission> all,
            String section,
            Function<Dataset, List<T>> records,
            Function<T, String> key,
            List<MergeIssue> conflicts,
            Map<String, List<String>> sources) {
        Map<String, T> kept = new LinkedHashMap<>();
        Map<String, String> keptSource = new HashMap<>();
        List<String> from = new ArrayList<>();
        for (Submission s : all) {
            for (T r : records.apply(s.dataset())) {
                String k = key.apply(r);
                T first = kept.get(k);
                if (first == null) {
                    kept.put(k, r);
                    keptSource.put(k, s.source());
                    from.add(s.source());
                } else if (!first.equals(r)) {
                    conflicts.add(new MergeIssue(
                            MergeIssue.Kind.CONFLICT,
                            section,
                            k,
                            keptSource.get(k),
                            k,
                            s.source(),
                            differing(first, r)));
                }
            }
        }
        sources.put(section, from);
        return List.copyOf(kept.values());
    }

    /** The names of the record components whose values differ. */
    static List<String> differing(Object a, Object b) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    fields.add(c.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot read " + c.getName() + " of " + a.getClass().getName(), e);
            }
        }
        return fields;
    }

    private static List<MergeIssue> duplicates(List<Organisation> organisations, List<String> sources) {
        Map<String, Integer> firstByName = new LinkedHashMap<>();
        List<MergeIssue> out = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            Organisation o = organisations.get(i);
            if (o.name() == null) {
                continue;
            }
            String n = normaliseName(o.name());
            Integer j = firstByName.putIfAbsent(n, i);
            if (j != null) {
                Organisation first = organisations.get(j);
                out.add(new MergeIssue(
                        MergeIssue.Kind.PROBABLE_DUPLICATE,
                        "organisations",
                        first.id(),
                        sources.get(j),
                        o.id(),
                        sources.get(i),
                        List.of(n)));
            }
        }
        return out;
    }
}
