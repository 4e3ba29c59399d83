package io.pulsecrm.dashboards.board;

import java.util.List;
import java.util.Locale;

/**
 * One widget of the managers' dashboard. A widget is its figures (read through a warehouse query helper for the
 * viewer's scope and filters), its chart (an option built on the server, texts translated there), and the tables whose
 * new rows change it. Registering a Spring bean of this type is all it takes to appear in the dashboard API, the page's
 * first load and the live feed: the feed reads a widget again only when one of its tables moved, once per distinct
 * scope and filters.
 *
 * @param <F> the figures, sent to the browser as {@code rows} next to the option (with what a click drills into)
 */
public interface Widget<F> {

    /** Also the name of its event in the stream: {@code pipeline}, {@code brief}, … */
    String id();

    /** The tables its figures are read from: their newest commit time is shown as the widget's "last updated". */
    List<String> sourceTables();

    /**
     * Tables whose new rows change which rows the viewer sees, though not how new the data is: the record teams by
     * default (team membership grants a record).
     */
    default List<String> visibilityTables() {
        return List.of("org_record_team_member");
    }

    /**
     * The page whose streams show it: the managers' dashboard by default. Another page (the segment builder) names its
     * own board and subscribes to it, so its figures ride the same feed without being on the dashboard.
     */
    default String board() {
        return Widgets.DASHBOARD;
    }

    /** @throws io.pulsecrm.dashboards.pipeline.WarehouseUnavailable when ClickHouse cannot answer */
    F read(WidgetQuery query);

    /** The ECharts option as JSON, or null for a widget of figures only. */
    String optionJson(F figures, Locale locale);
}
