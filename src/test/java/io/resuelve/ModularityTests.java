package io.resuelve;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a module; nothing reaches into another module's internals and there are no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ResuelveApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Diagrams land in target/spring-modulith-docs.
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
