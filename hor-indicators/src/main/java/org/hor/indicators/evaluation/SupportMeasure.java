package org.hor.indicators.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The support catalogue of spec 03 §3, in its order, with the rules each measure answers. */
public enum SupportMeasure {
    /** Joint review of the targets and the gap with the site. */
    TARGET_REVIEW("target-review", EnumSet.of(Rule.TARGET_MISSED)),
    /** Mapping and visiting organisations not yet reached. */
    OUTREACH_MAPPING("outreach-mapping", EnumSet.of(Rule.DECLINING_REACH, Rule.LOW_NEW_REACH)),
    /** Checking the offers against what organisations ask for. */
    OFFER_PORTFOLIO_REVIEW("offer-portfolio-review", EnumSet.of(Rule.DECLINING_REACH, Rule.LOW_RETENTION)),
    /** Contacting organisations after a first use; offer paths. */
    FOLLOW_UP_CONTACTS("follow-up-contacts", EnumSet.of(Rule.LOW_RETENTION)),
    /** A wider call, a cap per organisation, priority for first-time applicants. */
    GRANT_CALL_WIDENING("grant-call-widening", EnumSet.of(Rule.GRANT_CONCENTRATION)),
    /** Approaching the municipal or district integration office. */
    LOCAL_AUTHORITY_DIALOGUE("local-authority-dialogue", EnumSet.of(Rule.NO_LOCAL_AUTHORITY_PARTNER)),
    /** An invitation to the next cross-site meeting. */
    NETWORK_INVITATION("network-invitation", EnumSet.of(Rule.ISOLATED_SITE)),
    /** A visit to a peer site; answers every rule. */
    PEER_VISIT("peer-visit", EnumSet.allOf(Rule.class)),
    /** Association registration, non-profit status, funding applications. */
    PROFESSIONALISATION_TRACK("professionalisation-track", EnumSet.of(Rule.LOW_OUTCOME_RATE)),
    /** An individual coaching session; answers every rule. */
    COACHING("coaching", EnumSet.allOf(Rule.class));

    private final String id;
    private final Set<Rule> answers;

    SupportMeasure(String id, Set<Rule> answers) {
        this.id = id;
        this.answers = answers;
    }

    /** {@return the measure's fixed id, e.g. {@code peer-visit}} */
    public String id() {
        return id;
    }

    /**
     * {@return whether this measure answers {@code rule}}
     *
     * @param rule the rule
     */
    public boolean answers(Rule rule) {
        return answers.contains(rule);
    }

    /**
     * {@return the measures that answer {@code rule}, in catalogue order}
     *
     * @param rule the rule
     */
    public static List<SupportMeasure> answering(Rule rule) {
        List<SupportMeasure> list = new ArrayList<>();
        for (SupportMeasure m : values()) {
            if (m.answers(rule)) {
                list.add(m);
            }
        }
        return List.copyOf(list);
    }

    /**
     * {@return the measure with id {@code id}, or empty when there is none}
     *
     * @param id the id
     */
    public static Optional<SupportMeasure> byId(String id) {
        for (SupportMeasure m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
