package org.hor.indicators.files;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.LegalForm;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;

/**
 * The conditions of a selection (spec 05 "A filter"): every named condition must hold; a set
 * condition holds when the record's value is one of the set. An empty set or an empty optional
 * means the file does not name that condition. Which conditions a record set allows is checked
 * when the file is read.
 *
 * @param offerType deliveries: the offer's type
 * @param offerId deliveries: the offer's id
 * @param organisationType deliveries, outcomes: the organisation's type
 * @param migrantLed deliveries, outcomes: whether the organisation is migrant-led
 * @param legalForm deliveries, outcomes: the organisation's legal form
 * @param attribute deliveries, outcomes: an attribute of the organisation
 * @param type outcomes: the outcome's type
 * @param metric measurements: the metric (required there)
 * @param partnerType cooperations: the partner's type
 * @param formal cooperations: whether the cooperation is formal
 */
public record Filter(
        Set<OfferType> offerType,
        Set<String> offerId,
        Set<OrganisationType> organisationType,
        Optional<Boolean> migrantLed,
        Set<LegalForm> legalForm,
        Optional<Attribute> attribute,
        Set<OutcomeType> type,
        Set<String> metric,
        Set<PartnerType> partnerType,
        Optional<Boolean> formal) {

    /** A filter without conditions. */
    public static final Filter NONE = new Filter(
            Set.of(),
            Set.of(),
            Set.of(),
            Optional.empty(),
            Set.of(),
            Optional.empty(),
            Set.of(),
            Set.of(),
            Set.of(),
            Optional.empty());

    /**
     * Copies the sets (keeping their iteration order is not needed: conditions are OR within a set).
     *
     * @param offerType deliveries: the offer's type
     * @param offerId deliveries: the offer's id
     * @param organisationType deliveries, outcomes: the organisation's type
     * @param migrantLed deliveries, outcomes: whether the organisation is migrant-led
     * @param legalForm deliveries, outcomes: the organisation's legal form
     * @param attribute deliveries, outcomes: an attribute of the organisation
     * @param type outcomes: the outcome's type
     * @param metric measurements: the metric (required there)
     * @param partnerType cooperations: the partner's type
     * @param formal cooperations: whether the cooperation is formal
     */
    public Filter {
        offerType = Set.copyOf(offerType);
        offerId = Set.copyOf(offerId);
        organisationType = Set.copyOf(organisationType);
        legalForm = Set.copyOf(legalForm);
        type = Set.copyOf(type);
        metric = Set.copyOf(metric);
        partnerType = Set.copyOf(partnerType);
        java.util.Objects.requireNonNull(migrantLed, "migrantLed");
        java.util.Objects.requireNonNull(attribute, "attribute");
        java.util.Objects.requireNonNull(formal, "formal");
    }

    /**
     * An attribute condition: the organisation has attribute {@code name} with one of the texts
     * (exact, case-sensitive).
     *
     * @param name the attribute's name
     * @param in the allowed texts (non-empty)
     */
    public record Attribute(String name, List<String> in) {
        /**
         * Copies the texts.
         *
         * @param name the attribute's name
         * @param in the allowed texts (non-empty)
         */
        public Attribute {
            java.util.Objects.requireNonNull(name, "name");
            in = List.copyOf(in);
        }
    }
}
