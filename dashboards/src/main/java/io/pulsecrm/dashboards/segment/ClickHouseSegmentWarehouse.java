package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.warehouse.query.MembershipDay;
import io.pulsecrm.warehouse.query.SegmentAudience;
import io.pulsecrm.warehouse.query.SegmentCatalogQueries;
import io.pulsecrm.warehouse.query.SegmentCatalogQueries.SavedSegment;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import io.pulsecrm.warehouse.query.SegmentQueries;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** {@link SegmentWarehouse} on the warehouse library's segment queries: no SQL of our own. */
@Component
class ClickHouseSegmentWarehouse implements SegmentWarehouse {

    private final SegmentQueries counts;
    private final SegmentAudience audience;
    private final SegmentCatalogQueries catalog;

    ClickHouseSegmentWarehouse(SegmentQueries counts, SegmentAudience audience, SegmentCatalogQueries catalog) {
        this.counts = counts;
        this.audience = audience;
        this.catalog = catalog;
    }

    @Override
    public List<SavedSegment> segments(ViewerScope scope, int limit) {
        return WarehouseUnavailable.read(() -> catalog.segments(scope, limit));
    }

    @Override
    public Optional<SavedSegment> segment(long id, ViewerScope scope) {
        return WarehouseUnavailable.read(() -> catalog.segment(id, scope));
    }

    @Override
    public Map<Long, Long> memberCounts(List<Long> segmentIds, ViewerScope scope) {
        return WarehouseUnavailable.read(() -> catalog.memberCounts(segmentIds, scope));
    }

    @Override
    public long previewCount(Rule rule, LocalDate evaluationDate, ViewerScope scope) {
        return WarehouseUnavailable.read(() -> counts.previewCount(rule, evaluationDate, scope));
    }

    @Override
    public List<SegmentCustomer> previewSample(Rule rule, LocalDate evaluationDate, ViewerScope scope, int limit) {
        return WarehouseUnavailable.read(() -> audience.previewSample(rule, evaluationDate, scope, limit));
    }

    @Override
    public List<MembershipDay> trend(long segmentId, ViewerScope scope, LocalDate from, LocalDate to, ZoneId zone) {
        return WarehouseUnavailable.read(() -> counts.membershipTrend(segmentId, scope, from, to, zone));
    }

    @Override
    public void members(long segmentId, ViewerScope scope, int limit, Consumer<SegmentCustomer> each) {
        WarehouseUnavailable.read(() -> {
            audience.members(segmentId, scope, limit, each);
            return null;
        });
    }

    @Override
    public List<Long> memberIds(long segmentId, ViewerScope scope, int limit) {
        return WarehouseUnavailable.read(() -> audience.memberIds(segmentId, scope, limit));
    }
}
