-- Funnel transitions (analytics.funnel_transition): one row per entry of a lead, customer or opportunity into a
-- funnel step, written by the stream processors' FunnelTopology.
--
-- Sorted for the dashboards' reads, which ask for one step (and stage) over a range of days: (to_step, to_stage_id,
-- day, fact_id). Every column of that key is fixed for a fact id (the id names the step, the stage and the time), so
-- the versions of one fact always share a key and merge; a fact that no longer holds is a row with is_deleted = 1.
-- version = max(previous + 1, LSN of the change) per fact id. Read with FINAL.
CREATE TABLE IF NOT EXISTS funnel_transition
(
    fact_id         String COMMENT 'e.g. LEAD:5:QUALIFIED:1763717400000, OPPORTUNITY:7:MOVE:311',
    entity_type     LowCardinality(String) COMMENT 'LEAD | CUSTOMER | OPPORTUNITY',
    entity_id       Int64,
    from_step       LowCardinality(String) COMMENT 'empty for an entity''s first entry',
    from_stage_id   Int64 COMMENT '0 unless from_step = STAGE',
    to_step         LowCardinality(String) COMMENT 'LEAD | QUALIFIED | CUSTOMER | OPPORTUNITY | STAGE | WON | LOST | INVALID',
    to_stage_id     Int64 COMMENT '0 unless to_step = STAGE',
    at              DateTime64(3, 'UTC') COMMENT 'the row''s own time of the transition',
    owner_id        Int64 COMMENT 'owner at the time of the transition; 0 when none (pool) or not known yet',
    owner_dept_id   Int64 COMMENT 'the owner''s department at the time of the transition; 0 as owner_id',
    source          LowCardinality(Nullable(String)) COMMENT 'lead''s or customer''s source channel; NULL for deals',
    campaign_id     Nullable(Int64),
    lead_id         Nullable(Int64) COMMENT 'the lead the journey started from',
    customer_id     Nullable(Int64) COMMENT 'the customer a lead became, or a deal''s customer',
    backward        UInt8 COMMENT '1 for a stage move to a lower configured position',
    ms_in_from_step Nullable(Int64) COMMENT 'time spent in from_step; NULL when its start is unknown',
    version         UInt64 COMMENT 'max(previous.version + 1, LSN of the change) per fact_id',
    is_deleted      UInt8 COMMENT '1: the fact no longer holds (entity deleted, deal reopened, first stage corrected)',
    commit_ts       DateTime64(3, 'UTC') COMMENT 'commit time of the change that produced this row',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (to_step, to_stage_id, toDate(at), fact_id)
SETTINGS non_replicated_deduplication_window = 1000;
