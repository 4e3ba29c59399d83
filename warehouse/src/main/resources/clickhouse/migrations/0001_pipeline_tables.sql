-- First schema of the warehouse: the facts captured from PostgreSQL (cdc.opportunity_stage,
-- cdc.opportunity), the pipeline aggregate (analytics.pipeline_by_stage) and the sink's progress.
--
-- Facts and aggregates are ReplacingMergeTree keyed by the entity id with version = source LSN
-- (or the derived aggregate version), so any replay converges; read them with FINAL.
-- No PARTITION BY: these tables are small, and a partition key taken from a column that changes
-- (updated_at, stage) would split the versions of one id over partitions that never merge.
-- non_replicated_deduplication_window lets the sink's insert_deduplication_token drop a batch
-- that is retried after a crash.
-- Every statement is idempotent (IF NOT EXISTS): a migration interrupted halfway is re-run whole.

CREATE TABLE IF NOT EXISTS opportunity_stage
(
    id             Int64,
    name           String,
    position       Int32,
    win_rate       Decimal(5, 2) COMMENT 'percent 0-100',
    created_at     DateTime64(3, 'UTC'),
    updated_at     DateTime64(3, 'UTC'),
    entity_version Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version        UInt64 COMMENT 'source LSN of the change',
    is_deleted     UInt8,
    commit_ts      DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at    DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS opportunity
(
    id                  Int64,
    name                String,
    amount              Decimal(18, 2),
    stage_id            Int64,
    status              LowCardinality(String) COMMENT 'OPEN | WON | LOST',
    lost_reason         Nullable(String),
    expected_close_date Nullable(Date),
    created_at          DateTime64(3, 'UTC'),
    updated_at          DateTime64(3, 'UTC'),
    closed_at           Nullable(DateTime64(3, 'UTC')),
    entity_version      Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version             UInt64 COMMENT 'source LSN of the change',
    is_deleted          UInt8,
    commit_ts           DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at         DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS pipeline_by_stage
(
    stage_id        Int64,
    open_count      Int64,
    open_amount     Decimal(18, 2),
    weighted_amount Decimal(18, 2) COMMENT 'sum of amount x win_rate / 100',
    version         UInt64 COMMENT 'max(previous.version + 1, LSN of the change)',
    commit_ts       DateTime64(3, 'UTC') COMMENT 'commit time of the change that produced this row',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version)
ORDER BY stage_id
SETTINGS non_replicated_deduplication_window = 1000;

-- One row per table after every batch; the dashboards poll it to notice new data cheaply.
CREATE TABLE IF NOT EXISTS sink_progress
(
    table_name     LowCardinality(String),
    updated_at     DateTime64(3, 'UTC') COMMENT 'when the sink wrote the batch (sink clock)',
    last_commit_ts DateTime64(3, 'UTC') COMMENT 'newest source commit time in the batch',
    last_version   UInt64 COMMENT 'highest version in the batch',
    batch_rows     UInt32
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY table_name;
