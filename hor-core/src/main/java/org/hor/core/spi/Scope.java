package org.hor.core.spi;

import java.util.Objects;

/**
 * A set of sites that indicators are computed for (spec 02): one site, a group of sites with one
 * carrier type, coverage or state, or the whole programme.
 *
 * @param kind  the kind of scope
 * @param value the site id, the group's value ({@code CONSORTIUM}, {@code REGION}, {@code DE-SN}), or
 *              the empty string for the programme
 */
public record Scope(ScopeKind kind, String value) {

    /** The programme scope. */
    public static final Scope PROGRAMME = new Scope(ScopeKind.PROGRAMME, "");

    /**
     * @throws NullPointerException if a component is null
     *
     * @param kind the kind of scope
     * @param value the site id, the group's value ({@code CONSORTIUM}, {@code REGION}, {@code DE-SN}), or the
     *              empty string for the programme
     */
    public Scope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if ((kind == ScopeKind.PROGRAMME) != value.isEmpty()) {
            throw new IllegalArgumentException(
                    "only the programme scope has an empty value: " + kind + " '" + value + "'");
        }
    }

    /**
     * Returns the scope of site {@code siteId}.
     *
     * @param siteId the site's id
     * @return the scope
     */
    public static Scope site(String siteId) {
        return new Scope(ScopeKind.SITE, siteId);
    }

    /**
     * Parses a scope id such as {@code site:S-A}, {@code coverage:REGION} or {@code programme}.
     *
     * @param id a scope id
     * @return the scope
     * @throws IllegalArgumentException if {@code id} has no known prefix
     */
    public static Scope parse(String id) {
        if (id.equals("programme")) {
            return PROGRAMME;
        }
        int colon = id.indexOf(':');
        if (colon > 0 && colon < id.length() - 1) {
            String prefix = id.substring(0, colon);
            for (ScopeKind kind : ScopeKind.values()) {
                if (kind != ScopeKind.PROGRAMME && kind.prefix().equals(prefix)) {
                    return new Scope(kind, id.substring(colon + 1));
                }
            }
        }
        throw new IllegalArgumentException("not a scope id: " + id
                + " (expected site:ID, carrierType:VALUE, coverage:VALUE, state:CODE or programme)");
    }

    /**
     * Returns the scope id: {@code site:S-A}, {@code state:DE-SN}, {@code programme}.
     *
     * @return the scope id
     */
    public String id() {
        return kind == ScopeKind.PROGRAMME ? "programme" : kind.prefix() + ":" + value;
    }

    /** Returns the {@link #id()}. */
    @Override
    public String toString() {
        return id();
    }
}
