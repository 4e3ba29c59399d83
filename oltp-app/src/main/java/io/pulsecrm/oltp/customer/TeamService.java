package io.pulsecrm.oltp.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's team (客户团队): colleagues who share it with READ or WRITE access. Whoever has the
 * owner in scope manages it; members can be anyone enabled, in any department — sharing across
 * departments is what teams are for.
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

    private final CustomerAccess customers;
    private final CurrentViewer viewer;
    private final OperationLog operations;
    private final JdbcClient jdbc;
    private final Clock clock;

    TeamService(CustomerAccess customers, CurrentViewer viewer, OperationLog operations, JdbcClient jdbc, Clock clock) {
        this.customers = customers;
        this.viewer = viewer;
        this.operations = operations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<TeamMemberView> of(long customerId) {
        customers.readable(customerId);
        return members(customerId);
    }

    List<TeamMemberView> members(long customerId) {
        return jdbc.sql("""
                select m.user_id, u.display_name, m.access, m.added_by, m.added_at
                from record_team_member m join app_user u on u.id = m.user_id
                where m.entity_type = 'CUSTOMER' and m.entity_id = :id
                order by m.added_at, m.user_id
                """).param("id", customerId)
                .query((rs, n) -> new TeamMemberView(rs.getLong("user_id"), rs.getString("display_name"),
                        TeamAccess.valueOf(rs.getString("access")), rs.getLong("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** Adds the user to the team, or changes their access; true when they were not on it yet. */
    @Transactional
    public boolean put(long customerId, long userId, TeamAccess access) {
        Customer customer = customers.managed(customerId, "customer:edit");
        customer.requireOwned();
        boolean enabled = jdbc.sql("select exists (select 1 from app_user where id = :id and enabled)")
                .param("id", userId).query(Boolean.class).single();
        if (!enabled) {
            throw new InvalidCustomer("userId", "user %d does not exist or is disabled".formatted(userId));
        }
        if (customer.getOwnerId() == userId) {
            throw new InvalidCustomer("userId", "user %d owns the customer already".formatted(userId));
        }
        String before = jdbc.sql("""
                select access from record_team_member where entity_type = 'CUSTOMER' and entity_id = :c and user_id = :u
                """).param("c", customerId).param("u", userId).query(String.class).optional().orElse(null);
        jdbc.sql("""
                insert into record_team_member (entity_type, entity_id, user_id, access, added_by, added_at)
                values ('CUSTOMER', :c, :u, :access, :by, :at)
                on conflict (entity_type, entity_id, user_id) do update set access = excluded.access
                """).param("c", customerId).param("u", userId).param("access", access.name())
                .param("by", viewer.get().userId()).param("at", Timestamp.from(clock.instant())).update();
        if (!access.name().equals(before)) {
            operations.record(CustomerService.ENTITY, customerId, "UPDATE", "team member " + userId,
                    Changes.none().field("team." + userId, before, access.name()));
        }
        return before == null;
    }

    @Transactional
    public void remove(long customerId, long userId) {
        customers.managed(customerId, "customer:edit");
        String before = jdbc.sql("""
                delete from record_team_member where entity_type = 'CUSTOMER' and entity_id = :c and user_id = :u
                returning access
                """).param("c", customerId).param("u", userId).query(String.class).optional()
                .orElseThrow(() -> new NotOnTeam(customerId, userId));
        operations.record(CustomerService.ENTITY, customerId, "UPDATE", "team member " + userId,
                Changes.none().field("team." + userId, before, null));
    }

    static final class NotOnTeam extends NotFound {

        NotOnTeam(long customerId, long userId) {
            super("user %d is not on the team of customer %d".formatted(userId, customerId));
        }

        @Override
        public String code() {
            return "team-member-not-found";
        }
    }
}
