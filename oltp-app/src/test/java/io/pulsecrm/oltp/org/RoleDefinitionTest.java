package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.scope.DataScope;
import org.junit.jupiter.api.Test;

class RoleDefinitionTest {

    private static List<String> fields(Runnable definition) {
        try {
            definition.run();
            return List.of();
        } catch (InvalidOrgInput e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void aCustomScopeNamesItsDepartments() {
        assertThat(fields(() -> RoleDefinition.of("区域", null, DataScope.CUSTOM, List.of(), List.of())))
                .containsExactly("departmentIds");
        assertThat(RoleDefinition.of("区域", null, DataScope.CUSTOM, List.of(3L, 2L, 3L), List.of()).departmentIds())
                .containsExactly(2L, 3L);
    }

    @Test
    void otherScopesNameNoDepartments() {
        assertThat(fields(() -> RoleDefinition.of("部门", null, DataScope.DEPT, List.of(2L), List.of())))
                .containsExactly("departmentIds");
    }

    @Test
    void permissionsComeFromTheCatalogueAndCollapse() {
        assertThat(fields(() -> RoleDefinition.of("x", null, DataScope.SELF, null, List.of("lead:view", "lead:teleport"))))
                .containsExactly("permissions[1]");
        assertThat(RoleDefinition.of(" 销售 ", " ", DataScope.SELF, null, List.of("lead:view", "lead:view", "customer:view")))
                .satisfies(role -> {
                    assertThat(role.name()).isEqualTo("销售");
                    assertThat(role.description()).isNull();
                    assertThat(role.permissions()).containsExactly("customer:view", "lead:view");
                });
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThat(fields(() -> RoleDefinition.of(" ", "d".repeat(501), null, null, List.of("nope"))))
                .containsExactly("name", "description", "dataScope", "permissions[0]");
    }

    @Test
    void aMissingScopeIsInvalidInput() {
        assertThatThrownBy(() -> RoleDefinition.of("x", null, null, null, List.of())).isInstanceOf(InvalidOrgInput.class);
    }
}
