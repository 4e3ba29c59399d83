package io.pulsecrm.dashboards.segment;

import io.pulsecrm.segment.Rule;
import io.pulsecrm.warehouse.query.MembershipDay;
import io.pulsecrm.warehouse.query.SegmentCatalogQueries.SavedSegment;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A segment warehouse the web tests control: one segment owned by user {@link #OWNER}, visible to scopes that include
 * that owner (as the real query's rule), and a record of every scope and rule it was asked with.
 */
public class FakeSegmentWarehouse implements SegmentWarehouse {

    public static final long OWNER = 30, SEGMENT = 501;

    public final List<ViewerScope> askedScopes = new CopyOnWriteArrayList<>();
    public final List<Rule> askedRules = new CopyOnWriteArrayList<>();
    public volatile long previewCount = 0;
    /** The saved segment's current members in any scope that sees it. */
    public volatile long members = 2;
    public final List<SegmentCustomer> sample = new CopyOnWriteArrayList<>();

    private boolean sees(ViewerScope scope) {
        askedScopes.add(scope);
        return scope.scope().all() || scope.scope().owners().contains(OWNER);
    }

    private SavedSegment segment() {
        return new SavedSegment(SEGMENT, "高价值客户", "{\"feature\":\"level\",\"operator\":\"EQ\",\"values\":[\"KEY\"]}",
                OWNER, "肖婷", 3, java.time.Instant.parse("2025-11-24T02:00:00Z"));
    }

    public void reset() {
        askedScopes.clear();
        askedRules.clear();
        sample.clear();
        previewCount = 0;
        members = 2;
    }

    @Override
    public List<SavedSegment> segments(ViewerScope scope, int limit) {
        return sees(scope) ? List.of(segment()) : List.of();
    }

    @Override
    public Optional<SavedSegment> segment(long id, ViewerScope scope) {
        return sees(scope) && id == SEGMENT ? Optional.of(segment()) : Optional.empty();
    }

    @Override
    public Map<Long, Long> memberCounts(List<Long> segmentIds, ViewerScope scope) {
        return segmentIds.contains(SEGMENT) ? Map.of(SEGMENT, members) : Map.of();
    }

    @Override
    public long previewCount(Rule rule, LocalDate evaluationDate, ViewerScope scope) {
        askedScopes.add(scope);
        askedRules.add(rule);
        return previewCount;
    }

    @Override
    public List<SegmentCustomer> previewSample(Rule rule, LocalDate evaluationDate, ViewerScope scope, int limit) {
        askedScopes.add(scope);
        return new ArrayList<>(sample.subList(0, Math.min(limit, sample.size())));
    }

    @Override
    public List<MembershipDay> trend(long segmentId, ViewerScope scope, LocalDate from, LocalDate to, ZoneId zone) {
        List<MembershipDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new MembershipDay(day, 0, 0, 2));
        }
        return days;
    }

    @Override
    public void members(long segmentId, ViewerScope scope, int limit, Consumer<SegmentCustomer> each) {
        sample.stream().limit(limit).forEach(each);
    }

    @Override
    public List<Long> memberIds(long segmentId, ViewerScope scope, int limit) {
        return List.of(7L, 8L);
    }
}
