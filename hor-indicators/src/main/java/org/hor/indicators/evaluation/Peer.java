package org.hor.indicators.evaluation;

import java.util.Objects;
import org.hor.core.model.CarrierType;
import org.hor.core.spi.Value;

/**
 * A peer site for a challenge (spec 03 §3 "Peer learning"): a site of Y at which the same rule was
 * evaluable and did not fire, and whose linked indicator (Y) is defined.
 *
 * @param siteId            the peer site
 * @param carrierType       its carrier type
 * @param sameCarrierType   whether it has the challenged site's carrier type
 * @param value             its value of the challenge's linked indicator in Y (defined)
 */
public record Peer(String siteId, CarrierType carrierType, boolean sameCarrierType, Value value) {

    /**
     * @throws NullPointerException if siteId or value is null
     *
     * @param siteId the peer site
     * @param carrierType its carrier type
     * @param sameCarrierType whether it has the challenged site's carrier type
     * @param value its value of the challenge's linked indicator in Y (defined)
     */
    public Peer {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(value, "value");
    }
}
