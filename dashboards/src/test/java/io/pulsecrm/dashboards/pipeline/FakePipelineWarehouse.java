package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A warehouse the web tests control: what the sink "wrote" last, whether ClickHouse answers, and how
 * often it was asked. The real one is exercised by the *IT tests on the local stack.
 */
public class FakePipelineWarehouse implements PipelineWarehouse {

    private static final AtomicLong TOKENS = new AtomicLong();

    private volatile Watermark watermark = Watermark.NONE;
    private volatile List<StageFigures> rows = List.of();
    private volatile boolean down;
    private volatile ViewerScope lastScope;
    private final AtomicInteger figureQueries = new AtomicInteger();
    private final AtomicInteger watermarkQueries = new AtomicInteger();

    /** New rows reached ClickHouse: a fresh watermark. */
    public void sinkWrote(Instant dataTime, StageFigures... stages) {
        rows = List.of(stages);
        watermark = new Watermark("fake-" + TOKENS.incrementAndGet(), watermark.scopeToken(), dataTime);
        down = false;
    }

    /** A role, department, user or session changed: logins and scopes are checked again. */
    public void organizationChanged() {
        watermark = new Watermark(watermark.token(), "org-" + TOKENS.incrementAndGet(), watermark.updatedAt());
    }

    public ViewerScope lastScope() {
        return lastScope;
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public int figureQueries() {
        return figureQueries.get();
    }

    public int watermarkQueries() {
        return watermarkQueries.get();
    }

    @Override
    public List<StageFigures> openPipelineByStage(ViewerScope scope) {
        figureQueries.incrementAndGet();
        lastScope = scope;
        failIfDown();
        return rows;
    }

    @Override
    public Watermark latestWatermark() {
        watermarkQueries.incrementAndGet();
        failIfDown();
        return watermark;
    }

    private void failIfDown() {
        if (down) {
            throw new WarehouseUnavailable("fake ClickHouse is down", null);
        }
    }
}
