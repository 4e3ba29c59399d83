package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** 10 is the boss; 20 reports to 10; 30 reports to 20; 40 reports to 10. */
class ReportingLinesTest {

    private final ReportingLines lines = new ReportingLines(Map.of(20L, 10L, 30L, 20L, 40L, 10L));

    @Test
    void aBossCannotReportToSomeoneBelowThem() {
        assertThatThrownBy(() -> lines.requireNoCycle(10, 30L)).isInstanceOf(OrgConflict.class)
                .extracting(e -> ((OrgConflict) e).code()).isEqualTo("manager-cycle");
        assertThatThrownBy(() -> lines.requireNoCycle(20, 30L)).isInstanceOf(OrgConflict.class);
    }

    @Test
    void nobodyIsTheirOwnManager() {
        assertThatThrownBy(() -> lines.requireNoCycle(30, 30L)).isInstanceOf(OrgConflict.class)
                .extracting(e -> ((OrgConflict) e).problems().getFirst().field()).isEqualTo("managerId");
    }

    @Test
    void reportingSidewaysOrUpwardsOrToNobodyIsFine() {
        assertThatCode(() -> lines.requireNoCycle(30, 40L)).doesNotThrowAnyException();
        assertThatCode(() -> lines.requireNoCycle(40, 30L)).doesNotThrowAnyException();
        assertThatCode(() -> lines.requireNoCycle(30, 10L)).doesNotThrowAnyException();
        assertThatCode(() -> lines.requireNoCycle(20, null)).doesNotThrowAnyException();
    }

    @Test
    void chainsAreFollowedToTheTop() {
        assertThat(lines.isSelfOrReportsTo(30, 10)).isTrue();
        assertThat(lines.isSelfOrReportsTo(10, 30)).isFalse();
    }

    @Test
    void aLoopAlreadyInTheDataEndsTheWalk() {
        ReportingLines broken = new ReportingLines(Map.of(1L, 2L, 2L, 1L));
        assertThat(broken.isSelfOrReportsTo(1, 3)).isFalse();
    }
}
