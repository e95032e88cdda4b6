package dev.kairos.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine takes time, schedules and rules as arguments: no framework, database, network, files or clock. */
class EngineIsPureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kairos.engine");

    private static final Set<String> CLOCK_READERS = Set.of(
            "java.time.Instant.now",
            "java.time.LocalDate.now",
            "java.time.LocalDateTime.now",
            "java.time.LocalTime.now",
            "java.time.ZonedDateTime.now",
            "java.time.OffsetDateTime.now",
            "java.lang.System.currentTimeMillis",
            "java.lang.System.nanoTime");

    private static final DescribedPredicate<JavaMethodCall> READS_THE_CLOCK = DescribedPredicate.describe(
            "reads the clock",
            call -> CLOCK_READERS.contains(call.getTargetOwner().getName() + "." + call.getName()));

    static final List<ArchRule> RULES = List.of(
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.springframework..", "java.sql..", "javax.sql..", "java.net..", "java.nio.file..")
                    .as("the engine depends on no framework, database, network or file system"),
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName(Clock.class.getName())
                    .as("the engine never touches a Clock"),
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("java.io..")
                    .as("the engine does no I/O"),
            noClasses().should().callMethodWhere(READS_THE_CLOCK).as("the engine never reads the clock"));

    @Test
    void engineMainClassesAreFound() {
        assertThat(ENGINE.contain(AvailabilityEngine.class)).isTrue();
        assertThat(ENGINE.contain(EngineIsPureTest.class)).isFalse();
    }

    @Test
    void engineMainClassesArePure() {
        RULES.forEach(rule -> rule.check(ENGINE));
    }

    @Test
    void everyRuleCatchesAClassThatBreaksIt() {
        JavaClasses impure = new ClassFileImporter().importClasses(ImpureSample.class);

        assertThat(RULES).allSatisfy(rule -> assertThat(rule.evaluate(impure).hasViolation())
                .isTrue());
    }

    /** Breaks every rule on purpose. */
    static final class ImpureSample {
        Instant stamp() throws java.io.IOException {
            new java.io.FileInputStream(java.nio.file.Path.of("x").toFile()).close();
            return Clock.systemUTC().instant().isAfter(Instant.now()) ? Instant.EPOCH : Instant.MAX;
        }
    }
}
