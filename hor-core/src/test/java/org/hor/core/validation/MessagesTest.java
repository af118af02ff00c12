package org.hor.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hor.core.model.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @DisplayName("German and English bundles have the same keys, and every rule code has a message")
    void sameKeys() throws IOException {
        Properties de = load("/org/hor/core/validation/messages.properties");
        Properties en = load("/org/hor/core/validation/messages_en.properties");
        assertThat(en.keySet()).isEqualTo(de.keySet());
        for (RuleCode r : RuleCode.values()) {
            assertThat(de.keySet())
                    .as(r.name())
                    .anySatisfy(k -> assertThat((String) k).startsWith("org.hor.core.validation." + r.name() + "."));
        }
        assertThat(de.values())
                .as("MessageFormat quotes")
                .allSatisfy(v -> assertThat((String) v).doesNotContain("'"));
    }

    @Test
    @DisplayName("the constraint bundle for other validators repeats the texts of the hor bundle exactly")
    void contributorBundle() throws IOException {
        for (String[] pair : new String[][] {
            {"/ContributorValidationMessages.properties", "/org/hor/core/validation/messages.properties"},
            {"/ContributorValidationMessages_en.properties", "/org/hor/core/validation/messages_en.properties"}
        }) {
            Properties c = load(pair[0]);
            Properties m = load(pair[1]);
            c.forEach((k, v) ->
                    assertThat(m.getProperty((String) k)).as((String) k).isEqualTo(v));
        }
    }

    @Test
    @DisplayName("every constraint on the records uses a message key of the constraint bundle")
    void recordConstraintsUseBundle() throws Exception {
        Properties c = load("/ContributorValidationMessages.properties");
        List<String> templates = new ArrayList<>();
        for (Class<?> type : List.of(
                Dataset.class,
                org.hor.core.model.Site.class,
                org.hor.core.model.Organisation.class,
                org.hor.core.model.Offer.class,
                org.hor.core.model.Delivery.class,
                org.hor.core.model.Cooperation.class,
                org.hor.core.model.Outcome.class,
                org.hor.core.model.Exchange.class,
                org.hor.core.model.Target.class,
                org.hor.core.model.Budget.class,
                org.hor.core.model.Measurement.class,
                org.hor.core.model.SupportAction.class,
                org.hor.core.model.Programme.class)) {
            for (Annotation a : type.getAnnotations()) {
                collect(a, templates);
            }
            for (RecordComponent rc : type.getRecordComponents()) {
                for (Annotation a : type.getDeclaredField(rc.getName()).getAnnotations()) {
                    collect(a, templates);
                }
                AnnotatedType t = rc.getAnnotatedType();
                if (t instanceof AnnotatedParameterizedType p) {
                    for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                        for (Annotation a : arg.getAnnotations()) {
                            collect(a, templates);
                        }
                    }
                }
            }
        }
        assertThat(templates).hasSizeGreaterThan(60).allSatisfy(t -> {
            assertThat(t).startsWith("{org.hor.core.validation.").endsWith(".message}");
            assertThat(c.getProperty(t.substring(1, t.length() - 1))).as(t).isNotNull();
        });
    }

    private static void collect(Annotation a, List<String> out) throws Exception {
        if (a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
            out.add((String) a.annotationType().getMethod("message").invoke(a));
        }
    }
}
