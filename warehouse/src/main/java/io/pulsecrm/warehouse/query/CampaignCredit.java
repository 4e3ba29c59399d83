package io.pulsecrm.warehouse.query;

/**
 * The records behind one figure of a campaign's return, read from the mirrors with the stream's attribution rule
 * ({@code CampaignRoiTopology}), so a drill-down lists exactly what {@code campaign_roi} counted:
 * <ul>
 *   <li>a deal is credited under last touch to its own {@code campaign_id}; under first touch to its customer's first
 *       touch — the campaign of the live lead named by {@code customer.lead_id} when it has one, else the customer's
 *       own {@code campaign_id} — and only while that customer is live;</li>
 *   <li>contracts and receipts reach a campaign only through their deal: APPROVED contracts on a credited deal;
 *       receipts on a live contract of a credited deal, whatever its status;</li>
 *   <li>leads belong to their own {@code campaign_id} under both models.</li>
 * </ul>
 * Deleted rows never count. Each constant is a fixed SQL text over one mirror; values are bound.
 */
public enum CampaignCredit {

    /** {@code leads}, by the day they were created. */
    LEADS("lead", "toDate(created_at, ?)", "toDecimal64(0, 2)", "ifNull(company, '')", "'leads'", "id",
            "campaign_id = ?"),
    /** {@code opportunities} and {@code opportunityAmount}: every credited deal, by the day it was created. */
    OPPORTUNITIES("opportunity", "toDate(created_at, ?)", "amount", "name", "'opportunities'", "id", "id IN (%s)"),
    /** {@code won} and {@code wonAmount}: the credited deals WON, by the day they closed. */
    WON("opportunity", "toDate(ifNull(closed_at, updated_at), ?)", "amount", "name", "'opportunities'", "id",
            "status = 'WON' AND id IN (%s)"),
    /** {@code contracts} and {@code contractAmount}: APPROVED contracts of credited deals, by {@code signed_on}. */
    CONTRACTS("contract", "signed_on", "total_amount", "concat(number, ' ', name)", "'contracts'", "id",
            "status = 'APPROVED' AND opportunity_id IN (%s)"),
    /** {@code receipts} and {@code received}: receipts on live contracts of credited deals, by {@code received_on}. */
    RECEIPTS("receipt", "received_on", "amount", "number", "'contracts'", "contract_id",
            "contract_id IN (SELECT id FROM contract FINAL WHERE is_deleted = 0 AND opportunity_id IN (%s))");

    /** The deals credited to one campaign, last touch: one parameter, the campaign. */
    static final String LAST_TOUCH_DEALS = "SELECT id FROM opportunity FINAL WHERE is_deleted = 0 AND campaign_id = ?";

    /** The deals credited to one campaign, first touch: two parameters, the campaign twice. */
    static final String FIRST_TOUCH_DEALS = """
            SELECT id FROM opportunity FINAL WHERE is_deleted = 0 AND customer_id IN
                (SELECT id FROM customer FINAL WHERE is_deleted = 0 AND (
                    lead_id IN (SELECT id FROM lead FINAL WHERE is_deleted = 0 AND campaign_id = ?)
                    OR (campaign_id = ? AND (lead_id IS NULL OR lead_id NOT IN
                        (SELECT id FROM lead FINAL WHERE is_deleted = 0 AND campaign_id IS NOT NULL)))))""";

    private final String table;
    private final String day;
    private final String amount;
    private final String title;
    private final String linkKind;
    private final String linkId;
    private final String condition;

    CampaignCredit(String table, String day, String amount, String title, String linkKind, String linkId,
            String condition) {
        this.table = table;
        this.day = day;
        this.amount = amount;
        this.title = title;
        this.linkKind = linkKind;
        this.linkId = linkId;
        this.condition = condition;
    }

    /** Whether the day is a timestamp's, taken in a zone (its first parameter). */
    boolean dayInZone() {
        return day.contains("?");
    }

    /** How many times the campaign is bound in {@link #rows}'s own condition under {@code model}. */
    int campaignParameters(AttributionModel model) {
        if (this == LEADS) {
            return 1;
        }
        return model == AttributionModel.LAST_TOUCH ? 1 : 2;
    }

    /**
     * The rows ({@code f_id, f_day, f_amount, f_owner, f_title, f_link_kind, f_link_id}) credited to a campaign.
     * Parameters: the zone when {@link #dayInZone}, the campaign {@link #campaignParameters} times, the campaign once
     * more, then {@link CampaignFilter#CONDITION}'s: the campaign must be one the filter shows.
     */
    String rows(AttributionModel model) {
        String deals = model == AttributionModel.LAST_TOUCH ? LAST_TOUCH_DEALS : FIRST_TOUCH_DEALS;
        return "SELECT id AS f_id, " + day + " AS f_day, " + amount + " AS f_amount, owner_id AS f_owner, " + title
                + " AS f_title, " + linkKind + " AS f_link_kind, " + linkId + " AS f_link_id\nFROM " + table
                + " FINAL\nWHERE is_deleted = 0 AND " + condition.formatted(deals)
                + "\n  AND ? IN (SELECT id FROM campaign FINAL WHERE " + CampaignFilter.CONDITION + ")";
    }
}
