package org.hor.core.model;

import java.util.Optional;

/**
 * The sixteen German states with their ISO 3166-2 codes; a site's {@code state} field holds the
 * code. Declaration order is the order of the codes (ordinal string order), which is the order in
 * which state groups are listed.
 */
public enum GermanState {
    DE_BB("DE-BB"), DE_BE("DE-BE"), DE_BW("DE-BW"), DE_BY("DE-BY"), DE_HB("DE-HB"), DE_HE("DE-HE"),
    DE_HH("DE-HH"), DE_MV("DE-MV"), DE_NI("DE-NI"), DE_NW("DE-NW"), DE_RP("DE-RP"), DE_SH("DE-SH"),
    DE_SL("DE-SL"), DE_SN("DE-SN"), DE_ST("DE-ST"), DE_TH("DE-TH");

    private final String code;

    GermanState(String code) {
        this.code = code;
    }

    /** {@return the ISO 3166-2 code, such as {@code DE-SN}} */
    public String code() {
        return code;
    }

    /** {@return the state with the given ISO 3166-2 code, or empty when the code is none of the sixteen} */
    public static Optional<GermanState> ofCode(String code) {
        for (GermanState s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
