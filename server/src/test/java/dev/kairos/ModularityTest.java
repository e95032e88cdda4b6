package dev.kairos;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules (direct sub-packages of dev.kairos) depend on each other without cycles. */
class ModularityTest {

    @Test
    void modulesAreAcyclicAndUseOnlyEachOthersApi() {
        ApplicationModules.of(KairosApplication.class).verify();
    }
}
