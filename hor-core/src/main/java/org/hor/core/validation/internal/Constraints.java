package org.hor.core.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;

/** The Jakarta field constraints: one shared validator, and conversion of its violations. */
public final class Constraints {

    private static final String PREFIX = "{org.hor.core.validation.";

    private Constraints() {}

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /** Returns the shared validator (Hibernate Validator, parameter interpolation, no EL). */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Returns the JSON pointer of a constraint violation's property path, such as
     * {@code /deliveries/17/amount} or {@code /siteIds/1}.
     *
     * @param path the property path
     * @return the pointer ({@code ""} for the validated bean itself)
     */
    public static String pointer(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                Object k = n.getIndex() != null ? n.getIndex() : n.getKey();
                if (k != null) {
                    b.append('/').append(Pointers.escape(String.valueOf(k)));
                }
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                b.append('/').append(Pointers.escape(n.getName()));
            }
        }
        return b.toString();
    }

    /**
     * Converts a constraint violation into a {@link Violation}.
     *
     * @param cv      the constraint violation
     * @param pointer its pointer (see {@link #pointer(Path)}, possibly prefixed)
     * @param line    the line, or -1
     * @param column  the column, or -1
     * @return the violation
     */
    public static Violation toViolation(ConstraintViolation<?> cv, String pointer, long line, long column) {
        String template = cv.getMessageTemplate();
        String value = valueText(cv.getInvalidValue(), lastName(cv.getPropertyPath()));
        if (template.startsWith(PREFIX) && template.endsWith(".message}")) {
            String key = template.substring(1, template.length() - 1);
            String rest = key.substring(PREFIX.length() - 1);
            String name = rest.substring(0, rest.indexOf('.'));
            try {
                RuleCode rule = RuleCode.valueOf(name);
                return new Violation(pointer, line, column, rule.code(), value, key, List.of());
            } catch (IllegalArgumentException e) {
                // not one of ours: fall through
            }
        }
        return Violation.of(pointer, line, column, RuleCode.CONSTRAINT, value, cv.getMessage());
    }

    private static String lastName(Path path) {
        String name = null;
        for (Path.Node n : path) {
            name = n.getName();
        }
        return name;
    }

    /** Renders a value for {@link Violation#value()}; a record's component named {@code leaf} when it is a record. */
    public static String valueText(Object value, String leaf) {
        if (value == null) {
            return null;
        }
        if (value instanceof Record r && leaf != null) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals(leaf)) {
                    try {
                        return valueText(c.getAccessor().invoke(r), null);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toString();
        }
        if (value instanceof Record) {
            return null;
        }
        return String.valueOf(value);
    }
}
