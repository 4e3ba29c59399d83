package io.pulsecrm.warehouse.sink;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sink's routes by topic. Apart from {@link Route} because the row classes make their routes while they
 * initialise: had the catalogue been a static of {@code Route}, the first route made (say {@code ForecastRows}'s)
 * would initialise it, and it would read that row class's routes before they exist.
 */
final class Routes {

    private Routes() {}

    /** The PostgreSQL tables the sink reads from {@code cdc.<table>}, and the route of each. */
    static final Map<String, Route> CAPTURED = captured();

    /** The streams' outputs the sink reads from {@code analytics.<name>} (besides the pipeline), by name. */
    static final Map<String, Route> ANALYTICS = analytics();

    private static Map<String, Route> captured() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put("opportunity", OpportunityRow.ROUTE);
        routes.put("opportunity_stage", OpportunityStageRow.ROUTE);
        routes.put("department", OrgDepartmentRow.ROUTE);
        routes.put("app_user", OrgUserRow.ROUTE);
        routes.put("app_role", OrgRoleRow.ROUTE);
        routes.put("user_role", OrgLinkRow.Link.USER_ROLE.route());
        routes.put("role_scope_department", OrgLinkRow.Link.ROLE_SCOPE_DEPARTMENT.route());
        routes.put("role_permission", OrgLinkRow.Link.ROLE_PERMISSION.route());
        routes.put("user_session", OrgUserSessionRow.ROUTE);
        routes.put("record_team_member", OrgTeamMemberRow.ROUTE);
        // The reps' records keep their PostgreSQL names in ClickHouse: the route's table is the topic's table.
        for (Route mirrored : List.of(CustomerRow.ROUTE, ContactRow.ROUTE, LeadRow.ROUTE, FollowUpRow.ROUTE,
                ContractRow.ROUTE, PaymentPlanRow.ROUTE, ReceiptRow.ROUTE, CampaignRow.ROUTE, CampaignCostRow.ROUTE,
                SalesTargetRow.ROUTE, PoolEventRow.ROUTE, SegmentRow.ROUTE)) {
            routes.put(mirrored.table(), mirrored);
        }
        return routes;
    }

    private static Map<String, Route> analytics() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put("funnel_transition", FunnelTransitionRow.ROUTE);
        routes.put("campaign_roi", new Route(CampaignRoiRow.TABLE, CampaignRoiRow.INSERT, CampaignRoiRow.MAPPER));
        routes.put("customer_features", CustomerFeaturesRow.ROUTE);
        routes.put("segment_member", SegmentMemberRow.ROUTE);
        routes.put("segment_member_event", SegmentMemberEventRow.ROUTE);
        routes.putAll(ForecastRows.ROUTES);
        return routes;
    }

    static Map<String, Route> forTopics(SinkTopics topics) {
        Map<String, Route> routes = new HashMap<>();
        routes.put(topics.pipelineByStage(),
                new Route(PipelineByStageRow.TABLE, PipelineByStageRow.INSERT, PipelineByStageRow.MAPPER));
        CAPTURED.forEach((table, route) -> routes.put(topics.cdc(table), route));
        ANALYTICS.forEach((name, route) -> routes.put(topics.analytics(name), route));
        return Map.copyOf(routes);
    }
}
