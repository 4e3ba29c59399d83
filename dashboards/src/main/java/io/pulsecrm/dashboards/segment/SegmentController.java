package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import io.pulsecrm.dashboards.drilldown.InvalidParameters;
import io.pulsecrm.dashboards.drilldown.PageParameters;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The segment builder's reads (permission {@code segment:view}, checked by the security setup): the viewer's segments
 * with their member counts, one segment with its rule, the live preview of a rule being built, the membership trend and
 * the member ids a campaign's target list is filled with. Saving is oltp-app's (the page calls it directly).
 */
@RestController
@RequestMapping(path = "/api/v1/segments", produces = MediaType.APPLICATION_JSON_VALUE)
class SegmentController {

    /** oltp-app's client-side route of a customer (its static/app/js/routes.js). */
    static final String CUSTOMER_PATH = "/app/customers/";

    private final SegmentBuilder builder;
    private final TrendChart trend;
    private final JsonMapper json;
    private final DashboardsProperties properties;

    SegmentController(SegmentBuilder builder, TrendChart trend, JsonMapper json, DashboardsProperties properties) {
        this.builder = builder;
        this.trend = trend;
        this.json = json;
        this.properties = properties;
    }

    record SegmentView(long id, String name, JsonNode rule, long ownerId, String ownerName, int version,
                       Instant updatedAt, long members) {
    }

    record SegmentList(List<SegmentView> items) {
    }

    record Customer(long id, String name, String ownerName, String level, String industry, String region,
                    String lifecycleStage, Instant since, String link) {
    }

    record PreviewView(LocalDate evaluatedOn, long count, List<Customer> sample) {
    }

    @GetMapping
    ResponseEntity<SegmentList> list(@AuthenticationPrincipal Viewer viewer) {
        return fresh(new SegmentList(builder.segments(viewer).stream().map(this::view).toList()));
    }

    @GetMapping("/{id}")
    ResponseEntity<SegmentView> one(@AuthenticationPrincipal Viewer viewer, @PathVariable String id) {
        return fresh(view(builder.segment(viewer, segmentId(id))));
    }

    /** Body {@code {"rule": …}}: the count and a sample of the customers the rule would hold, in the viewer's scope. */
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PreviewView> preview(@AuthenticationPrincipal Viewer viewer, @RequestBody(required = false) JsonNode body) {
        SegmentBuilder.Preview preview = builder.preview(viewer, body);
        return fresh(new PreviewView(preview.evaluatedOn(), preview.count(),
                preview.sample().stream().map(this::customer).toList()));
    }

    @GetMapping("/{id}/member-ids")
    ResponseEntity<SegmentBuilder.MemberIds> memberIds(@AuthenticationPrincipal Viewer viewer, @PathVariable String id) {
        return fresh(builder.memberIds(viewer, segmentId(id)));
    }

    /** {@code days} 7–366 (default 30), ending today: the members at each day's end, entries and exits. */
    @GetMapping("/{id}/trend")
    ResponseEntity<TrendChart.View> trend(@AuthenticationPrincipal Viewer viewer, @PathVariable String id,
            @RequestParam(required = false) String days, Locale locale) {
        long segment = segmentId(id);
        long span = days == null ? 30 : PageParameters.number(days);
        if (span < 7 || span > 366) {
            throw new InvalidParameters(List.of(new InvalidParameters.Problem("days", "between", "7", "366")));
        }
        return fresh(trend.of(viewer, segment, (int) span, locale));
    }

    Customer customer(SegmentCustomer c) {
        return new Customer(c.customerId(), c.name(), c.ownerName(), c.level(), c.industry(), c.region(),
                c.lifecycleStage(), c.since(), properties.oltpUrl(CUSTOMER_PATH + c.customerId()));
    }

    private SegmentView view(SegmentBuilder.Listed listed) {
        return view(listed, json);
    }

    static SegmentView view(SegmentBuilder.Listed listed, JsonMapper json) {
        var s = listed.segment();
        return new SegmentView(s.id(), s.name(), json.readTree(s.rule()), s.ownerId(), s.ownerName(), s.entityVersion(),
                s.updatedAt(), listed.members());
    }

    /** A path id that is no positive whole number names {@code id} in a 400, like every parameter. */
    static long segmentId(String id) {
        long value = PageParameters.number(id);
        if (value < 1) {
            throw new InvalidParameters(List.of(new InvalidParameters.Problem("id", "positiveInteger")));
        }
        return value;
    }

    private static <T> ResponseEntity<T> fresh(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
