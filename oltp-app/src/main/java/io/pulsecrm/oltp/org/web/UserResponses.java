package io.pulsecrm.oltp.org.web;

import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.org.HandoverCounts;
import io.pulsecrm.oltp.org.UserAccount;
import io.pulsecrm.oltp.org.UserAccount.RoleRef;
import io.swagger.v3.oas.annotations.media.Schema;

final class UserResponses {

    private UserResponses() {
    }

    @Schema(name = "User")
    record UserResponse(long id, String username, String displayName, String email, String phone, String title,
                        long departmentId, String departmentName, Long managerId, String managerName, boolean enabled,
                        String locale, Long successorId, List<RoleRef> roles, boolean superAdmin, boolean locked,
                        Instant lastLoginAt, Instant createdAt, Instant updatedAt, int version) {

        static UserResponse of(UserAccount u) {
            return new UserResponse(u.id(), u.username(), u.displayName(), u.email(), u.phone(), u.title(),
                    u.departmentId(), u.departmentName(), u.managerId(), u.managerName(), u.enabled(), u.locale(),
                    u.successorId(), u.roles(), u.isSuperAdmin(), u.locked(), u.lastLoginAt(), u.createdAt(),
                    u.updatedAt(), u.version());
        }
    }

    @Schema(name = "HandoverResult", description = "How many records of each kind passed to the successor")
    record HandoverResponse(long userId, long successorId, int leads, int customers, int contacts, int opportunities,
                            int contracts, int paymentPlans, int receipts, int openTasks, int campaigns, int total) {

        static HandoverResponse of(long userId, long successorId, HandoverCounts c) {
            return new HandoverResponse(userId, successorId, c.leads(), c.customers(), c.contacts(), c.opportunities(),
                    c.contracts(), c.paymentPlans(), c.receipts(), c.openTasks(), c.campaigns(), c.total());
        }
    }
}
