package io.pulsecrm.warehouse.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Which rows of {@code opportunity FINAL} are a viewer's open deals: live, OPEN, and everything, or owned by an owner
 * in scope, or attributed to a department in scope (the owner's department at the time of the deal's last change), or
 * a deal on whose team the viewer is — oltp-app's rule (owner in scope or viewer on the record's team) applied to the
 * facts. One text and one binding for the chart and its drill-down, so that a stage's figures and the deals listed
 * behind them can never disagree. The scope is chosen by the server and bound as parameters, never spliced in.
 *
 * <p>The team is read in the same statement, from the current {@code org_record_team_member} rows: no list of deal
 * ids travels between queries or is kept between requests, so a member removed in oltp-app loses the deal on the first
 * read after the sink wrote the removal. Unlike owner and department, it is the team as it is now, not at the time of
 * the deal's last change, as oltp-app has it.
 */
final class OpenDealsInScope {

    /** A WHERE condition with four parameters, bound by {@link #bind}. */
    static final String CONDITION = "is_deleted = 0 AND status = 'OPEN'\n      AND "
            + OwnedInScope.condition("id", "OPPORTUNITY");

    private OpenDealsInScope() {
    }

    /** Binds {@link #CONDITION}'s parameters from {@code first} on; returns the index of the next parameter. */
    static int bind(PreparedStatement query, int first, ViewerScope viewer) throws SQLException {
        return OwnedInScope.bind(query, first, viewer);
    }
}
