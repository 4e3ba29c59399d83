package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The segment builder's live figures on the shared feed ({@code board.DashboardFeed}, board {@value #BOARD}): the
 * viewer's segments with their current members, the same rows as {@code GET /api/v1/segments}. The feed reads them
 * again, once per distinct scope, when a segment, its members or its membership events moved in ClickHouse, or a
 * customer did (members count only while their customer's owner is in scope); the page then also reads the open
 * segment's trend again. Not on the managers' dashboard.
 */
@Component
class SegmentsWidget implements Widget<List<SegmentController.SegmentView>> {

    static final String BOARD = "segments";

    private final SegmentBuilder builder;
    private final JsonMapper json;

    SegmentsWidget(SegmentBuilder builder, JsonMapper json) {
        this.builder = builder;
        this.json = json;
    }

    @Override
    public String id() {
        return "segments";
    }

    @Override
    public String board() {
        return BOARD;
    }

    @Override
    public List<String> sourceTables() {
        return List.of("segment", "segment_member", "segment_member_event");
    }

    @Override
    public List<String> visibilityTables() {
        return List.of("customer");
    }

    @Override
    public List<SegmentController.SegmentView> read(WidgetQuery query) {
        return builder.segments(query.scope()).stream().map(listed -> SegmentController.view(listed, json)).toList();
    }

    @Override
    public String optionJson(List<SegmentController.SegmentView> figures, Locale locale) {
        return null; // a list, no chart: the page draws the open segment's trend from its own API
    }
}
