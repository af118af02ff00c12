package org.hor.indicators;

import java.util.List;
import org.hor.core.model.Site;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;

/** A test plugin: {@code acme.complaints} (DOWN) counts the "complaint" measurements of the scope's sites. */
final class ComplaintsPlugin implements IndicatorProvider {

    static final IndicatorDefinition DEFINITION = IndicatorDefinition.builder("acme.complaints")
            .label("Beschwerden", "Complaints")
            .definition("Anzahl der Beschwerden im Zeitraum.", "Number of complaints in the period.")
            .unit("complaints")
            .direction(Direction.DOWN)
            .accrual(Accrual.CUMULATIVE)
            .numberStyle(NumberStyle.INTEGER)
            .build();

    @Override
    public String id() {
        return "acme";
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicator.of(DEFINITION, (ctx, scope, period) -> {
            long n = 0;
            for (Site site : ctx.sites(scope)) {
                n += ctx.measurements(site.id(), period.first(), period.last()).stream()
                        .filter(m -> m.metric().equals("complaint"))
                        .count();
            }
            return Result.of(Value.of(n));
        }));
    }
}
