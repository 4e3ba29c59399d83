package io.pulsecrm.oltp.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leads, customers, contacts, opportunities and contracts for activity tests, written straight into
 * PostgreSQL: their own APIs belong to other features. Rows respect the V3 constraints (an owned
 * customer has owner_id and owner_dept_id; every record has created_by).
 */
public final class CrmRecords {

    private final JdbcClient jdbc;

    public CrmRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long customer(long ownerId) {
        return jdbc.sql("""
                insert into customer (name, owner_id, owner_dept_id, owned_since, created_by)
                select :name, u.id, u.department_id, now(), u.id from app_user u where u.id = :owner returning id""")
                .param("name", "IT 客户 " + suffix()).param("owner", ownerId).query(Long.class).single();
    }

    /** A customer in the public pool: nobody owns it. */
    public long pooledCustomer(long createdBy) {
        return jdbc.sql("""
                insert into customer (name, pool_entered_at, created_by) values (:name, now(), :by) returning id""")
                .param("name", "IT 公海客户 " + suffix()).param("by", createdBy).query(Long.class).single();
    }

    public long lead(long ownerId) {
        return jdbc.sql("""
                insert into lead (name, company, source, owner_id, owner_dept_id, created_by)
                select :name, '云帆科技', 'WEBSITE', u.id, u.department_id, u.id from app_user u where u.id = :owner
                returning id""").param("name", "IT 线索 " + suffix()).param("owner", ownerId).query(Long.class).single();
    }

    public long convertedLead(long ownerId, long customerId) {
        long lead = lead(ownerId);
        jdbc.sql("update lead set status = 'CONVERTED', converted_at = now(), converted_customer_id = :c where id = :id")
                .param("c", customerId).param("id", lead).update();
        return lead;
    }

    public long contact(long customerId, Long ownerId) {
        return jdbc.sql("""
                insert into contact (customer_id, name, owner_id, owner_dept_id, created_by)
                select c.id, :name, u.id, u.department_id, c.created_by
                from customer c left join app_user u on u.id = :owner where c.id = :customer returning id""")
                .param("name", "IT 联系人 " + suffix()).param("owner", ownerId).param("customer", customerId)
                .query(Long.class).single();
    }

    public long opportunity(long ownerId, Long customerId, long stageId) {
        return jdbc.sql("""
                insert into opportunity (name, amount, stage_id, customer_id, owner_id, owner_dept_id, created_by)
                select :name, 1000, :stage, :customer, u.id, u.department_id, u.id from app_user u where u.id = :owner
                returning id""").param("name", "IT 商机 " + suffix()).param("stage", stageId).param("customer", customerId)
                .param("owner", ownerId).query(Long.class).single();
    }

    public long contract(long ownerId, long customerId) {
        return jdbc.sql("""
                insert into contract (number, name, customer_id, signed_on, owner_id, owner_dept_id, created_by)
                select :number, '年度服务合同', :customer, current_date, u.id, u.department_id, u.id
                from app_user u where u.id = :owner returning id""")
                .param("number", "IT-" + suffix()).param("customer", customerId).param("owner", ownerId)
                .query(Long.class).single();
    }

    public void team(String entityType, long entityId, long userId, String access) {
        jdbc.sql("""
                insert into record_team_member (entity_type, entity_id, user_id, access, added_by)
                values (:type, :id, :user, :access, :user)""")
                .param("type", entityType).param("id", entityId).param("user", userId).param("access", access).update();
    }

    /** One timestamp column of one row, e.g. {@code instant("select last_follow_up_at from customer where id = ?", 7)}. */
    public Instant instant(String sql, long id) {
        return jdbc.sql(sql).param(id).query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single().orElse(null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
