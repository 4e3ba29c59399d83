-- The operational pipeline: admin-configured stages, the deals that sit in them, and the log of
-- every stage move (analytics reads real transitions from it through CDC).
-- Rules live in the aggregates too; the constraints here keep the data honest whoever writes it.

create table opportunity_stage (
    id          bigserial     primary key,
    name        varchar(64)   not null,
    position    integer       not null,
    win_rate    numeric(5, 2) not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     integer       not null default 0,
    constraint uq_opportunity_stage_name unique (name),
    constraint ck_opportunity_stage_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_opportunity_stage_position check (position >= 0),
    constraint ck_opportunity_stage_win_rate check (win_rate between 0 and 100)
);

create index ix_opportunity_stage_position on opportunity_stage (position, id);

create table opportunity (
    id                  bigserial      primary key,
    name                varchar(200)   not null,
    amount              numeric(18, 2) not null,
    stage_id            bigint         not null,
    status              varchar(8)     not null default 'OPEN',
    lost_reason         varchar(500),
    expected_close_date date,
    created_at          timestamptz    not null default now(),
    updated_at          timestamptz    not null default now(),
    closed_at           timestamptz,
    version             integer        not null default 0,
    -- restrict: a stage that deals sit in cannot disappear under them
    constraint fk_opportunity_stage foreign key (stage_id) references opportunity_stage (id) on delete restrict,
    constraint ck_opportunity_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_opportunity_amount check (amount >= 0),
    constraint ck_opportunity_status check (status in ('OPEN', 'WON', 'LOST')),
    -- closed_at is set exactly when the deal is closed; only a lost deal has (and needs) a reason
    constraint ck_opportunity_closed_at check ((status = 'OPEN') = (closed_at is null)),
    constraint ck_opportunity_lost_reason check ((status = 'LOST') = (lost_reason is not null))
);

-- list filters: by stage (alone or with status) and by status alone
create index ix_opportunity_stage_status on opportunity (stage_id, status);
create index ix_opportunity_status on opportunity (status);

create table opportunity_stage_move (
    id             bigserial   primary key,
    opportunity_id bigint      not null,
    from_stage_id  bigint      not null,
    to_stage_id    bigint      not null,
    moved_at       timestamptz not null,
    -- a deleted deal takes its history with it (the deletes reach analytics through CDC as well)
    constraint fk_stage_move_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade,
    -- history keeps its stages: a stage any deal passed through cannot be deleted
    constraint fk_stage_move_from_stage foreign key (from_stage_id) references opportunity_stage (id) on delete restrict,
    constraint fk_stage_move_to_stage foreign key (to_stage_id) references opportunity_stage (id) on delete restrict,
    constraint ck_stage_move_changes_stage check (from_stage_id <> to_stage_id)
);

create index ix_stage_move_opportunity on opportunity_stage_move (opportunity_id, moved_at);
create index ix_stage_move_from_stage on opportunity_stage_move (from_stage_id);
create index ix_stage_move_to_stage on opportunity_stage_move (to_stage_id);
