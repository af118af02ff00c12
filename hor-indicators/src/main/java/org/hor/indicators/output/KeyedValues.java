package org.hor.indicators.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;

/** Lists an evaluation's values as {@link KeyedValue}s, in evaluation output order (spec 02). */
public final class KeyedValues {

    private KeyedValues() {}

    /**
     * Returns every value of the evaluation: each row's total, then its parts in breakdown order,
     * exactly the values (and roundings) of the tidy CSV.
     *
     * @param evaluation the evaluation
     * @return the values, in output order
     */
    public static List<KeyedValue> of(Evaluation evaluation) {
        List<KeyedValue> out = new ArrayList<>();
        for (Evaluation.Row row : evaluation.rows()) {
            NumberStyle style = row.indicator().numberStyle();
            String scope = row.scope().id();
            String period = row.period().code();
            String id = row.indicator().id();
            out.add(keyed(new ValueKey(scope, period, id, null), row.value(), style));
            for (Map.Entry<String, Value> part : row.parts().entrySet()) {
                out.add(keyed(new ValueKey(scope, period, id, part.getKey()), part.getValue(), style));
            }
        }
        return out;
    }

    private static KeyedValue keyed(ValueKey key, Value value, NumberStyle style) {
        String plain = Numbers.plain(value, style);
        return plain == null
                ? new KeyedValue(key, null, Numbers.reason(value))
                : new KeyedValue(key, new BigDecimal(plain), null);
    }
}
