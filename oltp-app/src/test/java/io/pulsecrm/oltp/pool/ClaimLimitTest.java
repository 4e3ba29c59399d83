package io.pulsecrm.oltp.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rep may own at most claim_limit customers once the claim is done. */
class ClaimLimitTest {

    @Test
    void aClaimUpToTheLimitIsAllowed() {
        assertThat(ClaimLimit.allows(10, 8, 2)).isTrue();
    }

    @Test
    void aClaimBeyondTheLimitIsRefusedNamingTheLimit() {
        assertThat(ClaimLimit.allows(10, 9, 2)).isFalse();
        assertThatThrownBy(() -> ClaimLimit.check(10, 9, 2)).isInstanceOf(ClaimLimit.Exceeded.class)
                .hasMessageContaining("claim limit of 10").hasMessageContaining("own 9");
    }

    @Test
    void noLimitAllowsAnything() {
        assertThat(ClaimLimit.allows(null, 1_000_000, 500)).isTrue();
    }

    @Test
    void aZeroLimitAllowsNoClaims() {
        assertThat(ClaimLimit.allows(0, 0, 1)).isFalse();
    }
}
