package io.pulsecrm.streams.cdc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the CDC engine captures and where it keeps its offsets.
 *
 * @param tables          captured tables as {@code schema.table}; each goes to topic {@code cdc.<table>}
 * @param offsetsFile     Debezium's source offsets; must survive restarts, or the next start re-snapshots
 * @param topicPartitions partitions of the {@code cdc.*} topics when this service creates them
 */
public record CdcConfig(
        PostgresSource postgres,
        String kafkaBootstrap,
        List<String> tables,
        String slotName,
        String publicationName,
        Path offsetsFile,
        Duration heartbeatInterval,
        Duration pollInterval,
        int topicPartitions,
        short replicationFactor) {

    /**
     * The pipeline tables, and the organization the dashboards resolve a viewer's data scope from
     * (departments, users, roles and their grants), plus the sessions, so that a logout or a revoked
     * session reaches the dashboards within seconds, and the record teams, since a team member sees the
     * record whatever their scope. Then the rest of the reps' records that funnel, segmentation, campaign ROI,
     * forecast and reconciliation are computed from: leads, customers and contacts, follow-ups, contracts with
     * their payment plans and receipts, campaigns and their costs, sales targets and the public pool's moves.
     * And marketers' segments, whose rules the segmentation evaluates on every change.
     */
    public static final List<String> DEFAULT_TABLES = List.of(
            "public.opportunity", "public.opportunity_stage", "public.opportunity_stage_move",
            "public.department", "public.app_user", "public.app_role", "public.user_role",
            "public.role_scope_department", "public.role_permission", "public.user_session",
            "public.record_team_member",
            "public.customer", "public.contact", "public.lead", "public.follow_up", "public.contract",
            "public.payment_plan", "public.receipt", "public.campaign", "public.campaign_cost",
            "public.sales_target", "public.pool_event", "public.segment");

    /** Password hashes and token signing keys: secrets never leave PostgreSQL, whatever the configuration says. */
    public static final Set<String> NEVER_CAPTURED = Set.of("public.user_credential", "public.signing_key");

    /**
     * Personal data nobody downstream needs, excluded at the source so it is never written to Kafka (compacted
     * topics would keep it for good): where a session logged in from; how to reach a person (phones, mobiles,
     * e-mails, addresses, websites); who a contact or a lead is as a person (name, job title: analytics counts
     * them by their customer, owner, source and status); and what reps typed (remarks, notes, descriptions,
     * reasons, a follow-up's content). Kept: ids, owners and departments, statuses, amounts, dates, sources,
     * campaigns, industries, regions, levels, and the names of companies, contracts and campaigns.
     */
    public static final List<String> EXCLUDED_COLUMNS = List.of(
            "public.user_session.client_ip", "public.user_session.user_agent",
            "public.app_user.email", "public.app_user.phone",
            "public.customer.phone", "public.customer.email", "public.customer.address", "public.customer.website",
            "public.customer.remark",
            "public.contact.name", "public.contact.title", "public.contact.phone", "public.contact.mobile",
            "public.contact.email", "public.contact.remark",
            "public.lead.name", "public.lead.title", "public.lead.phone", "public.lead.email", "public.lead.address",
            "public.lead.remark",
            "public.follow_up.content",
            "public.contract.remark", "public.payment_plan.remark", "public.receipt.remark",
            "public.campaign.description", "public.campaign_cost.note", "public.pool_event.reason",
            "public.segment.description");
    public static final String HEARTBEAT_TABLE = "public.cdc_heartbeat";

    /**
     * Debezium's signal table: {@link Backfill} asks for incremental snapshots here, and Debezium writes its
     * snapshot windows here. In the publication (Debezium reads signals from the WAL), never on a topic.
     */
    public static final String SIGNAL_TABLE = "public.cdc_signal";
    public static final String TOPIC_PREFIX = "cdc.";

    /** Debezium's own topic prefix; never visible outside, since the consumer routes to {@code cdc.<table>}. */
    static final String SERVER_NAME = "pulse";

    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";

    public CdcConfig {
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no tables to capture");
        }
        if (!slotName.matches(IDENTIFIER) || !publicationName.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("slot and publication names must be plain identifiers: " + slotName
                    + ", " + publicationName);
        }
        for (String table : tables) {
            if (!table.matches(IDENTIFIER + "\\." + IDENTIFIER)) {
                throw new IllegalArgumentException("captured table must be schema.table: " + table);
            }
            if (NEVER_CAPTURED.contains(table.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(table + " holds secrets and is never captured");
            }
        }
    }

    public static String topicFor(String schemaTable) {
        return TOPIC_PREFIX + schemaTable.substring(schemaTable.indexOf('.') + 1);
    }

    public List<String> topics() {
        return tables.stream().map(CdcConfig::topicFor).toList();
    }

    Properties debeziumProperties() {
        var p = new Properties();
        p.setProperty("name", "pulse-cdc");
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("topic.prefix", SERVER_NAME);

        // Offsets in a local file, flushed after every batch: the batch is only marked finished once
        // Kafka has acknowledged it, so a crash replays at most the batch in flight (never loses it).
        p.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
        p.setProperty("offset.storage.file.filename", offsetsFile.toString());
        p.setProperty("offset.flush.interval.ms", "0");

        p.setProperty("database.hostname", postgres.host());
        p.setProperty("database.port", Integer.toString(postgres.port()));
        p.setProperty("database.user", postgres.user());
        p.setProperty("database.password", postgres.password());
        p.setProperty("database.dbname", postgres.database());

        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", slotName);
        p.setProperty("slot.drop.on.stop", "false");
        p.setProperty("publication.name", publicationName);
        // filtered: the publication holds exactly table.include.list, and Debezium alters it when the list grows.
        p.setProperty("publication.autocreate.mode", "filtered");
        // The heartbeat table must be in the publication, or its writes never reach the slot and an idle
        // database keeps pinning WAL; so must the signal table, or Debezium never reads a signal or its own
        // snapshot windows. Neither has a route in CdcRouting, so neither reaches a topic.
        p.setProperty("table.include.list", String.join(",", includedTables()));
        p.setProperty("column.exclude.list", String.join(",", EXCLUDED_COLUMNS));
        // Analytics needs before-images (stage moves, deletes): FULL on every captured business table. For the
        // join tables (user_role, role_scope_department, role_permission) the primary key is the whole row, so
        // DEFAULT would give the same before-image; FULL keeps one rule for all (and gives record_team_member's
        // deletes their access column too, besides the key).
        p.setProperty("replica.identity.autoset.values",
                tables.stream().map(t -> t + ":FULL").collect(Collectors.joining(",")));
        p.setProperty("snapshot.mode", "initial");
        // A slot ahead of the stored offsets means the slot was recreated under us: changes in between
        // are gone from the WAL. Fail loudly instead of streaming on as if nothing was missed.
        p.setProperty("offset.mismatch.strategy", "trust_offset");
        p.setProperty("poll.interval.ms", Long.toString(pollInterval.toMillis()));
        p.setProperty("decimal.handling.mode", "string");
        p.setProperty("time.precision.mode", "adaptive_time_microseconds");
        p.setProperty("tombstones.on.delete", "true");

        // Backfill of tables added to a running deployment (Backfill): incremental snapshots asked for in the
        // signal table. insert_delete removes each chunk's window row when the window closes (insert_insert would
        // leave two rows per chunk: some two thousand for a million customers); chunks of 1,024 rows keep each SELECT short.
        p.setProperty("signal.enabled.channels", "source");
        p.setProperty("signal.data.collection", SIGNAL_TABLE);
        p.setProperty("incremental.snapshot.watermarking.strategy", "insert_delete");
        p.setProperty("incremental.snapshot.chunk.size", "1024");

        p.setProperty("heartbeat.interval.ms", Long.toString(heartbeatInterval.toMillis()));
        p.setProperty("heartbeat.action.query", "INSERT INTO " + HEARTBEAT_TABLE + " (id, beat_at) VALUES (1, now()) "
                + "ON CONFLICT (id) DO UPDATE SET beat_at = EXCLUDED.beat_at");

        // Plain envelope JSON on the topics (docs/architecture.md): no inline schemas.
        p.setProperty("converter.schemas.enable", "false");
        p.setProperty("key.converter.schemas.enable", "false");
        p.setProperty("value.converter.schemas.enable", "false");
        return p;
    }

    /** The publication's tables: the captured ones, and this service's own heartbeat and signal tables. */
    List<String> includedTables() {
        var all = new java.util.ArrayList<>(tables);
        all.add(HEARTBEAT_TABLE);
        all.add(SIGNAL_TABLE);
        return all;
    }
}
