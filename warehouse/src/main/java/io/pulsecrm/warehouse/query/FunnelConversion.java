package io.pulsecrm.warehouse.query;

/**
 * The conversion query between two steps. Entries are followed along the journey by the ids every transition carries:
 * a lead's by {@code lead_id} (its later steps as a lead, and the CUSTOMER it became), a lead's or customer's into
 * deals by {@code customer_id} (every fact of a converted lead names its customer), a deal's by the deal's id. Which
 * column is chosen by the steps alone, from this class's constants; values are always bound.
 */
final class FunnelConversion {

    private static final String LEAD = "ifNull(lead_id, 0)";
    private static final String CUSTOMER = "ifNull(customer_id, 0)";
    private static final String DEAL = "if(entity_type = 'OPPORTUNITY', entity_id, 0)";

    private FunnelConversion() {}

    /**
     * Parameters: the filter's (on the entries into {@code from}), then from's step and stage, to's step and stage.
     * An entry without a key (0) or whose key reached nothing joins no row and gets the zero time, which
     * no entry precedes.
     */
    static String sql(FunnelStep from, FunnelStep to) {
        if (to.level() < from.level()) {
            throw new IllegalArgumentException(to + " comes before " + from + " in the journey");
        }
        String key = key(from, to);
        return """
                SELECT count() AS entered, countIf(r.last_at >= e.at) AS reached
                FROM (SELECT %1$s AS k, at FROM funnel_transition FINAL
                      WHERE %2$s AND to_step = ? AND to_stage_id = ?) AS e
                LEFT JOIN (SELECT %1$s AS k, max(at) AS last_at FROM funnel_transition FINAL
                           WHERE is_deleted = 0 AND to_step = ? AND to_stage_id = ? AND %1$s != 0 GROUP BY k) AS r
                       ON r.k = e.k
                """.formatted(key, FunnelFilter.CONDITION);
    }

    private static String key(FunnelStep from, FunnelStep to) {
        if (from.level() == 2) {
            return DEAL;
        }
        if (to.level() == 2 || from.level() == 1) {
            return CUSTOMER;
        }
        return LEAD;
    }
}
