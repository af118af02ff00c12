package org.hor.core.spi;

/** The kinds of scope, in the order scopes are listed (spec 02). */
public enum ScopeKind {
    /** One site: {@code site:S-A}. */
    SITE("site"),
    /** All sites of one carrier type: {@code carrierType:CONSORTIUM}. */
    CARRIER_TYPE("carrierType"),
    /** All sites of one coverage: {@code coverage:REGION}. */
    COVERAGE("coverage"),
    /** All sites of one state: {@code state:DE-SN}. */
    STATE("state"),
    /** The whole programme: {@code programme}. */
    PROGRAMME("programme");

    private final String prefix;

    ScopeKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Returns the prefix of scope ids of this kind, also the name used on the command line.
     *
     * @return the prefix, such as {@code site}
     */
    public String prefix() {
        return prefix;
    }
}
