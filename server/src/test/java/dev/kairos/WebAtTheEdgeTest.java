package dev.kairos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * HTTP at the edge: in the modules that book, business code returns refusals as values and only
 * controllers, pages and their advice speak HTTP through {@code web}. Other modules are still to
 * follow; add each here once it does.
 */
class WebAtTheEdgeTest {

    private static final JavaClasses KAIROS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kairos");

    @Test
    void onlyControllersAndPagesOfTheBookingModulesUseWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.kairos.booking..",
                        "dev.kairos.bookingpage..",
                        "dev.kairos.waitlist..",
                        "dev.kairos.queue..",
                        "dev.kairos.footfall..")
                .and()
                .areNotMetaAnnotatedWith(Controller.class)
                .and()
                .areNotMetaAnnotatedWith(ControllerAdvice.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.kairos.web..")
                .because("refusals are values in business code; the web edge alone picks HTTP status and envelope")
                .check(KAIROS);
    }
}
