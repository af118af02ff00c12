package org.hor.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The document module depends on nothing of hor but itself: the document model uses plain Java
 * types only (and the JSpecify nullness annotations), the renderers add only jackson-core for JSON.
 * Other tools take this module alone.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hor.report");
    }

    @Test
    @DisplayName("the document model depends on java.*, itself and the JSpecify nullness annotations only")
    void documentModelIsPlainJava() {
        classes()
                .that()
                .resideInAPackage("org.hor.report.document..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.hor.report.document..", "org.jspecify.annotations..")
                .check(classes);
    }

    @Test
    @DisplayName("the renderers depend on java.*, the document model, themselves and jackson-core only")
    void renderersKnowNoIndicators() {
        classes()
                .that()
                .resideInAPackage("org.hor.report.render..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.hor.report.document..",
                        "org.hor.report.render..",
                        "tools.jackson.core..",
                        "org.jspecify.annotations..")
                .check(classes);
    }

    @Test
    @DisplayName("nothing in document or render touches another part of hor (core, indicators, report builders)")
    void noIndicatorDependency() {
        noClasses()
                .that()
                .resideInAnyPackage("org.hor.report.document..", "org.hor.report.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hor.indicators..", "org.hor.core..", "org.hor.report.builder..")
                .check(classes);
    }

    @Test
    @DisplayName("the public render API exposes no internal type")
    void apiHidesInternals() {
        noClasses()
                .that()
                .resideInAnyPackage("org.hor.report.document", "org.hor.report.render")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hor.report.render.internal..")
                .check(classes);
    }
}
