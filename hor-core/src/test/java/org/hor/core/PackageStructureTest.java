package org.hor.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packages of hor-core form no cycle (issue #14 point 4): data flows from the columns and the
 * model through validation to reading, never back. A package and its {@code internal} sub-package
 * (the implementation of its API, which uses the API's own types) count as one.
 */
@DisplayName("hor-core's packages depend on each other without cycles")
class PackageStructureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hor.core");
    }

    /** Each package of hor-core is a slice, {@code x.internal} belongs to {@code x}. */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith("org.hor.core")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(p.endsWith(".internal") ? p.substring(0, p.length() - ".internal".length()) : p);
        }

        @Override
        public String getDescription() {
            return "the packages of hor-core (x.internal counted with x)";
        }
    };

    @Test
    @DisplayName("no cycle between the packages of hor-core")
    void noCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("the column storage depends on no other package of hor")
    void columnsAreALeaf() {
        classes()
                .that()
                .resideInAPackage("org.hor.core.internal.columns..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.hor.core.internal.columns..")
                .check(classes);
    }

    @Test
    @DisplayName("the model knows neither reading nor validation's implementation")
    void modelKnowsNoReader() {
        noClasses()
                .that()
                .resideInAPackage("org.hor.core.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hor.core.io..",
                        "org.hor.core.validation.internal..",
                        "org.hor.core.sample..",
                        "org.hor.core.spi..")
                .check(classes);
    }

    @Test
    @DisplayName("validation does not read files: no dependency on org.hor.core.io")
    void validationKnowsNoReader() {
        noClasses()
                .that()
                .resideInAPackage("org.hor.core.validation..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hor.core.io..")
                .check(classes);
    }
}
