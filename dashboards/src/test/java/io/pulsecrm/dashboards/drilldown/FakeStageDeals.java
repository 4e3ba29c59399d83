package io.pulsecrm.dashboards.drilldown;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.StageDeals;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stages and their deals as the web tests set them, and what was asked last. The real reads run in the *IT tests. */
public class FakeStageDeals implements StageDealsWarehouse {

    /** What the drill-down asked the warehouse for. */
    public record Asked(long stageId, ViewerScope scope, int page, int size) {
    }

    private final Map<Long, StageDeals> stages = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile Asked asked;

    /** The page the warehouse answers for this stage, whatever page is asked. */
    public void answer(StageDeals page) {
        stages.put(page.stageId(), page);
        down = false;
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public Asked asked() {
        return asked;
    }

    @Override
    public Optional<StageDeals> openDealsOfStage(long stageId, ViewerScope scope, int page, int size) {
        asked = new Asked(stageId, scope, page, size);
        if (down) {
            throw new WarehouseUnavailable("fake ClickHouse is down", null);
        }
        return Optional.ofNullable(stages.get(stageId));
    }
}
