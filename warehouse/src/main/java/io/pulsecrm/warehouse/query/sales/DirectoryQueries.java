package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The replicated departments and users with their names (FINAL, no deleted rows, no cache). */
public final class DirectoryQueries {

    static final String DEPARTMENTS = """
            SELECT id, parent_id, name, position FROM org_department FINAL WHERE is_deleted = 0 ORDER BY position, id
            """;

    static final String PEOPLE = """
            SELECT id, display_name, department_id, enabled FROM org_user FINAL WHERE is_deleted = 0
            ORDER BY display_name, id
            """;

    private final DataSource dataSource;

    public DirectoryQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Both read in one connection. */
    public OrgDirectory directory() {
        try (Connection c = dataSource.getConnection()) {
            List<OrgDirectory.Department> departments = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(DEPARTMENTS); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong("parent_id");
                    departments.add(new OrgDirectory.Department(rs.getLong("id"), rs.wasNull() ? null : parent,
                            rs.getString("name"), rs.getInt("position")));
                }
            }
            List<OrgDirectory.Person> people = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(PEOPLE); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    people.add(new OrgDirectory.Person(rs.getLong("id"), rs.getString("display_name"),
                            rs.getLong("department_id"), rs.getBoolean("enabled")));
                }
            }
            return new OrgDirectory(departments, people);
        } catch (SQLException e) {
            throw new WarehouseQueryException("directory", e);
        }
    }
}
