package io.pulsecrm.warehouse.sink;

import java.util.Map;

/** Which table a topic feeds, with its mapper and INSERT statement. */
record Route(String table, String insertSql, RecordMapper mapper) {

    static Map<String, Route> forTopics(SinkTopics topics) {
        return Map.of(
                topics.pipelineByStage(), new Route(PipelineByStageRow.TABLE, PipelineByStageRow.INSERT, PipelineByStageRow.MAPPER),
                topics.opportunity(), new Route(OpportunityRow.TABLE, OpportunityRow.INSERT, OpportunityRow.MAPPER),
                topics.opportunityStage(), new Route(OpportunityStageRow.TABLE, OpportunityStageRow.INSERT, OpportunityStageRow.MAPPER));
    }
}
