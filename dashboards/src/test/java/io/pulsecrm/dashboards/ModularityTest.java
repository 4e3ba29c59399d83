package io.pulsecrm.dashboards;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * pipeline (the funnel: warehouse port, option, feed), web (page, locale, problems) and config use
 * each other only through the types in their base package, and never in a cycle.
 */
class ModularityTest {

    @Test
    void featuresUseOnlyEachOthersPublicApiWithoutCycles() {
        ApplicationModules.of(DashboardsApplication.class).verify();
    }
}
