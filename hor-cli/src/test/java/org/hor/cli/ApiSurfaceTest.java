package org.hor.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The public API of every library module, as the module descriptors define it: the packages a
 * module exports to everyone (not those it exports to named friends only). The descriptors are read
 * from the class path, so a new module or a new exported package is checked without editing a list.
 */
@DisplayName("the public API of the library modules")
class ApiSurfaceTest {

    /** The library modules' descriptors, by module name. */
    private static final TreeMap<String, ModuleDescriptor> MODULES = new TreeMap<>();
    /** The packages exported to everyone, over all library modules. */
    private static final Set<String> EXPORTED = new TreeSet<>();

    private static JavaClasses hor;

    @BeforeAll
    static void readDescriptors() throws IOException {
        for (URL url : Collections.list(ApiSurfaceTest.class.getClassLoader().getResources("module-info.class"))) {
            try (InputStream in = url.openStream()) {
                ModuleDescriptor d = ModuleDescriptor.read(in);
                if (d.name().startsWith("org.hor.")) {
                    MODULES.put(d.name(), d);
                }
            }
        }
        MODULES.values()
                .forEach(
                        d -> d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> EXPORTED.add(e.source())));
        hor = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hor");
    }

    @Test
    @DisplayName("the descriptors of the library modules are found, and none exports an internal package to everyone")
    void descriptorsFound() {
        assertThat(MODULES.keySet())
                .contains(
                        "org.hor.core",
                        "org.hor.indicators",
                        "org.hor.report.document",
                        "org.hor.report",
                        "org.hor.csv",
                        "org.hor.excel",
                        "org.hor.pdf",
                        "org.hor.docx");
        assertThat(EXPORTED).noneMatch(p -> p.contains(".internal"));
    }

    @Test
    @DisplayName("a public signature of an exported package names no type of a package that is not exported")
    void noHiddenTypesInPublicSignatures() {
        classes().that(arePublicApi()).should(exposeOnlyExportedHorTypes()).check(hor);
    }

    @Test
    @DisplayName("a public class of an exported package is final, abstract, a record, an enum or an interface")
    void publicClassesAreClosed() {
        classes()
                .that(arePublicApi())
                .and()
                .areNotInterfaces()
                .and()
                .areNotEnums()
                .and()
                .areNotRecords()
                .and()
                .areNotAnnotations()
                .and()
                .areTopLevelClasses()
                .should()
                .haveModifier(JavaModifier.FINAL)
                .orShould()
                .haveModifier(JavaModifier.ABSTRACT)
                .check(hor);
    }

    @Test
    @DisplayName("every exported package is @NullMarked: its types say where null is allowed (@Nullable)")
    void exportedPackagesAreNullMarked() {
        List<String> unmarked = new ArrayList<>();
        for (String p : EXPORTED) {
            boolean marked = hor.containPackage(p)
                    && hor.getPackage(p)
                            .tryGetPackageInfo()
                            .map(info -> info.isAnnotatedWith(NullMarked.class))
                            .orElse(false);
            if (!marked) {
                unmarked.add(p);
            }
        }
        assertThat(unmarked).isEmpty();
    }

    @Test
    @DisplayName("no library module depends on the command line, the benchmarks or a logging backend")
    void librariesStayLibraries() {
        noClasses()
                .that()
                .resideInAnyPackage(libraryPackages())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hor.cli..",
                        "org.hor.bench..",
                        "org.slf4j.simple..",
                        "org.slf4j.nop..",
                        "ch.qos.logback..",
                        "org.apache.logging.log4j.core..",
                        "picocli..")
                .check(hor);
    }

    @Test
    @DisplayName("the document model and the renderers never depend on the engine, the records or the report builders")
    void documentsKnowNoEngine() {
        noClasses()
                .that()
                .resideInAnyPackage("org.hor.report.document..", "org.hor.report.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hor.core..", "org.hor.indicators..", "org.hor.report.builder..")
                .check(hor);
    }

    /** Returns the packages of the library modules (those with a descriptor), as ArchUnit patterns. */
    private static String[] libraryPackages() {
        Set<String> packages = new TreeSet<>();
        MODULES.values().forEach(d -> packages.addAll(d.packages()));
        return packages.toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> arePublicApi() {
        return DescribedPredicate.describe(
                "are public types of exported packages", c -> EXPORTED.contains(c.getPackageName()) && isVisible(c));
    }

    /** Returns whether {@code c} and every class enclosing it are public. */
    private static boolean isVisible(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static ArchCondition<JavaClass> exposeOnlyExportedHorTypes() {
        return new ArchCondition<>("expose only types of exported packages (or from outside hor)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>();
                c.getRawSuperclass().ifPresent(exposed::add);
                exposed.addAll(c.getRawInterfaces());
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (isExposed(u.getModifiers())) {
                        exposed.addAll(u.getReturnType().getAllInvolvedRawTypes());
                        u.getParameterTypes().forEach(t -> exposed.addAll(t.getAllInvolvedRawTypes()));
                        exposed.addAll(u.getThrowsClause().getTypes());
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (isExposed(f.getModifiers())) {
                        exposed.addAll(f.getType().getAllInvolvedRawTypes());
                    }
                }
                for (JavaClass t : exposed) {
                    JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
                    String p = base.getPackageName();
                    if (p.startsWith("org.hor.") && !EXPORTED.contains(p)) {
                        events.add(SimpleConditionEvent.violated(
                                c, c.getName() + " exposes " + base.getName() + ", whose package is not exported"));
                    }
                }
            }
        };
    }

    private static boolean isExposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
