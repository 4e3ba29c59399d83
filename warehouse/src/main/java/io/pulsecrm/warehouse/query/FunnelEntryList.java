package io.pulsecrm.warehouse.query;

/**
 * The entries behind one step's figure, for a drill-down: the rows {@link FunnelQueries#entriesPerStep} counts for the
 * step (the same {@link FunnelFilter#CONDITION}, so the list's total is the figure), one per entry, newest first. An
 * entry names the entity that entered: the customer a lead became for its CUSTOMER entry, else the lead, customer or
 * deal itself, with its name from the mirrors as they are now.
 */
final class FunnelEntryList {

    private static final String STEP = FunnelFilter.CONDITION + "\n      AND to_step = ? AND to_stage_id = ?";

    private static final String KIND = "if(to_step = 'CUSTOMER' AND customer_id IS NOT NULL, 'CUSTOMER', entity_type)";
    private static final String ID = "if(to_step = 'CUSTOMER' AND customer_id IS NOT NULL, assumeNotNull(customer_id), entity_id)";

    /** Parameters: the filter's, then the step and stage. */
    static final String COUNT = "SELECT count() FROM funnel_transition FINAL WHERE " + STEP;

    /** Parameters: the zone of the days, the filter's, the step and stage, then limit and offset. */
    static final String PAGE = """
            SELECT e.kind, e.id, toString(toDate(e.at, ?)) AS day, e.owner_id, nullIf(u.display_name, '') AS owner_name,
                   nullIf(n.name, '') AS title
            FROM
            (
                SELECT %s AS kind, %s AS id, at, owner_id, fact_id FROM funnel_transition FINAL
                WHERE %s
                ORDER BY at DESC, fact_id DESC
                LIMIT ? OFFSET ?
            ) AS e
            LEFT JOIN (SELECT id, display_name FROM org_user FINAL WHERE is_deleted = 0) AS u ON u.id = e.owner_id
            LEFT JOIN
            (
                SELECT 'LEAD' AS kind, id, ifNull(company, '') AS name FROM lead FINAL WHERE is_deleted = 0
                UNION ALL SELECT 'CUSTOMER' AS kind, id, name FROM customer FINAL WHERE is_deleted = 0
                UNION ALL SELECT 'OPPORTUNITY' AS kind, id, name FROM opportunity FINAL WHERE is_deleted = 0
            ) AS n ON n.kind = e.kind AND n.id = e.id
            ORDER BY e.at DESC, e.fact_id DESC
            """.formatted(KIND, ID, STEP);

    private FunnelEntryList() {}

    /** oltp-app's client route of an entity kind. */
    static String linkKind(String kind) {
        return switch (kind) {
            case "LEAD" -> "leads";
            case "CUSTOMER" -> "customers";
            default -> "opportunities";
        };
    }
}
