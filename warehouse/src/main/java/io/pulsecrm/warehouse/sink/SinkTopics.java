package io.pulsecrm.warehouse.sink;

import java.util.ArrayList;
import java.util.List;

/**
 * The topics the sink reads and the one it dead-letters to (names from docs/architecture.md): the pipeline
 * aggregate, the other aggregates of {@link Routes#ANALYTICS} (fixed names), {@code <cdcPrefix><table>} for each
 * captured PostgreSQL table of {@link Routes#CAPTURED}, and the dead-letter topic. Tests give each run a prefix of its
 * own.
 */
public record SinkTopics(String pipelineByStage, String cdcPrefix, String deadLetter) {

    public static final SinkTopics DEFAULT = new SinkTopics("analytics.pipeline_by_stage", "cdc.", "dlq.warehouse");

    /** The topic of one captured PostgreSQL table. */
    public String cdc(String table) {
        return cdcPrefix + table;
    }

    /** An analytics topic besides the pipeline's ({@link Routes#ANALYTICS}): {@code analytics.<name>}. */
    public String analytics(String name) {
        return "analytics." + name;
    }

    public String opportunity() {
        return cdc("opportunity");
    }

    public String opportunityStage() {
        return cdc("opportunity_stage");
    }

    public List<String> consumed() {
        List<String> topics = new ArrayList<>();
        topics.add(pipelineByStage);
        Routes.CAPTURED.keySet().forEach(table -> topics.add(cdc(table)));
        Routes.ANALYTICS.keySet().forEach(name -> topics.add(analytics(name)));
        return topics;
    }

    public List<String> all() {
        List<String> topics = new ArrayList<>(consumed());
        topics.add(deadLetter);
        return topics;
    }
}
