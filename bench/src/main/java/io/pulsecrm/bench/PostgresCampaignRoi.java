package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.CampaignRoi;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Campaign ROI as an OLTP-only CRM computes it when the widget is looked at: the campaigns in scope running in the
 * days, then the first-touch return of each from the reps' tables — its costs and leads, the deals whose customer's
 * originating lead (else the customer itself) came from it, their approved contracts and the receipts on those
 * contracts. Parameters: the period's last day, its first, then the scope ({@link PostgresFact#owned}).
 */
final class PostgresCampaignRoi {

    private PostgresCampaignRoi() {
    }

    static final String SQL = """
            WITH picked AS (
                SELECT c.* FROM campaign c WHERE c.start_date <= ? AND c.end_date >= ? AND {scope}
            ), deal AS (
                SELECT coalesce(l.campaign_id, cu.campaign_id) AS campaign, o.id, o.amount, o.status
                FROM opportunity o
                JOIN customer cu ON cu.id = o.customer_id
                LEFT JOIN lead l ON l.id = cu.lead_id
                WHERE coalesce(l.campaign_id, cu.campaign_id) IN (SELECT id FROM picked)
            ), deals AS (
                SELECT campaign, count(*) AS n, sum(amount) AS amount, count(*) FILTER (WHERE status = 'WON') AS won,
                       coalesce(sum(amount) FILTER (WHERE status = 'WON'), 0) AS won_amount
                FROM deal GROUP BY campaign
            ), contracts AS (
                SELECT d.campaign, count(*) AS n, sum(k.total_amount) AS amount
                FROM deal d JOIN contract k ON k.opportunity_id = d.id AND k.status = 'APPROVED'
                GROUP BY d.campaign
            ), receipts AS (
                SELECT d.campaign, count(*) AS n, sum(r.amount) AS amount
                FROM deal d JOIN contract k ON k.opportunity_id = d.id JOIN receipt r ON r.contract_id = k.id
                GROUP BY d.campaign
            )
            SELECT p.id, p.name, p.channel, p.status, p.owner_id, p.owner_dept_id, p.start_date, p.end_date,
                   coalesce((SELECT sum(cc.amount) FROM campaign_cost cc WHERE cc.campaign_id = p.id), 0) AS cost,
                   (SELECT count(*) FROM lead ld WHERE ld.campaign_id = p.id) AS leads,
                   coalesce(m.n, 0), coalesce(m.amount, 0), coalesce(m.won, 0), coalesce(m.won_amount, 0),
                   coalesce(k.n, 0), coalesce(k.amount, 0), coalesce(r.n, 0), coalesce(r.amount, 0)
            FROM picked p
            LEFT JOIN deals m ON m.campaign = p.id
            LEFT JOIN contracts k ON k.campaign = p.id
            LEFT JOIN receipts r ON r.campaign = p.id
            ORDER BY p.start_date DESC, p.id DESC""";

    static CampaignRoi row(ResultSet rs) throws SQLException {
        return new CampaignRoi(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6), rs.getObject(7, java.time.LocalDate.class), rs.getObject(8, java.time.LocalDate.class),
                money(rs, 9), rs.getLong(10), rs.getLong(11), money(rs, 12), rs.getLong(13), money(rs, 14),
                rs.getLong(15), money(rs, 16), rs.getLong(17), money(rs, 18));
    }

    private static BigDecimal money(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2);
    }
}
