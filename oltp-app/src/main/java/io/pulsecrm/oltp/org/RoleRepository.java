package io.pulsecrm.oltp.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pulsecrm.oltp.org.UserAccount.RoleRef;
import io.pulsecrm.scope.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** app_role with its grants (role_permission, role_scope_department); lists read them in four queries. */
@Repository
class RoleRepository {

    private static final String COLUMNS = "id, code, name, description, data_scope, built_in, created_at, updated_at, version";

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Built-in roles first (in schema order), then custom roles by name. */
    List<Role> all() {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from app_role order by built_in desc, case when built_in then id end, lower(name), id")
                .query(RoleRepository::row).list();
        return complete(rows);
    }

    Optional<Role> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_role where id = :id").param("id", id)
                .query(RoleRepository::row).optional().map(row -> complete(List.of(row)).getFirst());
    }

    Optional<Role> lock(long id) {
        return jdbc.sql("select id from app_role where id = :id for update").param("id", id).query(Long.class)
                .optional().flatMap(this::find);
    }

    /** The roles among these ids that exist. */
    List<RoleRef> refs(List<Long> ids) {
        return jdbc.sql("select id, code, name from app_role where id = any(:ids) order by id")
                .param("ids", ids.toArray(Long[]::new)).query(RoleRef.class).list();
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("select exists (select 1 from app_role where lower(name) = lower(:name) and id <> :id)")
                .param("name", name).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(RoleDefinition role, Instant now) {
        long id = jdbc.sql("""
                insert into app_role (name, description, data_scope, built_in, created_at, updated_at)
                values (:name, :description, :scope, false, :now, :now) returning id
                """).param("name", role.name()).param("description", role.description(), java.sql.Types.VARCHAR)
                .param("scope", role.dataScope().name()).param("now", Timestamp.from(now)).query(Long.class).single();
        grant(id, role);
        return id;
    }

    void update(long id, RoleDefinition role, Instant now) {
        jdbc.sql("""
                update app_role set name = :name, description = :description, data_scope = :scope, updated_at = :now,
                       version = version + 1
                where id = :id
                """).param("name", role.name()).param("description", role.description(), java.sql.Types.VARCHAR)
                .param("scope", role.dataScope().name()).param("now", Timestamp.from(now)).param("id", id).update();
        jdbc.sql("delete from role_permission where role_id = :id").param("id", id).update();
        jdbc.sql("delete from role_scope_department where role_id = :id").param("id", id).update();
        grant(id, role);
    }

    private void grant(long id, RoleDefinition role) {
        jdbc.sql("insert into role_permission (role_id, permission) select :id, unnest(:permissions)")
                .param("id", id).param("permissions", role.permissions().toArray(String[]::new)).update();
        jdbc.sql("insert into role_scope_department (role_id, department_id) select :id, unnest(:departments)")
                .param("id", id).param("departments", role.departmentIds().toArray(Long[]::new)).update();
    }

    /** The departments among these ids that do not exist. */
    List<Long> missingDepartments(java.util.Collection<Long> ids) {
        return jdbc.sql("select d from unnest(:ids) d where not exists (select 1 from department where id = d) order by d")
                .param("ids", ids.toArray(Long[]::new)).query(Long.class).list();
    }

    int holders(long id) {
        return jdbc.sql("select count(*) from user_role where role_id = :id").param("id", id).query(Integer.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from app_role where id = :id").param("id", id).update();
    }

    private List<Role> complete(List<Row> rows) {
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<String>> permissions = new HashMap<>();
        jdbc.sql("select role_id, permission from role_permission where role_id = any(:ids) order by permission")
                .param("ids", ids).query((rs, n) -> permissions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        Map<Long, List<Long>> departments = new HashMap<>();
        jdbc.sql("select role_id, department_id from role_scope_department where role_id = any(:ids) order by department_id")
                .param("ids", ids).query((rs, n) -> departments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2))).list();
        Map<Long, Integer> holders = new HashMap<>();
        jdbc.sql("select role_id, count(*) from user_role where role_id = any(:ids) group by role_id")
                .param("ids", ids).query((rs, n) -> holders.put(rs.getLong(1), rs.getInt(2))).list();
        return rows.stream().map(row -> new Role(row.id(), row.code(), row.name(), row.description(),
                DataScope.valueOf(row.dataScope()), row.builtIn(),
                RoleService.SUPER_ADMIN.equals(row.code()) ? List.copyOf(PermissionCatalogue.all())
                        : permissions.getOrDefault(row.id(), List.of()),
                departments.getOrDefault(row.id(), List.of()), holders.getOrDefault(row.id(), 0),
                row.createdAt(), row.updatedAt(), row.version())).toList();
    }

    private record Row(long id, String code, String name, String description, String dataScope, boolean builtIn,
                       Instant createdAt, Instant updatedAt, int version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                rs.getString("data_scope"), rs.getBoolean("built_in"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
