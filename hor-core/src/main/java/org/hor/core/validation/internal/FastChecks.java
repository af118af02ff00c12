package org.hor.core.validation.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.GermanState;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.SupportCatalogueIds;
import org.hor.core.model.Target;

/**
 * A shortcut past Hibernate Validator for every record of the format: {@link #clean} is true only
 * when every field constraint of the record holds, tested with the same {@link FieldRules}
 * predicates (and the same lookups) the constraint validators use. A clean record has no field
 * violation, so the reader skips the validator for it; a record that is not clean (or of another
 * type) goes through the validator as before, which reports exactly what it always did. A valid
 * dataset is therefore read without starting Hibernate Validator at all (its bootstrap is about a
 * third of a second of a command's start); {@code Constraints.validator()} builds it on first use.
 */
public final class FastChecks {

    private FastChecks() {}

    /**
     * Returns whether {@code record} certainly satisfies all its field constraints; false means
     * "not known", never "invalid".
     *
     * @param record a record, or null
     * @return whether the record is known to be clean
     */
    public static boolean clean(Object record) {
        if (record instanceof Delivery d) {
            return id(d.id())
                    && id(d.offerId())
                    && id(d.organisationId())
                    && d.date() != null
                    && (d.hours() == null || d.hours().signum() >= 0 && FieldRules.isNumber(d.hours()))
                    && (d.amount() == null || FieldRules.isAmount(d.amount()))
                    && (d.participants() == null || d.participants() >= 0);
        }
        if (record instanceof Outcome o) {
            return id(o.id())
                    && id(o.siteId())
                    && id(o.organisationId())
                    && o.date() != null
                    && o.type() != null
                    && (o.note() == null || FieldRules.isText(o.note()));
        }
        if (record instanceof Organisation o) {
            if (!id(o.id())
                    || o.name() == null
                    || !FieldRules.isText(o.name())
                    || o.type() == null
                    || o.legalForm() == null
                    || o.founded() != null && o.founded() < 1800) {
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
            return id(m.siteId())
                    && id(m.metric())
                    && m.date() != null
                    && m.value() != null
                    && FieldRules.isNumber(m.value())
                    && (m.unit() == null || FieldRules.isText(m.unit()));
        }
        return cleanFew(record);
    }

    /** The records that come by the dozen: programme, sites, offers, cooperations, and the rest. */
    private static boolean cleanFew(Object record) {
        if (record instanceof Offer o) {
            return id(o.id()) && id(o.siteId()) && o.type() != null && text(o.title());
        }
        if (record instanceof Site s) {
            return id(s.id())
                    && text(s.name())
                    && text(s.city())
                    && s.state() != null
                    && GermanState.ofCode(s.state()).isPresent()
                    && text(s.carrier())
                    && s.carrierType() != null
                    && s.coverage() != null
                    && s.start() != null;
        }
        if (record instanceof Cooperation c) {
            return id(c.id())
                    && id(c.siteId())
                    && text(c.partner())
                    && c.partnerType() != null
                    && c.start() != null
                    && c.formal() != null;
        }
        if (record instanceof Exchange e) {
            if (!id(e.id())
                    || e.date() == null
                    || e.format() == null
                    || !text(e.topic())
                    || e.hostSiteId() != null && !FieldRules.isId(e.hostSiteId())
                    || !FieldRules.isDistinctPair(e.siteIds())) {
                return false;
            }
            for (String site : e.siteIds()) {
                if (!id(site)) {
                    return false;
                }
            }
            return e.hostSiteId() == null || e.siteIds().contains(e.hostSiteId());
        }
        if (record instanceof Target t) {
            return id(t.siteId())
                    && t.indicator() != null
                    && t.period() != null
                    && PeriodCodeValidator.parses(t.period())
                    && positive(t.value())
                    && FieldRules.isNumber(t.value());
        }
        if (record instanceof Budget b) {
            return id(b.siteId()) && b.year() != null && positive(b.amount()) && FieldRules.isAmount(b.amount());
        }
        if (record instanceof SupportAction a) {
            return id(a.id())
                    && id(a.siteId())
                    && a.date() != null
                    && a.measure() != null
                    && SupportCatalogueIds.MEASURES.contains(a.measure())
                    && (a.rule() == null || SupportCatalogueIds.RULES.contains(a.rule()))
                    && (a.note() == null || FieldRules.isText(a.note()));
        }
        if (record instanceof Programme p) {
            return id(p.id()) && text(p.name()) && (p.funder() == null || FieldRules.isText(p.funder()));
        }
        return false;
    }

    private static boolean text(String s) {
        return s != null && FieldRules.isText(s);
    }

    private static boolean positive(BigDecimal d) {
        return d != null && d.signum() > 0;
    }

    private static boolean id(String s) {
        return s != null && FieldRules.isId(s);
    }
}
