package org.hor.core.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;

/**
 * The breakdown dimension of an indicator (spec 02): its name and its categories in order. A
 * breakdown's parts add up to the total: every record falls into exactly one category.
 *
 * @param dimension  the dimension's name, such as {@code organisationType}
 * @param categories the category names, in order, distinct, at least one (unmodifiable)
 */
public record Breakdown(String dimension, List<String> categories) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    /** By organisation type (spec 01 order). */
    public static final Breakdown ORGANISATION_TYPE = ofEnum("organisationType", OrganisationType.values());
    /** By offer type (spec 01 order). */
    public static final Breakdown OFFER_TYPE = ofEnum("offerType", OfferType.values());
    /** By outcome type (spec 01 order). */
    public static final Breakdown OUTCOME_TYPE = ofEnum("outcomeType", OutcomeType.values());
    /** By cooperation partner type (spec 01 order). */
    public static final Breakdown PARTNER_TYPE = ofEnum("partnerType", PartnerType.values());
    /** By exchange format (spec 01 order). */
    public static final Breakdown EXCHANGE_FORMAT = ofEnum("exchangeFormat", ExchangeFormat.values());

    /**
     * Checks and copies the components.
     *
     * @param dimension the dimension's name, such as {@code organisationType}
     * @param categories the category names, in order, distinct, at least one (unmodifiable)
     * @throws NullPointerException     if a component or category is null
     * @throws IllegalArgumentException if the dimension or a category is not a name
     *                                  ({@code [A-Za-z][A-Za-z0-9_-]*}, at most 64 characters), or the
     *                                  categories are empty or repeat one
     */
    public Breakdown {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(categories, "categories");
        if (!NAME.matcher(dimension).matches()) {
            throw new IllegalArgumentException(
                    "a breakdown dimension must be a name like organisationType: '" + dimension + "'");
        }
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a breakdown needs at least one category: " + dimension);
        }
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("breakdown categories must be distinct: " + categories);
        }
        for (String c : categories) {
            if (!NAME.matcher(c).matches()) {
                throw new IllegalArgumentException(
                        "a breakdown category must be a name like MIGRANT_ORGANISATION: '" + c + "'");
            }
        }
    }

    /**
     * Returns the breakdown named {@code dimension} whose categories are the constants of an enum, in declaration order.
     *
     * @param constants the enum's constants, as {@code values()} returns them
     * @param dimension the dimension's name, such as {@code organisationType}
     * @return the breakdown
     */
    public static Breakdown ofEnum(String dimension, Enum<?>[] constants) {
        List<String> names = new ArrayList<>(constants.length);
        for (Enum<?> c : constants) {
            names.add(c.name());
        }
        return new Breakdown(dimension, names);
    }
}
