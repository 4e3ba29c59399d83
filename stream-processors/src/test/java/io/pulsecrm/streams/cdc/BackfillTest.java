package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which tables need their existing rows read: those the offsets do not cover yet. */
class BackfillTest {

    private static final List<String> OLD_SET = List.of("public.opportunity", "public.department");
    private static final List<String> NEW_SET = List.of("public.opportunity", "public.department", "public.customer",
            "public.receipt");

    @TempDir
    Path dataDir;

    private Backfill backfill(List<String> tables) {
        // A PostgreSQL nobody listens on: these cases must decide without asking it.
        var config = new CdcConfig(PostgresSource.of("jdbc:postgresql://127.0.0.1:1/crm", "crm", "crm"), "127.0.0.1:1",
                tables, "slot", "pub", dataDir.resolve("offsets.dat"), Duration.ofSeconds(1), Duration.ofMillis(50), 3,
                (short) 1);
        return new Backfill(config);
    }

    @Test
    void aFreshStartNeedsNoBackfillSinceTheInitialSnapshotReadsEveryTable() throws Exception {
        backfill(NEW_SET).prepare();

        assertThat(Files.readAllLines(dataDir.resolve("offsets.dat.tables"))).containsExactlyElementsOf(NEW_SET);
    }

    @Test
    void tablesAddedSinceTheOffsetsWereWrittenAreTheOnesToRead() throws Exception {
        backfill(OLD_SET).prepare();
        Files.writeString(dataDir.resolve("offsets.dat"), "offsets of a running deployment");

        assertThat(backfill(NEW_SET).uncoveredTables()).containsExactly("public.customer", "public.receipt");
        assertThat(backfill(OLD_SET).uncoveredTables()).isEmpty();
    }

    @Test
    void aTableDroppedFromTheSetAndAddedAgainIsReadAgain() throws Exception {
        Files.writeString(dataDir.resolve("offsets.dat"), "offsets of a running deployment");
        Files.write(dataDir.resolve("offsets.dat.tables"), NEW_SET);

        backfill(OLD_SET).prepare();

        assertThat(backfill(NEW_SET).uncoveredTables()).containsExactly("public.customer", "public.receipt");
    }

    @Test
    void offsetsFromBeforeTheRecordExistedHaveEveryTableReadOnceMore() throws Exception {
        Files.writeString(dataDir.resolve("offsets.dat"), "offsets of a deployment older than the record");

        assertThat(backfill(NEW_SET).uncoveredTables()).containsExactlyElementsOf(NEW_SET);
    }
}
