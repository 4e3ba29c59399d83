-- Campaign ROI (analytics.campaign_roi, stream-processors' CampaignRoiTopology): per attribution model and campaign,
-- cost, leads, opportunities, won revenue, approved contracts and cash received. One row per (model, campaign_id),
-- the newest version wins (version = max(previous.version + 1, LSN of the change)); read with FINAL. A campaign
-- whose figures all left keeps a row of zeros (never a delete), so no is_deleted column.
-- ROI = (received - cost) / cost is not stored: the query helper computes it from these exact sums.
-- Every statement is idempotent (IF NOT EXISTS): a migration interrupted halfway is re-run whole.

CREATE TABLE IF NOT EXISTS campaign_roi
(
    model              LowCardinality(String) COMMENT 'first_touch (the customer''s first campaign) | last_touch (the deal''s campaign)',
    campaign_id        Int64,
    cost               Decimal(18, 2) COMMENT 'sum of campaign_cost.amount',
    leads              Int64 COMMENT 'leads with this campaign_id',
    opportunities      Int64 COMMENT 'attributed opportunities, any status',
    opportunity_amount Decimal(18, 2),
    won                Int64 COMMENT 'attributed WON opportunities',
    won_amount         Decimal(18, 2),
    contracts          Int64 COMMENT 'APPROVED contracts of attributed opportunities',
    contract_amount    Decimal(18, 2) COMMENT 'their total_amount',
    receipts           Int64 COMMENT 'receipts on contracts of attributed opportunities',
    received           Decimal(18, 2) COMMENT 'their amount (cash received)',
    version            UInt64 COMMENT 'max(previous.version + 1, LSN of the change)',
    commit_ts          DateTime64(3, 'UTC') COMMENT 'commit time of the change that produced this row',
    inserted_at        DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (model, campaign_id)
SETTINGS non_replicated_deduplication_window = 1000;
