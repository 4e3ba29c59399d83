-- The sales forecast, computed by stream-processors' ForecastTopology (docs/architecture.md, "Kafka topics"):
-- the weighted pipeline by close month, owner, department, status and stage (analytics.forecast_pipeline), its daily
-- snapshots (analytics.forecast_snapshot) and the receivables, payment plans against their receipts
-- (analytics.receivable).
--
-- Aggregates are keyed by their dimensions, facts by their id; version is the derived version of the topic's values
-- (source LSN based), so any replay converges; read with FINAL. weighted_amount is exact (amount x win rate / 100 has
-- at most 6 decimals): sum it, then round once. No PARTITION BY on the current tables: their rows change. A snapshot
-- row's day never changes, so snapshots are partitioned by the month of that day.
-- Every statement is idempotent (IF NOT EXISTS): a migration interrupted halfway is re-run whole.

CREATE TABLE IF NOT EXISTS forecast_pipeline
(
    close_month     UInt32 COMMENT 'yyyyMM: expected close date (OPEN; 0 = none) or closed_at in the forecast zone (WON)',
    owner_id        Int64,
    owner_dept_id   Int64 COMMENT 'department of the owner as on the deal',
    status          LowCardinality(String) COMMENT 'OPEN | WON',
    stage_id        Int64,
    category        LowCardinality(String) COMMENT 'PIPELINE | BEST_CASE | COMMIT (the stage''s, OPEN) | CLOSED (WON)',
    deals           Int64,
    amount          Decimal(18, 2),
    weighted_amount Decimal(38, 6) COMMENT 'exact: amount x win rate / 100 (OPEN), amount (WON)',
    version         UInt64 COMMENT 'max(previous.version + 1, LSN of the change)',
    commit_ts       DateTime64(3, 'UTC') COMMENT 'commit time of the change that produced this row',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (close_month, owner_id, owner_dept_id, status, stage_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS forecast_snapshot
(
    snapshot_date   Date COMMENT 'the day (forecast zone) the cell was taken',
    close_month     UInt32,
    owner_id        Int64,
    owner_dept_id   Int64,
    status          LowCardinality(String) COMMENT 'OPEN | WON',
    stage_id        Int64,
    category        LowCardinality(String) COMMENT 'PIPELINE | BEST_CASE | COMMIT | CLOSED',
    deals           Int64,
    amount          Decimal(18, 2),
    weighted_amount Decimal(38, 6),
    version         UInt64 COMMENT 'the highest LSN the cell reflects: a same-day re-emission with newer figures replaces',
    commit_ts       DateTime64(3, 'UTC') COMMENT 'when the snapshot was taken (wall clock)',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(snapshot_date)
ORDER BY (snapshot_date, close_month, owner_id, owner_dept_id, status, stage_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS receivable
(
    plan_id       Int64,
    contract_id   Int64,
    owner_id      Int64,
    owner_dept_id Int64 COMMENT 'as on the payment plan (it follows its contract on a transfer)',
    due_date      Date,
    amount        Decimal(18, 2),
    receipts      Int64 COMMENT 'receipts linked to the plan',
    received      Decimal(18, 2) COMMENT 'sum of those receipts, counted in the stream',
    outstanding   Decimal(18, 2) COMMENT 'amount - received; ageing is computed when read, relative to a given day',
    version       UInt64 COMMENT 'max(previous.version + 1, LSN of the change)',
    is_deleted    UInt8,
    commit_ts     DateTime64(3, 'UTC'),
    inserted_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY plan_id
SETTINGS non_replicated_deduplication_window = 1000;
