package org.hor.indicators.evaluation;

import java.util.Optional;

/**
 * The challenge rules of spec 03 §2, in the order of its table (the order challenges are listed in).
 * The constant names are the rules' ids as the dataset's support actions name them.
 */
public enum Rule {
    /** A target of a complete period within Y has status {@code PARTLY} or {@code MISSED}. */
    TARGET_MISSED(null),
    /** {@code reach.organisations} strictly falls over Y−2, Y−1, Y. */
    DECLINING_REACH("reach.organisations"),
    /** Fewer than 20 % of the organisations reached in Y are new. */
    LOW_NEW_REACH("reach.organisations.new"),
    /** {@code retention.share} (Y) below 30. */
    LOW_RETENTION("retention.share"),
    /** {@code grants.top-recipient.share} (Y) above 40. */
    GRANT_CONCENTRATION("grants.top-recipient.share"),
    /** No active cooperation with a local authority on the last day of Y. */
    NO_LOCAL_AUTHORITY_PARTNER("cooperations.active"),
    /** No exchange with another site in Y. */
    ISOLATED_SITE("exchange.participations"),
    /** {@code outcomes.organisations.share} (Y) below 10. */
    LOW_OUTCOME_RATE("outcomes.organisations.share");

    private final String linkedIndicator;

    Rule(String linkedIndicator) {
        this.linkedIndicator = linkedIndicator;
    }

    /** {@return the rule's id, e.g. {@code TARGET_MISSED}} */
    public String id() {
        return name();
    }

    /**
     * {@return the rule's linked indicator; empty for {@link #TARGET_MISSED}, whose challenges are
     * linked to their target's indicator}
     */
    public Optional<String> linkedIndicator() {
        return Optional.ofNullable(linkedIndicator);
    }

    /**
     * {@return the rule with id {@code id}, or empty when there is none}
     *
     * @param id the id
     */
    public static Optional<Rule> byId(String id) {
        for (Rule r : values()) {
            if (r.name().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
