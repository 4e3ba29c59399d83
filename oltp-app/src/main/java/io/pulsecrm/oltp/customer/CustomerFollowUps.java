package io.pulsecrm.oltp.customer;

import java.util.List;

import io.pulsecrm.oltp.shared.GenericPlans;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-ups of a customer and everything under it, newest first, one index range (ix_follow_up_customer),
 * reads by the customer's key whose generic plans serve ({@link GenericPlans}). */
@Service
@Transactional(readOnly = true)
public class CustomerFollowUps {

    /** The kinds of follow-up record: 沟通 · 日志 · 日程 · 任务 · 审批. */
    public enum Kind { COMMUNICATION, LOG, SCHEDULE, TASK, APPROVAL }

    private final CustomerAccess customers;
    private final JdbcClient jdbc;
    private final GenericPlans genericPlans;

    CustomerFollowUps(CustomerAccess customers, JdbcClient jdbc, GenericPlans genericPlans) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.genericPlans = genericPlans;
    }

    public PageResponse<FollowUpRow> of(long customerId, Kind kind, int page, int size) {
        genericPlans.forThisTransaction();
        customers.readable(customerId);
        Predicates where = new Predicates().add("f.customer_id = :customer").param("customer", customerId)
                .when(kind, "f.kind = :kind", "kind");
        List<FollowUpRow> items = jdbc.sql("""
                select f.id, f.subject_type, f.subject_id, f.kind, f.method, f.content, f.occurred_at,
                       f.next_contact_at, f.owner_id, u.display_name
                from follow_up f left join app_user u on u.id = f.owner_id
                where %s order by f.occurred_at desc, f.id desc limit :limit offset :offset
                """.formatted(where.sql())).params(where.params()).param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new FollowUpRow(rs.getLong("id"), rs.getString("subject_type"),
                        rs.getLong("subject_id"), rs.getString("kind"), rs.getString("method"),
                        rs.getString("content"), CustomerRow.instant(rs, "occurred_at"),
                        CustomerRow.instant(rs, "next_contact_at"), rs.getLong("owner_id"), rs.getString("display_name")))
                .list();
        long total = jdbc.sql("select count(*) from (select 1 from follow_up f where %s limit %d) capped"
                .formatted(where.sql(), CustomerQueries.COUNT_CAP)).params(where.params()).query(Long.class).single();
        return ListQuery.page(items, page, size, total);
    }
}
