package io.pulsecrm.oltp.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.org.UserAccount.RoleRef;
import io.pulsecrm.oltp.shared.NameSearch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** app_user and user_role. Lists are filtered by the caller's scope predicate over {@code u.id}. */
@Repository
class UserRepository {

    /** The list counts at most this many rows; more is reported as this number. */
    static final int COUNT_CAP = 10_001;
    /** Serializes changes of reporting lines and of who holds SUPER_ADMIN (the rules read many rows). */
    private static final long MANAGER_LOCK = 0x6f72675f6d677273L;

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.phone, u.title, u.department_id, d.name as department_name,
                   u.manager_id, m.display_name as manager_name, u.enabled, u.locale, u.successor_id,
                   coalesce(c.locked_until > now(), false) as locked, c.last_login_at, u.created_at, u.updated_at, u.version
            from app_user u
            join department d on d.id = u.department_id
            left join app_user m on m.id = u.manager_id
            left join user_credential c on c.user_id = u.id
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UserRepository::map).optional()
                .map(user -> user.withRoles(rolesOf(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Locks the user's row for the rest of the transaction, then reads them. */
    Optional<UserAccount> lock(long id) {
        Optional<Long> locked = jdbc.sql("select id from app_user where id = :id for update").param("id", id)
                .query(Long.class).optional();
        return locked.flatMap(this::find);
    }

    void lockReportingLines() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", MANAGER_LOCK).query(Object.class).single();
    }

    record Page(List<UserAccount> items, long total) {
    }

    Page page(UserQuery query, ScopeFilter scope) {
        StringBuilder where = new StringBuilder(" where ").append(scope.sql("u.id", "u.id"));
        Map<String, Object> params = new HashMap<>(scope.params());
        if (query.q() != null) {
            where.append(" and (lower(u.username) like :q escape '\\' or lower(u.display_name) like :q escape '\\'"
                    + " or lower(coalesce(u.email, '')) like :q escape '\\' or coalesce(u.phone, '') like :q escape '\\')");
            params.put("q", "%" + NameSearch.escapeWildcards(query.q().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (query.departmentId() != null) {
            where.append(" and u.department_id = :department");
            params.put("department", query.departmentId());
        }
        if (query.enabled() != null) {
            where.append(" and u.enabled = :enabled");
            params.put("enabled", query.enabled());
        }
        long total = jdbc.sql("select count(*) from (select 1 from app_user u" + where + " limit " + COUNT_CAP + ") capped")
                .params(params).query(Long.class).single();
        List<UserAccount> items = jdbc.sql(SELECT + where + " order by " + query.orderBy() + " limit :limit offset :offset")
                .params(params).param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query(UserRepository::map).list();
        Map<Long, List<RoleRef>> roles = rolesOf(items.stream().map(UserAccount::id).toList());
        return new Page(items.stream().map(u -> u.withRoles(roles.getOrDefault(u.id(), List.of()))).toList(), total);
    }

    /** Enabled users in scope whose username or name contains the text, for owner pickers. */
    List<UserLookup> lookup(String q, ScopeFilter scope, int limit) {
        StringBuilder sql = new StringBuilder("""
                select u.id, u.username, u.display_name, u.department_id, d.name as department_name
                from app_user u join department d on d.id = u.department_id
                where u.enabled and """).append(' ').append(scope.sql("u.id", "u.id"));
        Map<String, Object> params = new HashMap<>(scope.params());
        if (q != null) {
            sql.append(" and (lower(u.username) like :q escape '\\' or lower(u.display_name) like :q escape '\\')");
            params.put("q", "%" + NameSearch.escapeWildcards(q.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        sql.append(" order by u.display_name, u.id limit :limit");
        return jdbc.sql(sql.toString()).params(params).param("limit", limit).query(UserLookup.class).list();
    }

    Map<Long, List<RoleRef>> rolesOf(List<Long> userIds) {
        Map<Long, List<RoleRef>> roles = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("""
                select ur.user_id, r.id, r.code, r.name from user_role ur join app_role r on r.id = ur.role_id
                where ur.user_id = any(:ids) order by r.id
                """).param("ids", userIds.toArray(Long[]::new))
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new RoleRef(rs.getLong(2), rs.getString(3), rs.getString(4))))
                .list();
        return roles;
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:u))").param("u", username)
                .query(Boolean.class).single();
    }

    /** The department of an enabled user, or empty when there is no such enabled user. */
    Optional<Long> enabledDepartment(long id) {
        return jdbc.sql("select department_id from app_user where id = :id and enabled").param("id", id)
                .query(Long.class).optional();
    }

    Map<Long, Long> managerLinks() {
        Map<Long, Long> links = new HashMap<>();
        jdbc.sql("select id, manager_id from app_user where manager_id is not null")
                .query((rs, n) -> links.put(rs.getLong(1), rs.getLong(2))).list();
        return links;
    }

    long insert(String username, UserFields fields, Instant now) {
        return jdbc.sql("""
                insert into app_user (username, display_name, email, phone, title, department_id, manager_id, locale,
                                      created_at, updated_at)
                values (:username, :name, :email, :phone, :title, :dept, :manager, :locale, :now, :now) returning id
                """).param("username", username).param("name", fields.displayName()).param("email", fields.email())
                .param("phone", fields.phone()).param("title", fields.title()).param("dept", fields.departmentId())
                .param("manager", fields.managerId(), Types.BIGINT).param("locale", fields.locale())
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void update(long id, UserFields fields, Instant now) {
        jdbc.sql("""
                update app_user set display_name = :name, email = :email, phone = :phone, title = :title,
                       department_id = :dept, manager_id = :manager, locale = :locale, updated_at = :now, version = version + 1
                where id = :id
                """).param("name", fields.displayName()).param("email", fields.email(), Types.VARCHAR)
                .param("phone", fields.phone(), Types.VARCHAR).param("title", fields.title(), Types.VARCHAR)
                .param("dept", fields.departmentId()).param("manager", fields.managerId(), Types.BIGINT)
                .param("locale", fields.locale()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Enables or disables; a successor is only ever set (handover), never cleared. */
    void setEnabled(long id, boolean enabled, Long successorId, Instant now) {
        jdbc.sql("""
                update app_user set enabled = :enabled, successor_id = coalesce(:successor, successor_id), updated_at = :now,
                       version = version + 1
                where id = :id
                """).param("enabled", enabled).param("successor", successorId, Types.BIGINT)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void replaceRoles(long id, List<Long> roleIds, Instant now) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        jdbc.sql("insert into user_role (user_id, role_id) select :id, unnest(:roles)")
                .param("id", id).param("roles", roleIds.toArray(Long[]::new)).update();
        jdbc.sql("update app_user set updated_at = :now, version = version + 1 where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Enabled users holding SUPER_ADMIN, the given one left out. */
    int otherEnabledSuperAdmins(long exceptUserId) {
        return jdbc.sql("""
                select count(*) from app_user u join user_role ur on ur.user_id = u.id join app_role r on r.id = ur.role_id
                where r.code = 'SUPER_ADMIN' and u.enabled and u.id <> :id
                """).param("id", exceptUserId).query(Integer.class).single();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("title"), rs.getLong("department_id"),
                rs.getString("department_name"), (Long) rs.getObject("manager_id"), rs.getString("manager_name"),
                rs.getBoolean("enabled"), rs.getString("locale"), (Long) rs.getObject("successor_id"), List.of(),
                rs.getBoolean("locked"), lastLogin == null ? null : lastLogin.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
