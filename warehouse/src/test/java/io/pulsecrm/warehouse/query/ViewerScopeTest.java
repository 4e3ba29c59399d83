package io.pulsecrm.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerScopeTest {

    @Test
    void everyoneWhoSeesEverythingHasTheSameScopeSoAFeedReadsTheirFiguresOnce() {
        assertThat(new ViewerScope(7, VisibleScope.EVERYTHING)).isEqualTo(new ViewerScope(8, VisibleScope.EVERYTHING))
                .isEqualTo(ViewerScope.EVERYTHING);
    }

    @Test
    void viewersWithTheSameOwnersAndDepartmentsStillDifferByTheirTeams() {
        var department = new VisibleScope(false, Set.of(7L, 8L), Set.of(3L));

        assertThat(new ViewerScope(7, department)).isNotEqualTo(new ViewerScope(8, department));
        assertThat(new ViewerScope(7, department).viewerId()).isEqualTo(7);
    }
}
