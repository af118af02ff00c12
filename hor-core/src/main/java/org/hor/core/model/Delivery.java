package org.hor.core.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hor.core.validation.constraints.Amount;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorNumber;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * One use of an offer by one organisation (spec 01). Its site is its offer's site.
 *
 * @param id             the delivery's id
 * @param offerId        the offer used
 * @param organisationId the organisation that used it
 * @param date           the day it took place
 * @param hours          hours (consulting, room booked), or {@code null}
 * @param amount         the grant amount, required exactly for {@link OfferType#MICRO_GRANT} offers, else {@code null}
 * @param participants   the organisation's participants (trainings, events), or {@code null}
 */
public record Delivery(
        @Required @HorId String id,
        @Required @HorId String offerId,
        @Required @HorId String organisationId,
        @Required LocalDate date,

        @HorNumber @PositiveOrZero(message = "{org.hor.core.validation.RANGE.nonNegative.message}") @Nullable
        BigDecimal hours,

        @Amount @Nullable BigDecimal amount,

        @PositiveOrZero(message = "{org.hor.core.validation.RANGE.nonNegative.message}") @Nullable
        Integer participants) {}
