package dev.kairos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * HTTP stays at the edge: outside {@code dev.kairos.web}, only the edge itself (controllers and
 * pages, controller advice, servlet filters, argument resolvers, interceptors, implementations of
 * the web layer's own extension points and the configuration that wires them) may use the web layer. Business code answers with values and {@code Refusal}s;
 * the edge chooses the status and the envelope.
 */
class WebAtTheEdgeTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kairos");

    @Test
    void onlyTheEdgeUsesTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.kairos.web..")
                .and(notEdge())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.kairos.web..")
                .check(MAIN);
    }

    private static DescribedPredicate<JavaClass> notEdge() {
        return DescribedPredicate.describe("are not controllers, pages, filters or web configuration", c -> !edge(c));
    }

    private static boolean edge(JavaClass c) {
        if (c.isMetaAnnotatedWith(Controller.class)
                || c.isMetaAnnotatedWith(ControllerAdvice.class)
                || c.isMetaAnnotatedWith(Configuration.class)
                || c.isAssignableTo(Filter.class)
                || c.isAssignableTo(HandlerMethodArgumentResolver.class)
                || c.isAssignableTo(HandlerInterceptor.class)
                || c.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith("dev.kairos.web"))) {
            return true;
        }
        return c.getEnclosingClass().map(WebAtTheEdgeTest::edge).orElse(false);
    }
}
