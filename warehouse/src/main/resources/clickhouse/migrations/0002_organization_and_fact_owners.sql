-- The organization, replicated from PostgreSQL by CDC, so that the dashboards resolve a viewer's data
-- scope from ClickHouse alone (cdc.department, cdc.app_user, cdc.app_role, cdc.user_role,
-- cdc.role_scope_department, cdc.role_permission), and the login sessions (cdc.user_session), so
-- that a logout or a revoked session is refused by the dashboards within seconds.
--
-- Same rules as 0001: ReplacingMergeTree(version, is_deleted) with version = source LSN, keyed by the
-- primary key of the PostgreSQL table (the whole row for the join tables), read with FINAL; a delete
-- is a row with is_deleted = 1. No PARTITION BY: a handful of rows per user.
-- Password hashes and signing keys are never captured and have no table here.
--
-- Facts carry their owner: opportunity gets the owner and the owner's department at the time of the
-- change (V3 in PostgreSQL), the customer and the campaign.
-- Every statement is idempotent (IF NOT EXISTS): a migration interrupted halfway is re-run whole.

CREATE TABLE IF NOT EXISTS org_department
(
    id             Int64,
    parent_id      Nullable(Int64) COMMENT 'null for the one top department',
    name           String,
    position       Int32,
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

-- No e-mail or phone: contact details are not captured (stream-processors excludes the columns).
CREATE TABLE IF NOT EXISTS org_user
(
    id             Int64,
    username       String,
    display_name   String,
    title          Nullable(String),
    department_id  Int64,
    manager_id     Nullable(Int64) COMMENT 'the direct superior (SELF_AND_SUBORDINATES)',
    enabled        Bool,
    locale         LowCardinality(String),
    successor_id   Nullable(Int64),
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

CREATE TABLE IF NOT EXISTS org_role
(
    id             Int64,
    code           Nullable(String) COMMENT 'built-in roles only, e.g. SUPER_ADMIN',
    name           String,
    data_scope     LowCardinality(String) COMMENT 'SELF | SELF_AND_SUBORDINATES | DEPT | DEPT_AND_CHILDREN | CUSTOM | ALL',
    built_in       Bool,
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

CREATE TABLE IF NOT EXISTS org_user_role
(
    user_id     Int64,
    role_id     Int64,
    version     UInt64 COMMENT 'source LSN of the change',
    is_deleted  UInt8,
    commit_ts   DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (user_id, role_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS org_role_scope_department
(
    role_id       Int64,
    department_id Int64,
    version       UInt64 COMMENT 'source LSN of the change',
    is_deleted    UInt8,
    commit_ts     DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (role_id, department_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS org_role_permission
(
    role_id     Int64,
    permission  LowCardinality(String) COMMENT '<module>:<action>, e.g. dashboard:view',
    version     UInt64 COMMENT 'source LSN of the change',
    is_deleted  UInt8,
    commit_ts   DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (role_id, permission)
SETTINGS non_replicated_deduplication_window = 1000;

-- Ids and times only (where a session came from is not captured). A session long past its expiry can
-- never be valid again, so its rows are dropped a week later instead of piling up with every login.
CREATE TABLE IF NOT EXISTS org_user_session
(
    id          UUID,
    user_id     Int64,
    created_at  DateTime64(3, 'UTC'),
    expires_at  DateTime64(3, 'UTC'),
    revoked_at  Nullable(DateTime64(3, 'UTC')),
    version     UInt64 COMMENT 'source LSN of the change',
    is_deleted  UInt8,
    commit_ts   DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
TTL toDateTime(expires_at) + INTERVAL 7 DAY
SETTINGS non_replicated_deduplication_window = 1000;

-- 0 for rows written before this migration: they belong to no viewer's scope until they change again
-- (or the topic is replayed); every change event since V3 carries the owner.
ALTER TABLE opportunity ADD COLUMN IF NOT EXISTS owner_id Int64 DEFAULT 0 COMMENT 'owner at the time of the change';
ALTER TABLE opportunity ADD COLUMN IF NOT EXISTS owner_dept_id Int64 DEFAULT 0 COMMENT 'department of the owner at the time of the change';
ALTER TABLE opportunity ADD COLUMN IF NOT EXISTS customer_id Nullable(Int64);
ALTER TABLE opportunity ADD COLUMN IF NOT EXISTS campaign_id Nullable(Int64) COMMENT 'the campaign that sourced the deal';
