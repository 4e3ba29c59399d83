package io.pulsecrm.warehouse.query;

import io.pulsecrm.warehouse.query.sales.FactRecord;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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
            SELECT c.id, c.name, c.channel, c.status, c.owner_id, c.owner_dept_id, toString(c.start_date),
                   toString(c.end_date), r.cost, r.leads, r.opportunities, r.opportunity_amount, r.won, r.won_amount,
                   r.contracts, r.contract_amount, r.receipts, r.received
            FROM
            (
                SELECT id, name, channel, status, owner_id, owner_dept_id, start_date, end_date FROM campaign FINAL
                WHERE %s
            ) AS c
            LEFT JOIN
            (
                SELECT campaign_id, cost, leads, opportunities, opportunity_amount, won, won_amount, contracts,
                       contract_amount, receipts, received
                FROM campaign_roi FINAL
                WHERE model = ?
            ) AS r ON r.campaign_id = c.id
            ORDER BY c.start_date DESC, c.id DESC
            """.formatted(CampaignFilter.CONDITION);

    private static final String CREDIT_TOTALS = "SELECT count() AS n, sum(f_amount) AS amount FROM (%s)";

    // The page is cut before the owners' names are joined. Dates as text.
    private static final String CREDIT_PAGE = """
            SELECT p.f_id AS id, toString(p.f_day) AS day, p.f_amount AS amount, p.f_owner AS owner_id,
                   nullIf(u.display_name, '') AS owner_name, p.f_title AS title, p.f_link_kind AS link_kind,
                   p.f_link_id AS link_id
            FROM (SELECT * FROM (%s) ORDER BY f_day DESC, f_id DESC LIMIT ? OFFSET ?) AS p
            LEFT JOIN (SELECT id, display_name FROM org_user FINAL WHERE is_deleted = 0) AS u ON u.id = p.f_owner
            ORDER BY p.f_day DESC, p.f_id DESC
            """;

    private final DataSource dataSource;
    private final ZoneId zone;

    /** @param dataSource connections on the warehouse database ({@link io.pulsecrm.warehouse.ClickHouseDataSources#create}) */
    public CampaignRoiQueries(DataSource dataSource) {
        this(dataSource, SalesFactQueries.SHANGHAI);
    }

    /** @param zone where the days of timestamps (a lead's creation, a deal's close) are taken */
    public CampaignRoiQueries(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /**
     * Every live campaign the viewer's scope covers, newest start first, with its figures under {@code model}; a
     * campaign nothing was credited to yet shows zeros (and no ROI while it cost nothing).
     */
    public List<CampaignRoi> roiByCampaign(AttributionModel model, ViewerScope viewer) {
        return roiByCampaign(model, CampaignFilter.inScope(viewer.scope()));
    }

    /** The campaigns the filter shows (see {@link CampaignFilter}), newest start first, each with its whole return. */
    public List<CampaignRoi> roiByCampaign(AttributionModel model, CampaignFilter filter) {
        Objects.requireNonNull(model, "model");
        return read("campaign ROI by campaign", ROI_BY_CAMPAIGN, q -> q.setString(filter.bind(q, 1), model.column()), rs -> {
            List<CampaignRoi> campaigns = new ArrayList<>();
            while (rs.next()) {
                campaigns.add(new CampaignRoi(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), LocalDate.parse(rs.getString(7)), LocalDate.parse(rs.getString(8)),
                        money(rs, 9), rs.getLong(10), rs.getLong(11), money(rs, 12), rs.getLong(13), money(rs, 14),
                        rs.getLong(15), money(rs, 16), rs.getLong(17), money(rs, 18)));
            }
            return campaigns;
        });
    }

    /**
     * Page {@code page} (from 0) of {@code size} of the records behind one figure of a campaign under {@code model}
     * (see {@link CampaignCredit}), newest day first, with their count and amount: the figure in {@code campaign_roi}.
     * A campaign the filter does not show lists nothing (its period aside: a campaign's figures are of all time).
     */
    public FactRecords credited(CampaignCredit credit, AttributionModel model, long campaignId, CampaignFilter filter,
            int page, int size) {
        Objects.requireNonNull(model, "model");
        CampaignFilter anyTime = new CampaignFilter(filter.scope(), null, null, filter.departments(), filter.ownerId());
        String credited = credit.rows(model);
        FactTotals totals = read("campaign " + credit + " totals", CREDIT_TOTALS.formatted(credited),
                q -> bindRows(q, 1, credit, model, campaignId, anyTime), rs -> {
                    rs.next();
                    return new FactTotals(rs.getLong(1), money(rs, 2));
                });
        long offset = (long) page * size;
        if (offset >= totals.count()) {
            return new FactRecords(totals, List.of());
        }
        List<FactRecord> items = read("campaign " + credit + " records", CREDIT_PAGE.formatted(credited), q -> {
            int next = bindRows(q, 1, credit, model, campaignId, anyTime);
            q.setInt(next++, size);
            q.setLong(next, offset);
        }, rs -> {
            List<FactRecord> rows = new ArrayList<>();
            while (rs.next()) {
                long owner = rs.getLong("owner_id");
                rows.add(new FactRecord(rs.getLong("id"), rs.getString("title"), null,
                        LocalDate.parse(rs.getString("day")), money(rs, 3), owner == 0 ? null : owner,
                        rs.getString("owner_name"), rs.getString("link_kind"), rs.getLong("link_id")));
            }
            return rows;
        });
        return new FactRecords(totals, items);
    }

    private int bindRows(PreparedStatement q, int first, CampaignCredit credit, AttributionModel model, long campaignId,
            CampaignFilter filter) throws SQLException {
        int i = first;
        if (credit.dayInZone()) {
            q.setString(i++, zone.getId());
        }
        for (int n = 0; n < credit.campaignParameters(model); n++) {
            q.setLong(i++, campaignId);
        }
        q.setLong(i++, campaignId);
        return filter.bind(q, i);
    }

    private interface Binder {
        void bind(PreparedStatement query) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T read(String what, String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            binder.bind(query);
            try (ResultSet rs = query.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException(what, e);
        }
    }

    /** A campaign without a row reads as zeros (ClickHouse's join default, or NULL under join_use_nulls). */
    private static BigDecimal money(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }
}
