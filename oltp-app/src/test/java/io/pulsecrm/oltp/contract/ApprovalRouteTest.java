package io.pulsecrm.oltp.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApprovalRouteTest {

    private static final long FINANCE = 31;
    private static final long DIRECTOR = 7;
    private final ApprovalRoute route = new ApprovalRoute(5, List.of(
            new ApprovalStep(1, ApproverType.ROLE, FINANCE, null),
            new ApprovalStep(2, ApproverType.USER, null, DIRECTOR)));

    @Test
    void aRoleStepWaitsForEveryHolderOfTheRole() {
        assertThat(route.awaits(1, 100, Set.of(2L, FINANCE))).isTrue();
        assertThat(route.awaits(1, 101, Set.of(FINANCE))).isTrue();
    }

    @Test
    void aRoleStepDoesNotWaitForUsersWithoutTheRole() {
        assertThat(route.awaits(1, 100, Set.of(2L, 3L))).isFalse();
        assertThat(route.awaits(1, DIRECTOR, Set.of())).isFalse();
    }

    @Test
    void aUserStepWaitsForThatUserOnlyWhateverRolesOthersHold() {
        assertThat(route.awaits(2, DIRECTOR, Set.of())).isTrue();
        assertThat(route.awaits(2, 100, Set.of(FINANCE, DIRECTOR))).isFalse();
    }

    @Test
    void aStepOutsideTheRouteWaitsForNobody() {
        assertThat(route.awaits(0, DIRECTOR, Set.of(FINANCE))).isFalse();
        assertThat(route.awaits(3, DIRECTOR, Set.of(FINANCE))).isFalse();
    }

    @Test
    void aRouteHasAtLeastOneStep() {
        assertThatThrownBy(() -> new ApprovalRoute(5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
