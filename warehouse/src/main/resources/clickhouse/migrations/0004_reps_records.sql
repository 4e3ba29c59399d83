-- The rest of the reps' records, mirrored from PostgreSQL by CDC (cdc.<table>, same table names, none clashes):
-- what funnel, segmentation, campaign ROI, forecast, reconciliation and the managers' sales brief start from.
--
-- Same rules as 0001/0002: ReplacingMergeTree(version, is_deleted) with version = source LSN, ORDER BY id (the
-- PostgreSQL primary key), read with FINAL; a delete is a row with is_deleted = 1. Entity tables keep the row's
-- created_at, updated_at and optimistic lock (entity_version); campaign_cost and pool_event are written once and
-- have their own time only. Owned records keep owner_id and owner_dept_id as the PostgreSQL row holds them (the
-- owner's department when created or transferred), Nullable where PostgreSQL allows a pooled customer or a contact
-- without holder. Money Decimal(18, 2), dates Date, timestamps DateTime64(3, 'UTC'), Nullable exactly where
-- PostgreSQL allows NULL. Personal data (phones, e-mails, addresses, names and titles of persons, remarks, notes,
-- descriptions, follow-up content) is not captured and has no column here.
-- No PARTITION BY: a partition key from a column that changes would keep versions of one id from merging.
-- Every statement is idempotent (IF NOT EXISTS): a migration interrupted halfway is re-run whole.

CREATE TABLE IF NOT EXISTS campaign
(
    id             Int64,
    name           String,
    channel        LowCardinality(String) COMMENT 'SEARCH | SOCIAL | EMAIL | EVENT | EXHIBITION | REFERRAL | WEBSITE | ADVERTISING | TELEMARKETING | OTHER',
    status         LowCardinality(String) COMMENT 'PLANNED | ACTIVE | ENDED | CANCELLED',
    budget         Decimal(18, 2),
    start_date     Date,
    end_date       Date,
    owner_id       Int64,
    owner_dept_id  Int64 COMMENT 'department of the owner when created or transferred',
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

CREATE TABLE IF NOT EXISTS campaign_cost
(
    id          Int64,
    campaign_id Int64,
    amount      Decimal(18, 2),
    incurred_on Date,
    created_by  Int64,
    created_at  DateTime64(3, 'UTC'),
    version     UInt64 COMMENT 'source LSN of the change',
    is_deleted  UInt8,
    commit_ts   DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

-- A pooled customer has no owner: owner_id and owner_dept_id NULL, pool_entered_at set.
CREATE TABLE IF NOT EXISTS customer
(
    id                Int64,
    name              String,
    industry          LowCardinality(Nullable(String)),
    level             LowCardinality(String) COMMENT 'KEY | NORMAL | SMALL',
    region            LowCardinality(Nullable(String)),
    source            LowCardinality(Nullable(String)) COMMENT 'a campaign channel',
    campaign_id       Nullable(Int64) COMMENT 'first touch: the campaign that sourced the customer',
    lead_id           Nullable(Int64),
    deal_status       LowCardinality(String) COMMENT 'NONE | DEAL (ever signed an approved contract)',
    locked            Bool,
    owner_id          Nullable(Int64),
    owner_dept_id     Nullable(Int64) COMMENT 'department of the owner when claimed, assigned or transferred',
    owned_since       Nullable(DateTime64(3, 'UTC')),
    pool_entered_at   Nullable(DateTime64(3, 'UTC')),
    last_follow_up_at Nullable(DateTime64(3, 'UTC')),
    last_deal_at      Nullable(DateTime64(3, 'UTC')),
    next_contact_at   Nullable(DateTime64(3, 'UTC')),
    created_by        Int64,
    created_at        DateTime64(3, 'UTC'),
    updated_at        DateTime64(3, 'UTC'),
    entity_version    Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version           UInt64 COMMENT 'source LSN of the change',
    is_deleted        UInt8,
    commit_ts         DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at       DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS contact
(
    id             Int64,
    customer_id    Int64,
    is_primary     Bool,
    owner_id       Nullable(Int64) COMMENT 'the holder; reached through the customer when NULL',
    owner_dept_id  Nullable(Int64),
    created_by     Int64,
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

CREATE TABLE IF NOT EXISTS lead
(
    id                    Int64,
    company               Nullable(String),
    industry              LowCardinality(Nullable(String)),
    region                LowCardinality(Nullable(String)),
    source                LowCardinality(String) COMMENT 'a campaign channel',
    campaign_id           Nullable(Int64),
    status                LowCardinality(String) COMMENT 'NEW | QUALIFIED | CONVERTED | INVALID',
    next_contact_at       Nullable(DateTime64(3, 'UTC')),
    last_follow_up_at     Nullable(DateTime64(3, 'UTC')),
    qualified_at          Nullable(DateTime64(3, 'UTC')),
    converted_at          Nullable(DateTime64(3, 'UTC')),
    converted_customer_id Nullable(Int64),
    owner_id              Int64,
    owner_dept_id         Int64 COMMENT 'department of the owner when created or transferred',
    created_by            Int64,
    created_at            DateTime64(3, 'UTC'),
    updated_at            DateTime64(3, 'UTC'),
    entity_version        Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version               UInt64 COMMENT 'source LSN of the change',
    is_deleted            UInt8,
    commit_ts             DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at           DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS follow_up
(
    id              Int64,
    subject_type    LowCardinality(String) COMMENT 'LEAD | CUSTOMER | CONTACT | OPPORTUNITY | CONTRACT',
    subject_id      Int64,
    customer_id     Nullable(Int64) COMMENT 'the customer it belongs under; NULL for a lead not yet converted',
    kind            LowCardinality(String) COMMENT 'COMMUNICATION | LOG | SCHEDULE | TASK | APPROVAL',
    method          LowCardinality(Nullable(String)) COMMENT 'PHONE | EMAIL | VISIT | SMS | OTHER',
    occurred_at     DateTime64(3, 'UTC'),
    next_contact_at Nullable(DateTime64(3, 'UTC')),
    owner_id        Int64,
    owner_dept_id   Int64,
    created_at      DateTime64(3, 'UTC'),
    updated_at      DateTime64(3, 'UTC'),
    entity_version  Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version         UInt64 COMMENT 'source LSN of the change',
    is_deleted      UInt8,
    commit_ts       DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS contract
(
    id              Int64,
    number          String COMMENT 'HT-yyyyMMdd-NNNN',
    name            String,
    customer_id     Int64,
    opportunity_id  Nullable(Int64),
    status          LowCardinality(String) COMMENT 'DRAFT | PENDING_APPROVAL | APPROVED | REJECTED | CANCELLED',
    signed_on       Date,
    start_date      Nullable(Date),
    end_date        Nullable(Date),
    total_amount    Decimal(18, 2) COMMENT 'sum of the lines',
    received_amount Decimal(18, 2) COMMENT 'sum of the receipts',
    flow_id         Nullable(Int64),
    current_step    Nullable(Int32),
    submitted_at    Nullable(DateTime64(3, 'UTC')),
    decided_at      Nullable(DateTime64(3, 'UTC')),
    owner_id        Int64,
    owner_dept_id   Int64 COMMENT 'department of the owner when created or transferred',
    created_by      Int64,
    created_at      DateTime64(3, 'UTC'),
    updated_at      DateTime64(3, 'UTC'),
    entity_version  Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version         UInt64 COMMENT 'source LSN of the change',
    is_deleted      UInt8,
    commit_ts       DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS payment_plan
(
    id              Int64,
    contract_id     Int64,
    seq             Int32,
    amount          Decimal(18, 2),
    due_date        Date,
    method          LowCardinality(String) COMMENT 'BANK_TRANSFER | CASH | CHEQUE | ALIPAY | WECHAT | OTHER',
    reminder_days   Int32,
    received_amount Decimal(18, 2) COMMENT 'sum of the receipts linked to this plan',
    owner_id        Int64,
    owner_dept_id   Int64,
    created_at      DateTime64(3, 'UTC'),
    updated_at      DateTime64(3, 'UTC'),
    entity_version  Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version         UInt64 COMMENT 'source LSN of the change',
    is_deleted      UInt8,
    commit_ts       DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS receipt
(
    id             Int64,
    number         String COMMENT 'HK-yyyyMMdd-NNNN',
    contract_id    Int64,
    plan_id        Nullable(Int64),
    customer_id    Int64,
    amount         Decimal(18, 2),
    received_on    Date,
    method         LowCardinality(String) COMMENT 'BANK_TRANSFER | CASH | CHEQUE | ALIPAY | WECHAT | OTHER',
    owner_id       Int64,
    owner_dept_id  Int64,
    created_by     Int64,
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

-- Exactly one of user_id and department_id is set.
CREATE TABLE IF NOT EXISTS sales_target
(
    id              Int64,
    year            Int32,
    month           Int32 COMMENT '1-12',
    user_id         Nullable(Int64),
    department_id   Nullable(Int64),
    contract_amount Decimal(18, 2),
    receipt_amount  Decimal(18, 2),
    created_at      DateTime64(3, 'UTC'),
    updated_at      DateTime64(3, 'UTC'),
    entity_version  Int32 COMMENT 'optimistic-lock version of the PostgreSQL row',
    version         UInt64 COMMENT 'source LSN of the change',
    is_deleted      UInt8,
    commit_ts       DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS pool_event
(
    id                 Int64,
    customer_id        Int64,
    kind               LowCardinality(String) COMMENT 'RECYCLE | RELEASE | CLAIM | ASSIGN',
    from_owner_id      Nullable(Int64),
    from_owner_dept_id Nullable(Int64),
    to_owner_id        Nullable(Int64),
    to_owner_dept_id   Nullable(Int64),
    actor_id           Nullable(Int64) COMMENT 'NULL when the recycler moved it',
    occurred_at        DateTime64(3, 'UTC'),
    version            UInt64 COMMENT 'source LSN of the change',
    is_deleted         UInt8,
    commit_ts          DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at        DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id
SETTINGS non_replicated_deduplication_window = 1000;
