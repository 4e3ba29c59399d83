package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.board.SinkWatermarks;
import io.pulsecrm.warehouse.query.SinkProgress;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A warehouse the web tests control: what the sink "wrote" last (the deals' watermark moves), whether ClickHouse
 * answers, and how often it was asked. The real one is exercised by the *IT tests on the local stack.
 */
public class FakePipelineWarehouse implements PipelineWarehouse, SinkWatermarks {

    private static final AtomicLong TOKENS = new AtomicLong();

    private volatile SinkProgress.Watermark deals;
    private volatile SinkProgress.Watermark organization;
    /** Watermarks of other tables (the segment builder's), moved by {@link #tableMoved}. */
    private final Map<String, SinkProgress.Watermark> others = new ConcurrentHashMap<>();
    private volatile List<StageFigures> rows = List.of();
    private volatile boolean down;
    private volatile ViewerScope lastScope;
    private final AtomicInteger figureQueries = new AtomicInteger();
    private final AtomicInteger watermarkQueries = new AtomicInteger();

    /** New rows reached ClickHouse: the deals' watermark moves, with this newest commit time. */
    public void sinkWrote(Instant dataTime, StageFigures... stages) {
        rows = List.of(stages);
        deals = new SinkProgress.Watermark("opportunity", Instant.now(), dataTime, TOKENS.incrementAndGet(), stages.length);
        down = false;
    }

    /** A role, department, user or session changed: logins and scopes are checked again. */
    public void organizationChanged() {
        organization = new SinkProgress.Watermark("org_user", Instant.now(), Instant.now(), TOKENS.incrementAndGet(), 1);
    }

    /** New rows of any other table reached ClickHouse. */
    public void tableMoved(String table) {
        others.put(table, new SinkProgress.Watermark(table, Instant.now(), Instant.now(), TOKENS.incrementAndGet(), 1));
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
    public Map<String, SinkProgress.Watermark> latest() {
        watermarkQueries.incrementAndGet();
        failIfDown();
        Map<String, SinkProgress.Watermark> marks = new HashMap<>(others);
        if (deals != null) {
            marks.put("opportunity", deals);
        }
        if (organization != null) {
            marks.put("org_user", organization);
        }
        return marks;
    }

    private void failIfDown() {
        if (down) {
            throw new WarehouseUnavailable("fake ClickHouse is down", null);
        }
    }
}
