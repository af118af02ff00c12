package org.hor.core.model;

import java.util.Optional;

/**
 * The sixteen German states with their ISO 3166-2 codes; a site's {@code state} field holds the
 * code. Declaration order is the order of the codes (ordinal string order), which is the order in
 * which state groups are listed.
 */
public enum GermanState {
    /** Brandenburg. */
    DE_BB("DE-BB"),
    /** Berlin. */
    DE_BE("DE-BE"),
    /** Baden-Württemberg. */
    DE_BW("DE-BW"),
    /** Bavaria. */
    DE_BY("DE-BY"),
    /** Bremen. */
    DE_HB("DE-HB"),
    /** Hesse. */
    DE_HE("DE-HE"),
    /** Hamburg. */
    DE_HH("DE-HH"),
    /** Mecklenburg-Western Pomerania. */
    DE_MV("DE-MV"),
    /** Lower Saxony. */
    DE_NI("DE-NI"),
    /** North Rhine-Westphalia. */
    DE_NW("DE-NW"),
    /** Rhineland-Palatinate. */
    DE_RP("DE-RP"),
    /** Schleswig-Holstein. */
    DE_SH("DE-SH"),
    /** Saarland. */
    DE_SL("DE-SL"),
    /** Saxony. */
    DE_SN("DE-SN"),
    /** Saxony-Anhalt. */
    DE_ST("DE-ST"),
    /** Thuringia. */
    DE_TH("DE-TH");

    private final String code;

    GermanState(String code) {
        this.code = code;
    }

    /** {@return the ISO 3166-2 code, such as {@code DE-SN}} */
    public String code() {
        return code;
    }

    /**
     * {@return the state with the given ISO 3166-2 code, or empty when the code is none of the sixteen}
     *
     * @param code an ISO 3166-2 code such as {@code DE-SN}
     */
    public static Optional<GermanState> ofCode(String code) {
        for (GermanState s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
