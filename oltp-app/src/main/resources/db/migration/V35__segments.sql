-- Marketers' segments (客户分群): a named rule tree over customer features (module segment-rules),
-- owned like every other record, so the data scope of its owner decides who reads and edits it.
-- The stream processors capture this table (cdc.segment) and evaluate every rule on every change.
create table segment (
    id            bigserial    primary key,
    name          varchar(100) not null,
    description   varchar(500),
    -- the canonical JSON of io.pulsecrm.segment.Rule, validated by the application before it is written
    rule          jsonb        not null,
    owner_id      bigint       not null references app_user (id),
    owner_dept_id bigint       not null references department (id),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint ck_segment_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_segment_rule_object check (jsonb_typeof(rule) = 'object')
);

-- a marketer tells their segments apart by name, whatever the case; two marketers may each have 高价值客户
create unique index uq_segment_owner_name on segment (owner_id, lower(name));
-- the list: the owners in scope, most recently changed first
create index ix_segment_owner_updated on segment (owner_id, updated_at desc, id desc);
