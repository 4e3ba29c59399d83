package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * <pre>
 * 1 ─┬ 2 ─ 3 ─ 4
 *    └ 5
 * </pre>
 */
class DepartmentTreeTest {

    private final DepartmentTree tree = new DepartmentTree(links());

    private static Map<Long, Long> links() {
        Map<Long, Long> links = new HashMap<>();
        links.put(1L, null);
        links.put(2L, 1L);
        links.put(3L, 2L);
        links.put(4L, 3L);
        links.put(5L, 1L);
        return links;
    }

    @Test
    void movingADepartmentUnderItsOwnDescendantIsRefused() {
        assertThatThrownBy(() -> tree.requireMovable(2, 4)).isInstanceOf(OrgConflict.class)
                .extracting(e -> ((OrgConflict) e).code()).isEqualTo("department-cycle");
        assertThatThrownBy(() -> tree.requireMovable(2, 3)).isInstanceOf(OrgConflict.class);
    }

    @Test
    void movingADepartmentUnderItselfIsRefused() {
        assertThatThrownBy(() -> tree.requireMovable(3, 3)).isInstanceOf(OrgConflict.class)
                .extracting(e -> ((OrgConflict) e).problems().getFirst().field()).isEqualTo("parentId");
    }

    @Test
    void movingUnderASiblingOrAnAncestorIsFine() {
        assertThatCode(() -> tree.requireMovable(2, 5)).doesNotThrowAnyException();
        assertThatCode(() -> tree.requireMovable(4, 1)).doesNotThrowAnyException();
        assertThatCode(() -> tree.requireMovable(5, 4)).doesNotThrowAnyException();
    }

    @Test
    void descendantsAreFoundAtAnyDepth() {
        assertThat(tree.isSelfOrDescendant(4, 1)).isTrue();
        assertThat(tree.isSelfOrDescendant(4, 2)).isTrue();
        assertThat(tree.isSelfOrDescendant(5, 2)).isFalse();
        assertThat(tree.isSelfOrDescendant(1, 4)).isFalse();
    }

    @Test
    void aLoopAlreadyInTheDataEndsTheWalkInsteadOfHanging() {
        DepartmentTree broken = new DepartmentTree(Map.of(7L, 8L, 8L, 7L));
        assertThat(broken.isSelfOrDescendant(7, 9)).isFalse();
        assertThat(broken.isSelfOrDescendant(7, 8)).isTrue();
    }
}
