package io.pulsecrm.streams.cdc;

import io.pulsecrm.streams.KafkaTopics;
import java.io.IOException;
import java.sql.SQLException;

/**
 * What must hold before Debezium may start, checked in order: PostgreSQL reachable with logical
 * decoding, the captured tables present, the offsets belonging to this database, the topics in Kafka, and
 * the rows of newly captured tables asked for ({@link Backfill}).
 * Each blocker comes with a sentence for the log and for {@code /health}.
 */
final class CdcPrerequisites {

    record Blocker(CdcEngine.Status status, String reason) {}

    private CdcPrerequisites() {}

    /** Null when the engine may start. */
    static Blocker check(CdcConfig config) throws InterruptedException {
        PostgresPreflight.Result pg;
        try {
            pg = PostgresPreflight.check(config);
        } catch (SQLException e) {
            return new Blocker(CdcEngine.Status.WAITING_FOR_POSTGRES, "PostgreSQL " + config.postgres().describe()
                    + " is not reachable yet: " + e.getMessage());
        }
        if (!"logical".equals(pg.walLevel())) {
            return new Blocker(CdcEngine.Status.WAITING_FOR_POSTGRES, "PostgreSQL runs with wal_level="
                    + pg.walLevel() + "; CDC needs wal_level=logical (restart PostgreSQL with it)");
        }
        if (!pg.missingTables().isEmpty()) {
            return new Blocker(CdcEngine.Status.WAITING_FOR_TABLES, "captured tables " + pg.missingTables()
                    + " do not exist yet (oltp-app's Flyway migrations create them)");
        }
        try {
            String mismatch = new SourceIdentity(config.offsetsFile()).verify(pg.sourceId());
            if (mismatch != null) {
                return new Blocker(CdcEngine.Status.SOURCE_CHANGED, mismatch);
            }
        } catch (IOException e) {
            return new Blocker(CdcEngine.Status.SOURCE_CHANGED, "cannot record the source next to the offsets: " + e);
        }
        try {
            KafkaTopics.ensure(config.kafkaBootstrap(), config.topics(), config.topicPartitions(),
                    config.replicationFactor(), KafkaTopics.COMPACTED);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return new Blocker(CdcEngine.Status.WAITING_FOR_KAFKA, "Kafka " + config.kafkaBootstrap()
                    + " is not reachable yet: " + e);
        }
        try {
            new Backfill(config).prepare();
        } catch (SQLException | IOException e) {
            return new Blocker(CdcEngine.Status.WAITING_FOR_POSTGRES, "cannot ask for the backfill of newly "
                    + "captured tables: " + e.getMessage());
        }
        return null;
    }
}
