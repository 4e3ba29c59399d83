package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Campaign ROI for the dashboards, from the {@code campaign_roi} aggregate of the stream processors, read with FINAL.
 *
 * <p>Scope: a campaign is visible when its owner or its owner's department is in the viewer's scope, or the scope is
 * everything (campaigns have no record teams). Its figures are the campaign's whole return, whoever owns the deals
 * credited to it: the scope chooses campaigns, not deals. The campaign's current owner and department come from the
 * {@code campaign} mirror in the same statement, so a transferred campaign moves with the next read.
 */
public final class CampaignRoiQueries {

    static final String ROI_BY_CAMPAIGN = """
            SELECT c.id, c.name, c.channel, c.status, c.owner_id, c.owner_dept_id,
                   r.cost, r.leads, r.opportunities, r.opportunity_amount, r.won, r.won_amount,
                   r.contracts, r.contract_amount, r.receipts, r.received
            FROM campaign AS c FINAL
            LEFT JOIN
            (
                SELECT campaign_id, cost, leads, opportunities, opportunity_amount, won, won_amount, contracts,
                       contract_amount, receipts, received
                FROM campaign_roi FINAL
                WHERE model = ?
            ) AS r ON r.campaign_id = c.id
            WHERE c.is_deleted = 0 AND (? = 1 OR has(?, c.owner_id) OR has(?, c.owner_dept_id))
            ORDER BY c.start_date DESC, c.id DESC
            """;

    private final DataSource dataSource;

    /** @param dataSource connections on the warehouse database ({@link io.pulsecrm.warehouse.ClickHouseDataSources#create}) */
    public CampaignRoiQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every live campaign the viewer's scope covers, newest start first, with its figures under {@code model}; a
     * campaign nothing was credited to yet shows zeros (and no ROI while it cost nothing).
     */
    public List<CampaignRoi> roiByCampaign(AttributionModel model, ViewerScope viewer) {
        Objects.requireNonNull(model, "model");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(ROI_BY_CAMPAIGN)) {
            query.setString(1, model.column());
            query.setInt(2, viewer.scope().all() ? 1 : 0);
            query.setObject(3, List.copyOf(viewer.scope().owners()));
            query.setObject(4, List.copyOf(viewer.scope().departments()));
            List<CampaignRoi> campaigns = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    campaigns.add(new CampaignRoi(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), money(rs, 7), rs.getLong(8), rs.getLong(9), money(rs, 10),
                            rs.getLong(11), money(rs, 12), rs.getLong(13), money(rs, 14), rs.getLong(15),
                            money(rs, 16)));
                }
            }
            return campaigns;
        } catch (SQLException e) {
            throw new WarehouseQueryException("campaign ROI by campaign", e);
        }
    }

    /** A campaign without a row reads as zeros (ClickHouse's join default, or NULL under join_use_nulls). */
    private static BigDecimal money(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }
}
