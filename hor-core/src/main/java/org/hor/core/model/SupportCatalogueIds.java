package org.hor.core.model;

import java.util.List;

/**
 * The fixed ids of spec 03 §2 and §3 that records refer to: the support measures a
 * {@link SupportAction#measure()} names and the challenge rules a {@link SupportAction#rule()} names.
 * Both lists are in the order spec 03 lists them.
 */
public final class SupportCatalogueIds {

    /** The measure ids of the support catalogue (spec 03 §3), in the order of the spec. */
    public static final List<String> MEASURES = List.of(
            "target-review",
            "outreach-mapping",
            "offer-portfolio-review",
            "follow-up-contacts",
            "grant-call-widening",
            "local-authority-dialogue",
            "network-invitation",
            "peer-visit",
            "professionalisation-track",
            "coaching");

    /** The challenge rule ids (spec 03 §2), in the order of the spec. */
    public static final List<String> RULES = List.of(
            "TARGET_MISSED",
            "DECLINING_REACH",
            "LOW_NEW_REACH",
            "LOW_RETENTION",
            "GRANT_CONCENTRATION",
            "NO_LOCAL_AUTHORITY_PARTNER",
            "ISOLATED_SITE",
            "LOW_OUTCOME_RATE");

    private SupportCatalogueIds() {}
}
