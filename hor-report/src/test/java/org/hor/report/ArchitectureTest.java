package org.hor.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report builders make documents; they reach the renderers only through their public API. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hor.report.builder");
    }

    @Test
    @DisplayName("the builders never use a renderer's internals")
    void buildersUseThePublicRenderApi() {
        noClasses()
                .that()
                .resideInAPackage("org.hor.report.builder..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hor.report.render.internal..")
                .check(classes);
    }
}
