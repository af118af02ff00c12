package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.Direction;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.TargetResult;

/**
 * The {@link IndicatorSource} over the real {@link Engine}: what {@link FormativeEvaluation} reads
 * when it runs on a dataset. A period that is future, a scope without sites or an unknown indicator
 * gives an undefined value ({@code NOT_APPLICABLE}), never an exception.
 */
final class EngineSource implements IndicatorSource {

    private final Engine engine;
    private final List<String> ids;
    private final Map<String, IndicatorDefinition> definitions;

    EngineSource(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.ids = engine.catalogue().stream().map(IndicatorDefinition::id).toList();
        this.definitions = engine.catalogue().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(IndicatorDefinition::id, d -> d));
    }

    @Override
    public List<String> indicatorIds() {
        return ids;
    }

    @Override
    public Direction direction(String indicatorId) {
        IndicatorDefinition d = definitions.get(indicatorId);
        if (d == null) {
            throw new IllegalArgumentException("unknown indicator: " + indicatorId);
        }
        return d.direction();
    }

    @Override
    public Value value(Scope scope, Period period, Period previous, String indicatorId) {
        if (!answerable(period, indicatorId)) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
        try {
            return engine.value(scope, period, previous, indicatorId);
        } catch (IllegalArgumentException e) {
            // a scope without sites (e.g. a site id that no longer exists) has no value
            return Value.undefined(Reason.NOT_APPLICABLE, e.getMessage());
        }
    }

    @Override
    public Value part(Scope scope, Period period, String indicatorId, String category) {
        if (!answerable(period, indicatorId)) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
        try {
            Result result = engine.result(scope, period, indicatorId);
            if (result.value() instanceof Value.Undefined) {
                return result.value();
            }
            Value part = result.parts().get(category);
            return part != null ? part : Value.undefined(Reason.NOT_APPLICABLE, "no category " + category);
        } catch (IllegalArgumentException e) {
            return Value.undefined(Reason.NOT_APPLICABLE, e.getMessage());
        }
    }

    @Override
    public List<TargetResult> targets(String siteId) {
        return engine.targets(siteId);
    }

    private boolean answerable(Period period, String indicatorId) {
        return definitions.containsKey(indicatorId)
                && !period.isFuture(engine.dataset().asOf());
    }
}
