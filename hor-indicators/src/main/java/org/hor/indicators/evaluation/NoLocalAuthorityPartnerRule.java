package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.hor.core.model.PartnerType;
import org.hor.core.spi.Value;

/**
 * {@code NO_LOCAL_AUTHORITY_PARTNER}: always evaluable; fires when the {@code LOCAL_AUTHORITY} part
 * of {@code cooperations.active} (Y) is 0 (an undefined part does not fire).
 */
final class NoLocalAuthorityPartnerRule implements ChallengeRule {

    private static final String ACTIVE = "cooperations.active";
    private static final String CATEGORY = PartnerType.LOCAL_AUTHORITY.name();

    @Override
    public Rule rule() {
        return Rule.NO_LOCAL_AUTHORITY_PARTNER;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Value total = context.value(ACTIVE, context.year());
        Value local = context.part(ACTIVE, context.year(), CATEGORY);
        List<Evidence> evidence = List.of(
                new Evidence.IndicatorValue(ACTIVE, context.year(), total),
                new Evidence.PartValue(ACTIVE, CATEGORY, context.year(), local));
        boolean fires = Decimals.equalTo(local, BigDecimal.ZERO);
        return new RuleResult(
                true, evidence, fires ? List.of(new RuleHit(ACTIVE, context.year(), evidence, null)) : List.of());
    }
}
