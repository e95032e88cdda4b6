package dev.kairos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's documentation of the modules: a C4 component diagram of them all and one per
 * module (PlantUML), and a canvas per module (AsciiDoc). Written to
 * {@code target/spring-modulith-docs}, or to {@code docs/modules} with {@code -Dkairos.modules=docs};
 * the folder is emptied first, so a module that is gone leaves no page behind.
 */
class ModuleDocumentationTest {

    @Test
    void everyModuleHasItsDiagramAndCanvas() {
        ApplicationModules modules = ApplicationModules.of(KairosApplication.class);
        Path folder = folder();

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();

        assertThat(folder.resolve("components.puml")).content().contains("C4");
        assertThat(modules.stream()).isNotEmpty().allSatisfy(module -> {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                    .isRegularFile();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .content()
                    .contains(module.getBasePackage().getName());
        });
    }

    private static Path folder() {
        return "docs".equals(System.getProperty("kairos.modules"))
                ? Path.of("..", "docs", "modules")
                : Path.of("target", "spring-modulith-docs");
    }
}
