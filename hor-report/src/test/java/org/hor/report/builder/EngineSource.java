package org.hor.report.builder;

import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.spi.Direction;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.TargetResult;
import org.hor.indicators.evaluation.IndicatorSource;

/** The formative evaluation's view of an engine, for tests (the previous period is the engine's own). */
final class EngineSource implements IndicatorSource {
    private final Engine engine;

    EngineSource(Engine engine) {
        this.engine = engine;
    }

    @Override
    public List<String> indicatorIds() {
        return engine.catalogue().stream().map(IndicatorDefinition::id).toList();
    }

    @Override
    public Direction direction(String indicatorId) {
        return engine.catalogue().stream().filter(d -> d.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(indicatorId)).direction();
    }

    @Override
    public Value value(Scope scope, Period period, Period previous, String indicatorId) {
        try {
            return engine.value(scope, period, indicatorId);
        } catch (IllegalArgumentException e) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
    }

    @Override
    public Value part(Scope scope, Period period, String indicatorId, String category) {
        try {
            Value v = engine.parts(scope, period, indicatorId).get(category);
            return v != null ? v : engine.value(scope, period, indicatorId);
        } catch (IllegalArgumentException e) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
    }

    @Override
    public List<TargetResult> targets(String siteId) {
        return engine.targets(siteId);
    }
}
