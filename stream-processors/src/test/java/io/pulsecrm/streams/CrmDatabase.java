package io.pulsecrm.streams;

import io.pulsecrm.localstack.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The captured tables on the fixture's PostgreSQL, created with plain SQL matching the schema of
 * docs/architecture.md (oltp-app's Flyway owns the real one), and the writes the tests make.
 */
public record CrmDatabase(Postgres pg) {

    public static CrmDatabase on(Postgres pg) throws SQLException {
        var db = new CrmDatabase(pg);
        db.sql("""
                create table if not exists opportunity_stage (
                    id bigserial primary key, name varchar(64) not null unique, position integer not null,
                    win_rate numeric(5, 2) not null check (win_rate between 0 and 100),
                    created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
                    version integer not null default 0)""");
        db.sql("""
                create table if not exists opportunity (
                    id bigserial primary key, name varchar(200) not null,
                    amount numeric(18, 2) not null check (amount >= 0),
                    stage_id bigint not null references opportunity_stage (id) on delete restrict,
                    status varchar(8) not null default 'OPEN' check (status in ('OPEN', 'WON', 'LOST')),
                    lost_reason varchar(500), expected_close_date date,
                    created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
                    closed_at timestamptz, version integer not null default 0)""");
        db.sql("""
                create table if not exists opportunity_stage_move (
                    id bigserial primary key,
                    opportunity_id bigint not null references opportunity (id) on delete cascade,
                    from_stage_id bigint not null references opportunity_stage (id),
                    to_stage_id bigint not null references opportunity_stage (id),
                    moved_at timestamptz not null)""");
        return db;
    }

    public long insertStage(String name, String winRate) throws SQLException {
        return insertReturningId("insert into opportunity_stage (name, position, win_rate) values (?, 1, "
                + winRate + ") returning id", name);
    }

    public long insertOpportunity(String name, String amount, long stageId) throws SQLException {
        return insertReturningId("insert into opportunity (name, amount, stage_id) values (?, " + amount + ", "
                + stageId + ") returning id", name);
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
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
