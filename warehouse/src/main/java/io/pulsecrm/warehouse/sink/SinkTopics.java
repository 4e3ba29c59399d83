package io.pulsecrm.warehouse.sink;

import java.util.List;

/** The topics the sink reads and the one it dead-letters to (names from docs/architecture.md). */
public record SinkTopics(String pipelineByStage, String opportunity, String opportunityStage, String deadLetter) {

    public static final SinkTopics DEFAULT = new SinkTopics(
            "analytics.pipeline_by_stage", "cdc.opportunity", "cdc.opportunity_stage", "dlq.warehouse");

    public List<String> consumed() {
        return List.of(pipelineByStage, opportunity, opportunityStage);
    }

    public List<String> all() {
        return List.of(pipelineByStage, opportunity, opportunityStage, deadLetter);
    }
}
