-- Record teams, replicated from PostgreSQL by CDC (cdc.record_team_member): the users who share a customer,
-- deal or contract with its owner. oltp-app's rule is "the owner is in the viewer's scope, or the viewer is on
-- the record's team"; the dashboards need the team half to apply the same rule to the facts.
--
-- Same rules as 0002's join tables: ReplacingMergeTree(version, is_deleted) with version = source LSN, keyed
-- by the primary key of the PostgreSQL table (entity_type, entity_id, user_id), read with FINAL; a removed
-- member is a row with is_deleted = 1. Only what visibility needs: who added the member and when stay in
-- PostgreSQL. The key starts with the user because the one read is "the records of this viewer's teams", as
-- oltp-app's index ix_team_member_user (user_id, entity_type, entity_id) serves it there.
-- Every statement is idempotent (IF NOT EXISTS): a migration interrupted halfway is re-run whole.

CREATE TABLE IF NOT EXISTS org_record_team_member
(
    user_id     Int64,
    entity_type LowCardinality(String) COMMENT 'CUSTOMER | OPPORTUNITY | CONTRACT',
    entity_id   Int64 COMMENT 'id of the customer, opportunity or contract',
    access      LowCardinality(String) COMMENT 'READ | WRITE; either makes the record visible to the member',
    version     UInt64 COMMENT 'source LSN of the change',
    is_deleted  UInt8,
    commit_ts   DateTime64(3, 'UTC') COMMENT 'source commit time',
    inserted_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (user_id, entity_type, entity_id)
SETTINGS non_replicated_deduplication_window = 1000;
