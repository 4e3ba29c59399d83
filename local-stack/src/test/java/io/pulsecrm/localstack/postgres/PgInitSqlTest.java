package io.pulsecrm.localstack.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgInitSqlTest {

    @Test
    void createsRoleCrmWithLoginAndReplicationForDebeziumsSlot() {
        assertThat(PgInitSql.createRole()).isEqualTo("CREATE ROLE crm LOGIN REPLICATION PASSWORD 'crm'");
    }

    @Test
    void createsDatabaseCrmOwnedByRoleCrm() {
        assertThat(PgInitSql.createDatabase()).isEqualTo("CREATE DATABASE crm OWNER crm");
    }

    @Test
    void scriptRunsTheRoleBeforeTheDatabaseThenTheStatisticsInsideIt() {
        assertThat(PgInitSql.script()).isEqualTo("""
                CREATE ROLE crm LOGIN REPLICATION PASSWORD 'crm';
                CREATE DATABASE crm OWNER crm;
                CREATE DATABASE crm_bench OWNER crm;
                \\connect crm
                CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
                GRANT pg_read_all_stats TO crm;
                """);
    }

    @Test
    void scriptHasNoTransactionBlockForCreateDatabase() {
        assertThat(PgInitSql.script()).doesNotContainIgnoringCase("BEGIN").doesNotContainIgnoringCase("COMMIT");
    }
}
