package io.pulsecrm.dashboards.drilldown;

/** The stage a drill-down names does not exist (or was deleted): 404, as the chart has no figure for it. */
public class StageNotFound extends RuntimeException {

    private final long stageId;

    public StageNotFound(long stageId) {
        super("no stage " + stageId);
        this.stageId = stageId;
    }

    public long stageId() {
        return stageId;
    }
}
