-- The managers' dashboard reads every fact over a range of days (dashboards/README.md, "Figures"; SalesFactQueries):
-- with the tables ordered by id alone, each read scanned the whole table (measured by `./crm bench dashboards`).
-- The sort keys must stay (id): a day or an owner can change, and ReplacingMergeTree only folds the versions of a row
-- that share the whole sort key. But ids are PostgreSQL sequences, handed out as the records are made, so a granule of
-- ids spans a short stretch of created_at, signed_on, received_on, occurred_at: a minmax index per granule on the day
-- column lets a month's read skip the granules of other months, FINAL included (use_skip_indexes_if_final, on by
-- default since 25.x, exact mode: ranges of other parts that share the key are read too, so no version is lost).
-- A timestamp column is indexed as it is; the queries' toDate(column, zone) is monotonic, so the index serves it.
-- MATERIALIZE builds the index for the rows already there (a mutation; new parts get it when written).
-- Every statement is idempotent: a migration interrupted halfway is re-run whole.

ALTER TABLE customer ADD INDEX IF NOT EXISTS ix_customer_created_at created_at TYPE minmax GRANULARITY 1;
ALTER TABLE customer MATERIALIZE INDEX ix_customer_created_at;

ALTER TABLE contact ADD INDEX IF NOT EXISTS ix_contact_created_at created_at TYPE minmax GRANULARITY 1;
ALTER TABLE contact MATERIALIZE INDEX ix_contact_created_at;

ALTER TABLE opportunity ADD INDEX IF NOT EXISTS ix_opportunity_created_at created_at TYPE minmax GRANULARITY 1;
ALTER TABLE opportunity MATERIALIZE INDEX ix_opportunity_created_at;

ALTER TABLE contract ADD INDEX IF NOT EXISTS ix_contract_signed_on signed_on TYPE minmax GRANULARITY 1;
ALTER TABLE contract MATERIALIZE INDEX ix_contract_signed_on;

ALTER TABLE receipt ADD INDEX IF NOT EXISTS ix_receipt_received_on received_on TYPE minmax GRANULARITY 1;
ALTER TABLE receipt MATERIALIZE INDEX ix_receipt_received_on;

ALTER TABLE follow_up ADD INDEX IF NOT EXISTS ix_follow_up_occurred_at occurred_at TYPE minmax GRANULARITY 1;
ALTER TABLE follow_up MATERIALIZE INDEX ix_follow_up_occurred_at;

ALTER TABLE pool_event ADD INDEX IF NOT EXISTS ix_pool_event_occurred_at occurred_at TYPE minmax GRANULARITY 1;
ALTER TABLE pool_event MATERIALIZE INDEX ix_pool_event_occurred_at;
