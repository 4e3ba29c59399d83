package io.pulsecrm.oltp.customer;

import java.time.Instant;

/** A member of a customer's team, with the name the page shows. */
public record TeamMemberView(long userId, String displayName, TeamAccess access, long addedBy, Instant addedAt) {
}
