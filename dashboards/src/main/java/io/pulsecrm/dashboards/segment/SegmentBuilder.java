package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.access.ViewerAccess;
import io.pulsecrm.dashboards.drilldown.InvalidParameters;
import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.segment.RuleInvalid;
import io.pulsecrm.warehouse.query.SegmentCatalogQueries.SavedSegment;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The segment builder's reads: the viewer's scope is resolved from the organization on every call (never from the
 * request), then every count and list is read inside it, so a preview's sample, a segment's members and the ids
 * handed to a campaign's target list are exactly the customers its counts count.
 */
@Service
class SegmentBuilder {

    /** The days segmentation counts in: the stream's CRM_SEGMENT_ZONE default, as the contract says. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int SAMPLE_SIZE = 10;
    static final int LIST_LIMIT = 200;
    /** oltp-app takes at most this many customers per target-list request. */
    static final int MAX_TARGETS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SegmentBuilder.class);

    private final SegmentWarehouse warehouse;
    private final ViewerAccess access;
    private final Clock clock;

    SegmentBuilder(SegmentWarehouse warehouse, ViewerAccess access) {
        this.warehouse = warehouse;
        this.access = access;
        this.clock = Clock.system(ZONE);
    }

    record Listed(SavedSegment segment, long members) {
    }

    record Preview(LocalDate evaluatedOn, long count, List<SegmentCustomer> sample) {
    }

    record MemberIds(long segmentId, List<Long> ids, boolean truncated) {
    }

    List<Listed> segments(Viewer viewer) {
        return segments(scopeOf(viewer));
    }

    /** The segments whose owner is in the scope, each with its current members in the scope. */
    List<Listed> segments(ViewerScope scope) {
        List<SavedSegment> segments = warehouse.segments(scope, LIST_LIMIT);
        Map<Long, Long> counts = warehouse.memberCounts(segments.stream().map(SavedSegment::id).toList(), scope);
        return segments.stream().map(s -> new Listed(s, counts.getOrDefault(s.id(), 0L))).toList();
    }

    Listed segment(Viewer viewer, long id) {
        ViewerScope scope = scopeOf(viewer);
        SavedSegment segment = warehouse.segment(id, scope).orElseThrow(() -> new SegmentNotFound(id));
        return new Listed(segment, warehouse.memberCounts(List.of(id), scope).getOrDefault(id, 0L));
    }

    /** @param body {@code {"rule": …}}; an invalid rule → 400 naming each problem's path from {@code rule} */
    Preview preview(Viewer viewer, JsonNode body) {
        Rule rule = parse(body == null ? null : body.get("rule"));
        ViewerScope scope = scopeOf(viewer);
        LocalDate today = LocalDate.now(clock);
        long count = warehouse.previewCount(rule, today, scope);
        List<SegmentCustomer> sample = count == 0 ? List.of() : warehouse.previewSample(rule, today, scope, SAMPLE_SIZE);
        log.debug("Preview for user {}: {} customers", viewer.userId(), count);
        return new Preview(today, count, sample);
    }

    MemberIds memberIds(Viewer viewer, long id) {
        ViewerScope scope = scopeOf(viewer);
        warehouse.segment(id, scope).orElseThrow(() -> new SegmentNotFound(id));
        List<Long> ids = warehouse.memberIds(id, scope, MAX_TARGETS + 1);
        boolean truncated = ids.size() > MAX_TARGETS;
        return new MemberIds(id, truncated ? ids.subList(0, MAX_TARGETS) : ids, truncated);
    }

    /** The segment (404 unless in scope) and the scope its members are read in. */
    ViewerScope checkedScope(Viewer viewer, long id) {
        ViewerScope scope = scopeOf(viewer);
        warehouse.segment(id, scope).orElseThrow(() -> new SegmentNotFound(id));
        return scope;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Rule parse(JsonNode rule) {
        if (rule == null || rule.isNull() || rule.isMissingNode()) {
            throw new InvalidParameters(List.of(new InvalidParameters.Problem("rule", "required")));
        }
        try {
            return Rule.parse(rule);
        } catch (RuleInvalid e) {
            throw new InvalidParameters(e.errors().stream()
                    .map(error -> new InvalidParameters.Problem(error.path(), "rule", error.message())).toList());
        }
    }

    private ViewerScope scopeOf(Viewer viewer) {
        return WarehouseUnavailable.read(() -> access.scopeOf(viewer));
    }
}
