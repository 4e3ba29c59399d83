package io.pulsecrm.dashboards.segment;

import io.pulsecrm.segment.Rule;
import io.pulsecrm.warehouse.query.MembershipDay;
import io.pulsecrm.warehouse.query.SegmentCatalogQueries.SavedSegment;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the segment builder reads from ClickHouse, always within a scope the server resolved.
 * Every method throws {@link io.pulsecrm.dashboards.pipeline.WarehouseUnavailable} when ClickHouse cannot answer.
 */
interface SegmentWarehouse {

    List<SavedSegment> segments(ViewerScope scope, int limit);

    Optional<SavedSegment> segment(long id, ViewerScope scope);

    Map<Long, Long> memberCounts(List<Long> segmentIds, ViewerScope scope);

    long previewCount(Rule rule, LocalDate evaluationDate, ViewerScope scope);

    List<SegmentCustomer> previewSample(Rule rule, LocalDate evaluationDate, ViewerScope scope, int limit);

    List<MembershipDay> trend(long segmentId, ViewerScope scope, LocalDate from, LocalDate to, ZoneId zone);

    void members(long segmentId, ViewerScope scope, int limit, Consumer<SegmentCustomer> each);

    List<Long> memberIds(long segmentId, ViewerScope scope, int limit);
}
