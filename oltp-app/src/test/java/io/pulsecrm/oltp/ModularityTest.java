package io.pulsecrm.oltp;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features (stage, opportunity, demo, shared) use each other only through the types in their base
 * package, and never in a cycle: stage knows nothing of opportunity; opportunity uses stage.
 */
class ModularityTest {

    @Test
    void featuresUseOnlyEachOthersPublicApiWithoutCycles() {
        ApplicationModules.of(OltpApplication.class).verify();
    }
}
