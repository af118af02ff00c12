package org.hor.core.model;

import jakarta.validation.constraints.Min;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * A migrant organisation, integrative association or initiative that a site serves (spec 01).
 *
 * <p>{@code attributes} are free-form and may hold sensitive information: reports never show them
 * unless a caller names the attribute. The map is never {@code null} (absent means empty) and keeps
 * the order of the input.
 *
 * @param id         the organisation's id
 * @param name       its name
 * @param type       its kind
 * @param legalForm  its legal form
 * @param migrantLed whether it is migrant-led, or {@code null} when not stated (see {@link #isMigrantLed()})
 * @param founded    the year it was founded, or {@code null}
 * @param attributes free attributes, id to text
 */
public record Organisation(
        @Required @HorId String id,
        @Required @HorText String name,
        @Required OrganisationType type,
        @Required LegalForm legalForm,
        @Nullable Boolean migrantLed,

        @Min(value = 1800, message = "{org.hor.core.validation.RANGE.founded.message}") @Nullable
        Integer founded,

        Map<@HorId String, @Required @HorText String> attributes) {

    /**
     * Copies {@code attributes} into an unmodifiable map that keeps their order.
     *
     * @param id the organisation's id
     * @param name its name
     * @param type its kind
     * @param legalForm its legal form
     * @param migrantLed whether it is migrant-led, or {@code null} when not stated (see {@link
     *                   #isMigrantLed()})
     * @param founded the year it was founded, or {@code null}
     * @param attributes free attributes, id to text
     */
    public Organisation {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * {@return whether the organisation counts as migrant-led: the stated {@code migrantLed}, or when
     * absent, true exactly for {@link OrganisationType#MIGRANT_ORGANISATION}}
     */
    public boolean isMigrantLed() {
        return migrantLed != null ? migrantLed : type == OrganisationType.MIGRANT_ORGANISATION;
    }
}
