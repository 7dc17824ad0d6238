package org.parity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules that keep each module's insides its own (issue 11). Spring Modulith's verify (ModularityTest)
 * checks the module graph; these say, in the project's words, what may touch what.
 */
class ArchitectureTest {

    private static final String ROOT = "org.parity";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    private static final DescribedPredicate<JavaClass> ENTITY =
            DescribedPredicate.describe("an entity", c -> c.isAnnotatedWith(Entity.class));

    private static final DescribedPredicate<JavaClass> REPOSITORY =
            DescribedPredicate.describe("a repository", c -> c.isAssignableTo(Repository.class));

    /** org.parity.plan.web.PlanPagesController → plan; the application class itself → "". */
    static String moduleOf(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> onlyBeUsedWithinTheirModule() {
        return new ArchCondition<>("be used only by classes of their own module") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String module = moduleOf(target);
                target.getDirectDependenciesToSelf().stream()
                        .filter(d -> d.getOriginClass().getPackageName().startsWith(ROOT))
                        .filter(d -> !moduleOf(d.getOriginClass()).equals(module))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }

    @Test
    void entitiesAndRepositoriesLiveInTheirModulesInternalPackage() {
        ArchRule rule = classes()
                .that(ENTITY.or(REPOSITORY))
                .and()
                .resideInAPackage(ROOT + "..")
                .should()
                .resideInAPackage(ROOT + ".*.internal..")
                .because("a module's tables are its own: other modules read records and call services");
        rule.check(MAIN);
    }

    @Test
    void noModuleUsesAnotherModulesEntityOrRepository() {
        classes()
                .that(ENTITY.or(REPOSITORY))
                .should(onlyBeUsedWithinTheirModule())
                .check(MAIN);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : modules()) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage(ROOT + "." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + "." + module + ".internal..")
                    .because("only " + module + " may use " + module + ".internal")
                    .allowEmptyShould(true)
                    .check(MAIN);
        }
    }

    @Test
    void theEngineApiIsUsedOnlyByTheWorkflowModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .because("the process gateway in workflow is the one way to the engine")
                .check(MAIN);
    }

    @Test
    void controllersCallServicesNotRepositories() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat(REPOSITORY)
                .orShould()
                .dependOnClassesThat(ENTITY)
                .because("controllers are thin: services own the data and hand out records")
                .check(MAIN);
    }

    @Test
    void entitiesAreNotPartOfAnyModulesPublicFace() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*")
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .should()
                .beAnnotatedWith(Entity.class)
                .check(MAIN);
    }

    private static List<String> modules() {
        return MAIN.stream()
                .map(ArchitectureTest::moduleOf)
                .filter(m -> !m.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }
}
