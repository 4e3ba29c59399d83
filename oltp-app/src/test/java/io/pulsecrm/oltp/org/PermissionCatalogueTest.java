package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class PermissionCatalogueTest {

    @Test
    void everyModuleHasEveryActionAsThePermissionsTheSchemaGrantsAdmin() {
        assertThat(PermissionCatalogue.all()).hasSize(18 * 12)
                .contains("lead:view", "customer:lock", "follow_up:create", "org:configure", "log:view", "pool:claim");
    }

    @Test
    void unknownModulesActionsAndShapesAreNotPermissions() {
        assertThat(PermissionCatalogue.isKnown("customer:fly")).isFalse();
        assertThat(PermissionCatalogue.isKnown("spaceship:view")).isFalse();
        assertThat(PermissionCatalogue.isKnown("customer")).isFalse();
        assertThat(PermissionCatalogue.isKnown("Customer:View")).isFalse();
        assertThat(PermissionCatalogue.isKnown(null)).isFalse();
    }

    @Test
    void eachUnknownEntryIsNamedByItsIndex() {
        List<FieldProblem> problems = PermissionCatalogue.check("permissions",
                java.util.Arrays.asList("lead:view", "lead:fly", null, "org:view"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("permissions[1]", "permissions[2]");
    }

    @Test
    void everyModuleAndActionHasBothLabels() {
        for (PermissionCatalogue.Module module : PermissionCatalogue.Module.values()) {
            assertThat(module.zh()).isNotBlank();
            assertThat(module.en()).isNotBlank();
            assertThat(module.code()).matches("[a-z_]+");
        }
        for (PermissionCatalogue.Action action : PermissionCatalogue.Action.values()) {
            assertThat(action.zh()).isNotBlank();
            assertThat(action.en()).isNotBlank();
        }
    }
}
