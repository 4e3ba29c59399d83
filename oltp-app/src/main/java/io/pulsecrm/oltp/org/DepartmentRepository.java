package io.pulsecrm.oltp.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The department table. Updates bump the version the services checked under a row lock. */
@Repository
class DepartmentRepository {

    private static final String COLUMNS = "id, parent_id, name, position, created_at, updated_at, version";
    /** Serializes moves, so two crossing moves cannot build a loop that neither saw alone. */
    private static final long TREE_LOCK = 0x6f72675f74726565L;

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Department> all() {
        return jdbc.sql("select " + COLUMNS + " from department order by position, lower(name), id")
                .query(DepartmentRepository::map).list();
    }

    Optional<Department> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from department where id = :id").param("id", id)
                .query(DepartmentRepository::map).optional();
    }

    Optional<Department> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from department where id = :id for update").param("id", id)
                .query(DepartmentRepository::map).optional();
    }

    void lockTree() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", TREE_LOCK).query(Object.class).single();
    }

    Map<Long, Long> parentLinks() {
        Map<Long, Long> links = new HashMap<>();
        jdbc.sql("select id, parent_id from department").query((rs, n) -> links.put(rs.getLong(1), (Long) rs.getObject(2)))
                .list();
        return links;
    }

    /** Per department: {enabled users, disabled users}. */
    Map<Long, int[]> memberCounts() {
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select department_id, count(*) filter (where enabled), count(*) filter (where not enabled)
                from app_user group by department_id
                """).query((rs, n) -> counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return counts;
    }

    boolean siblingNameTaken(Long parentId, String name, long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from department
                               where coalesce(parent_id, 0) = coalesce(:parent, 0) and lower(name) = lower(:name) and id <> :except)
                """).param("parent", parentId, java.sql.Types.BIGINT).param("name", name).param("except", exceptId)
                .query(Boolean.class).single();
    }

    int nextPosition(long parentId) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from department where parent_id = :parent")
                .param("parent", parentId).query(Integer.class).single();
    }

    long insert(long parentId, String name, int position, Instant now) {
        return jdbc.sql("""
                insert into department (parent_id, name, position, created_at, updated_at)
                values (:parent, :name, :position, :now, :now) returning id
                """).param("parent", parentId).param("name", name).param("position", position)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void update(long id, Long parentId, String name, int position, Instant now) {
        jdbc.sql("""
                update department set parent_id = :parent, name = :name, position = :position, updated_at = :now,
                       version = version + 1
                where id = :id
                """).param("parent", parentId, java.sql.Types.BIGINT).param("name", name).param("position", position)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    int children(long id) {
        return jdbc.sql("select count(*) from department where parent_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    int members(long id) {
        return jdbc.sql("select count(*) from app_user where department_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    /** Roles whose CUSTOM scope names the department (deleting it would silently narrow them). */
    List<String> customScopeRoles(long id) {
        return jdbc.sql("""
                select r.name from role_scope_department s join app_role r on r.id = s.role_id
                where s.department_id = :id order by r.name
                """).param("id", id).query(String.class).list();
    }

    void delete(long id) {
        jdbc.sql("delete from department where id = :id").param("id", id).update();
    }

    private static Department map(ResultSet rs, int row) throws SQLException {
        return new Department(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("name"),
                rs.getInt("position"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
