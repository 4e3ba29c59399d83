-- Live segmentation (docs/architecture.md, "Segmentation"): every customer's features, the marketers' segments
-- mirrored from PostgreSQL, the current membership of each segment and its history of entries and exits.
--
-- customer_features (analytics.customer_features): one row per customer, the features as of evaluated_on; version =
-- max(previous + 1, LSN of the change). A deleted customer's last row has is_deleted = 1, so FINAL forgets it.
-- segment (cdc.segment): the mirror of PostgreSQL's segment, version = LSN, like the 0004 tables; its description is
-- not captured. segment_member (analytics.segment_member): one row per segment and customer ever evaluated a member,
-- is_member 0 after an exit; since = the time of the last entry or exit. segment_member_event
-- (analytics.segment_member_event): one row per entry or exit, keyed by what happened, so a replay writes the same
-- rows again and FINAL keeps one. Owners: the customer's owner and department when the row was written (NULL for a
-- pooled customer), the columns the data scope filters on.
-- No PARTITION BY: a partition key from a column that changes would keep versions of one key from merging.
-- Every statement is idempotent (IF NOT EXISTS): a migration interrupted halfway is re-run whole.

CREATE TABLE IF NOT EXISTS customer_features
(
    customer_id     Int64,
    owner_id        Nullable(Int64),
    owner_dept_id   Nullable(Int64),
    industry        LowCardinality(Nullable(String)),
    region          Nullable(String),
    level           LowCardinality(String) COMMENT 'KEY | NORMAL | SMALL',
    source          LowCardinality(Nullable(String)),
    lifecycle_stage LowCardinality(String) COMMENT 'POOLED | PROSPECT | IN_PIPELINE | CUSTOMER',
    last_receipt_on Nullable(Date) COMMENT 'recency_days = evaluation date - last_receipt_on',
    contract_count  UInt32 COMMENT 'contracts in status APPROVED',
    received_total  Decimal(18, 2),
    follow_ups_30d  UInt32 COMMENT 'follow-ups on evaluated_on and the 29 days before it (zone of the stream)',
    follow_ups_90d  UInt32 COMMENT 'follow-ups on evaluated_on and the 89 days before it',
    campaigns       Array(Int64) COMMENT 'sorted ids: own, converted leads, opportunities',
    campaign_count  UInt32,
    evaluated_on    Date,
    version         UInt64 COMMENT 'max(previous.version + 1, LSN of the change)',
    is_deleted      UInt8,
    commit_ts       DateTime64(3, 'UTC') COMMENT 'commit time of the change, or the start of the day re-evaluated',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY customer_id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS segment
(
    id             Int64,
    name           String,
    rule           String COMMENT 'the rule tree as JSON (segment-rules)',
    owner_id       Int64,
    owner_dept_id  Int64,
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

CREATE TABLE IF NOT EXISTS segment_member
(
    segment_id    Int64,
    customer_id   Int64,
    is_member     UInt8,
    owner_id      Nullable(Int64),
    owner_dept_id Nullable(Int64),
    since         DateTime64(3, 'UTC') COMMENT 'time of the last entry (member) or exit (not a member)',
    version       UInt64 COMMENT 'max(previous.version + 1, LSN of the change)',
    commit_ts     DateTime64(3, 'UTC'),
    inserted_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (segment_id, customer_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS segment_member_event
(
    segment_id    Int64,
    customer_id   Int64,
    kind          LowCardinality(String) COMMENT 'ENTER | EXIT',
    at            DateTime64(3, 'UTC') COMMENT 'commit time of the change, or the start of the day re-evaluated',
    owner_id      Nullable(Int64),
    owner_dept_id Nullable(Int64),
    version       UInt64 COMMENT 'the membership row version it came with',
    inserted_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (segment_id, at, customer_id, kind)
SETTINGS non_replicated_deduplication_window = 1000;
