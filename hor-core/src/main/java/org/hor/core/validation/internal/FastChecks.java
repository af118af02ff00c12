package org.hor.core.validation.internal;

import java.util.Map;
import org.hor.core.model.Delivery;
import org.hor.core.model.Measurement;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;

/**
 * A shortcut past Hibernate Validator for the records that come by the thousand or million
 * (deliveries, outcomes, organisations, measurements): {@link #clean} is true only when every field constraint of the record holds, tested
 * with the same {@link FieldRules} predicates the constraint validators use. A clean record has no
 * field violation, so the reader skips the validator for it; a record that is not clean (or of
 * another type) goes through the validator as before, which reports exactly what it always did.
 */
public final class FastChecks {

    private FastChecks() {
    }

    /**
     * Returns whether {@code record} certainly satisfies all its field constraints; false means
     * "not known", never "invalid".
     *
     * @param record a record, or null
     * @return whether the record is known to be clean
     */
    public static boolean clean(Object record) {
        if (record instanceof Delivery d) {
            return id(d.id()) && id(d.offerId()) && id(d.organisationId()) && d.date() != null
                    && (d.hours() == null || d.hours().signum() >= 0 && FieldRules.isNumber(d.hours()))
                    && (d.amount() == null || FieldRules.isAmount(d.amount()))
                    && (d.participants() == null || d.participants() >= 0);
        }
        if (record instanceof Outcome o) {
            return id(o.id()) && id(o.siteId()) && id(o.organisationId()) && o.date() != null && o.type() != null
                    && (o.note() == null || FieldRules.isText(o.note()));
        }
        if (record instanceof Organisation o) {
            if (!id(o.id()) || o.name() == null || !FieldRules.isText(o.name()) || o.type() == null
                    || o.legalForm() == null || o.founded() != null && o.founded() < 1800) {
                return false;
            }
            for (Map.Entry<String, String> a : o.attributes().entrySet()) {
                if (!id(a.getKey()) || a.getValue() == null || !FieldRules.isText(a.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (record instanceof Measurement m) {
            return id(m.siteId()) && id(m.metric()) && m.date() != null && m.value() != null
                    && FieldRules.isNumber(m.value()) && (m.unit() == null || FieldRules.isText(m.unit()));
        }
        return false;
    }

    private static boolean id(String s) {
        return s != null && FieldRules.isId(s);
    }
}
