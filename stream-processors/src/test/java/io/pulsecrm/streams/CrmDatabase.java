package io.pulsecrm.streams;

import io.pulsecrm.localstack.Postgres;
import io.pulsecrm.localstack.RepoRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The captured tables on the fixture's PostgreSQL, created by oltp-app's own Flyway migrations (the schema is
 * oltp-app's; running its scripts keeps these tests on the real shape of every captured table), and the
 * writes the tests make. Deals belong to the built-in admin, as V3 assigns deals made before owners existed.
 */
public record CrmDatabase(Postgres pg) {

    private static final Path MIGRATIONS = Path.of("oltp-app", "src", "main", "resources", "db", "migration");
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.+\\.sql");

    public static synchronized CrmDatabase on(Postgres pg) throws SQLException {
        var db = new CrmDatabase(pg);
        if (!db.exists("public.opportunity")) {
            db.migrate();
        }
        return db;
    }

    private void migrate() throws SQLException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(RepoRoot.find().resolve(MIGRATIONS))) {
            scripts = files.filter(f -> SCRIPT.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(CrmDatabase::versionOf))
                    .toList();
            for (Path script : scripts) {
                sql(Files.readString(script));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read oltp-app's migrations", e);
        }
    }

    private static int versionOf(Path script) {
        Matcher m = SCRIPT.matcher(script.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private boolean exists(String table) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    public long insertStage(String name, String winRate) throws SQLException {
        return insertReturningId("insert into opportunity_stage (name, position, win_rate) values (?, 1, "
                + winRate + ") returning id", name);
    }

    public long insertOpportunity(String name, String amount, long stageId) throws SQLException {
        return insertReturningId("insert into opportunity (name, amount, stage_id, owner_id, owner_dept_id, created_by) "
                + "select ?, " + amount + ", " + stageId + ", u.id, u.department_id, u.id from app_user u "
                + "where u.username = 'admin' returning id", name);
    }

    /**
     * A customer of the built-in admin, with every personal column filled in (so a test can see they are not
     * captured) and level {@code NORMAL}.
     */
    public long insertCustomer(String name) throws SQLException {
        return insertReturningId("insert into customer (name, industry, level, region, phone, email, address, website, "
                + "remark, source, owner_id, owner_dept_id, owned_since, created_by) select ?, 'IT', 'NORMAL', '上海', "
                + "'13800000000', 'buyer@example.com', '上海市某路1号', 'example.com', 'likes tea', 'WEBSITE', u.id, "
                + "u.department_id, now(), u.id from app_user u where u.username = 'admin' returning id", name);
    }

    /** The first column of the first row of a query (an insert ... returning id, say), with bind parameters. */
    public long queryLong(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void sql(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }

    private long insertReturningId(String sql, String name) throws SQLException {
        return queryLong(sql, name);
    }
}
