-- The records sales reps work on: campaigns, leads, customers and contacts, the public pool,
-- opportunities with products, contracts with product lines and approval, payment plans and
-- receipts (回款), follow-ups, tasks, sales targets, notifications and the operation log.
--
-- Every owned record carries owner_id and owner_dept_id: the owner's department when the record
-- was created or last transferred (analytics attributes facts at event time). Scope filters use
-- owner_id; a customer in the public pool has no owner. Money is numeric(18, 2) and never
-- negative. Enumerations are checked here as well as in the code.

-- in public, so that tests migrating their own schema share it
create extension if not exists pg_trgm with schema public;

-- ---------------------------------------------------------------------------------------------
-- Campaigns
create table campaign (
    id            bigserial      primary key,
    name          varchar(200)   not null,
    channel       varchar(24)    not null,
    status        varchar(16)    not null default 'PLANNED',
    budget        numeric(18, 2) not null default 0,
    start_date    date           not null,
    end_date      date           not null,
    description   varchar(2000),
    owner_id      bigint         not null references app_user (id),
    owner_dept_id bigint         not null references department (id),
    created_at    timestamptz    not null default now(),
    updated_at    timestamptz    not null default now(),
    version       integer        not null default 0,
    constraint ck_campaign_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_campaign_channel check (channel in
        ('SEARCH', 'SOCIAL', 'EMAIL', 'EVENT', 'EXHIBITION', 'REFERRAL', 'WEBSITE', 'ADVERTISING', 'TELEMARKETING', 'OTHER')),
    constraint ck_campaign_status check (status in ('PLANNED', 'ACTIVE', 'ENDED', 'CANCELLED')),
    constraint ck_campaign_budget check (budget >= 0),
    constraint ck_campaign_period check (end_date >= start_date)
);

create index ix_campaign_owner on campaign (owner_id, start_date desc);

create table campaign_cost (
    id          bigserial      primary key,
    campaign_id bigint         not null references campaign (id) on delete cascade,
    amount      numeric(18, 2) not null,
    incurred_on date           not null,
    note        varchar(500),
    created_by  bigint         not null references app_user (id),
    created_at  timestamptz    not null default now(),
    constraint ck_campaign_cost_amount check (amount >= 0)
);

create index ix_campaign_cost_campaign on campaign_cost (campaign_id, incurred_on);

-- ---------------------------------------------------------------------------------------------
-- Customers, contacts, record teams
create table customer (
    id               bigserial    primary key,
    name             varchar(200) not null,
    industry         varchar(32),
    level            varchar(16)  not null default 'NORMAL',
    region           varchar(64),
    address          varchar(300),
    phone            varchar(32),
    email            varchar(200),
    website          varchar(200),
    source           varchar(24),
    -- first touch: the campaign that sourced the customer (through its lead, or directly)
    campaign_id      bigint       references campaign (id) on delete set null,
    lead_id          bigint,
    -- deal status: has this customer ever signed an approved contract
    deal_status      varchar(16)  not null default 'NONE',
    locked           boolean      not null default false,
    remark           varchar(2000),
    owner_id         bigint       references app_user (id),
    owner_dept_id    bigint       references department (id),
    owned_since      timestamptz,
    pool_entered_at  timestamptz,
    last_follow_up_at timestamptz,
    last_deal_at     timestamptz,
    next_contact_at  timestamptz,
    created_by       bigint       not null references app_user (id),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          integer      not null default 0,
    constraint ck_customer_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_customer_level check (level in ('KEY', 'NORMAL', 'SMALL')),
    constraint ck_customer_source check (source is null or source in
        ('SEARCH', 'SOCIAL', 'EMAIL', 'EVENT', 'EXHIBITION', 'REFERRAL', 'WEBSITE', 'ADVERTISING', 'TELEMARKETING', 'OTHER')),
    constraint ck_customer_deal_status check (deal_status in ('NONE', 'DEAL')),
    -- a customer is either owned (with the owner's department) or in the public pool
    constraint ck_customer_owned_or_pooled check (
        (owner_id is not null and owner_dept_id is not null and pool_entered_at is null)
        or (owner_id is null and owner_dept_id is null and pool_entered_at is not null)),
    constraint ck_customer_pool_not_locked check (owner_id is not null or not locked)
);

create index ix_customer_owner_updated on customer (owner_id, updated_at desc, id desc);
create index ix_customer_pool on customer (pool_entered_at desc, id desc) where owner_id is null;
create index ix_customer_updated on customer (updated_at desc, id desc);
create index ix_customer_name_trgm on customer using gin (name public.gin_trgm_ops);
create index ix_customer_phone on customer (phone) where phone is not null;
create index ix_customer_email on customer (lower(email)) where email is not null;
create index ix_customer_lower_name on customer (lower(name));
-- the recycler's candidates: owned, unlocked, oldest follow-up first
create index ix_customer_recycle_follow_up on customer (coalesce(last_follow_up_at, owned_since))
    where owner_id is not null and not locked;

create table contact (
    id            bigserial    primary key,
    customer_id   bigint       not null references customer (id) on delete cascade,
    name          varchar(100) not null,
    title         varchar(100),
    phone         varchar(32),
    mobile        varchar(32),
    email         varchar(200),
    is_primary    boolean      not null default false,
    remark        varchar(1000),
    owner_id      bigint       references app_user (id),
    owner_dept_id bigint       references department (id),
    created_by    bigint       not null references app_user (id),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint ck_contact_name_not_blank check (char_length(btrim(name)) > 0)
);

create index ix_contact_customer on contact (customer_id, id);
create index ix_contact_owner_updated on contact (owner_id, updated_at desc, id desc);
-- one primary contact per customer
create unique index uq_contact_primary on contact (customer_id) where is_primary;

-- Users who share a record with its owner (读 READ / 读写 WRITE). Membership grants that record.
create table record_team_member (
    entity_type varchar(16) not null,
    entity_id   bigint      not null,
    user_id     bigint      not null references app_user (id) on delete cascade,
    access      varchar(8)  not null,
    added_by    bigint      not null references app_user (id),
    added_at    timestamptz not null default now(),
    primary key (entity_type, entity_id, user_id),
    constraint ck_team_entity_type check (entity_type in ('CUSTOMER', 'OPPORTUNITY', 'CONTRACT')),
    constraint ck_team_access check (access in ('READ', 'WRITE'))
);

create index ix_team_member_user on record_team_member (user_id, entity_type, entity_id);

-- ---------------------------------------------------------------------------------------------
-- Leads
create table lead (
    id                    bigserial    primary key,
    name                  varchar(100) not null,
    company               varchar(200),
    title                 varchar(100),
    phone                 varchar(32),
    email                 varchar(200),
    industry              varchar(32),
    region                varchar(64),
    address               varchar(300),
    source                varchar(24)  not null,
    campaign_id           bigint       references campaign (id) on delete set null,
    status                varchar(16)  not null default 'NEW',
    remark                varchar(2000),
    next_contact_at       timestamptz,
    last_follow_up_at     timestamptz,
    qualified_at          timestamptz,
    converted_at          timestamptz,
    converted_customer_id bigint       references customer (id) on delete set null,
    owner_id              bigint       not null references app_user (id),
    owner_dept_id         bigint       not null references department (id),
    created_by            bigint       not null references app_user (id),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0,
    constraint ck_lead_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_lead_source check (source in
        ('SEARCH', 'SOCIAL', 'EMAIL', 'EVENT', 'EXHIBITION', 'REFERRAL', 'WEBSITE', 'ADVERTISING', 'TELEMARKETING', 'OTHER')),
    constraint ck_lead_status check (status in ('NEW', 'QUALIFIED', 'CONVERTED', 'INVALID')),
    constraint ck_lead_converted check ((status = 'CONVERTED') = (converted_at is not null))
);

alter table customer add constraint fk_customer_lead foreign key (lead_id) references lead (id) on delete set null;

create index ix_lead_owner_updated on lead (owner_id, updated_at desc, id desc);
create index ix_lead_updated on lead (updated_at desc, id desc);
create index ix_lead_phone on lead (phone) where phone is not null;
create index ix_lead_email on lead (lower(email)) where email is not null;
create index ix_lead_company on lead (lower(company)) where company is not null;
create index ix_lead_campaign on lead (campaign_id) where campaign_id is not null;

-- ---------------------------------------------------------------------------------------------
-- Opportunities: owned, under a customer, sourced by a campaign, with products
alter table opportunity
    add column customer_id   bigint references customer (id) on delete restrict,
    add column owner_id      bigint references app_user (id),
    add column owner_dept_id bigint references department (id),
    add column campaign_id   bigint references campaign (id) on delete set null,
    add column won_reason    varchar(500),
    add column created_by    bigint references app_user (id);

-- deals made before owners existed belong to the first super admin
update opportunity set owner_id = u.id, owner_dept_id = u.department_id, created_by = u.id
    from app_user u where u.username = 'admin';

alter table opportunity
    alter column owner_id set not null,
    alter column owner_dept_id set not null,
    alter column created_by set not null;

create index ix_opportunity_owner_updated on opportunity (owner_id, updated_at desc, id desc);
create index ix_opportunity_customer on opportunity (customer_id) where customer_id is not null;

create table product (
    id          bigserial      primary key,
    code        varchar(32)    not null,
    name        varchar(200)   not null,
    category    varchar(64),
    unit        varchar(16)    not null default '件',
    price       numeric(18, 2) not null,
    active      boolean        not null default true,
    description varchar(2000),
    created_at  timestamptz    not null default now(),
    updated_at  timestamptz    not null default now(),
    version     integer        not null default 0,
    constraint ck_product_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_product_price check (price >= 0)
);

create unique index uq_product_code on product (lower(code));

create table opportunity_product (
    id             bigserial      primary key,
    opportunity_id bigint         not null references opportunity (id) on delete cascade,
    product_id     bigint         not null references product (id) on delete restrict,
    quantity       numeric(18, 2) not null,
    unit_price     numeric(18, 2) not null,
    -- percent off the unit price, 0..100
    discount       numeric(5, 2)  not null default 0,
    line_amount    numeric(18, 2) not null,
    constraint ck_opportunity_product_quantity check (quantity > 0),
    constraint ck_opportunity_product_price check (unit_price >= 0),
    constraint ck_opportunity_product_discount check (discount between 0 and 100),
    constraint ck_opportunity_product_amount check (line_amount >= 0)
);

create index ix_opportunity_product_opportunity on opportunity_product (opportunity_id);

-- ---------------------------------------------------------------------------------------------
-- Contracts (orders), product lines, approval
create table approval_flow (
    id          bigserial    primary key,
    subject     varchar(16)  not null,
    name        varchar(100) not null,
    enabled     boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    constraint ck_approval_flow_subject check (subject in ('CONTRACT'))
);

-- one enabled flow per subject
create unique index uq_approval_flow_enabled on approval_flow (subject) where enabled;

create table approval_step (
    id            bigserial   primary key,
    flow_id       bigint      not null references approval_flow (id) on delete cascade,
    position      integer     not null,
    approver_type varchar(8)  not null,
    role_id       bigint      references app_role (id) on delete restrict,
    user_id       bigint      references app_user (id) on delete restrict,
    constraint uq_approval_step_position unique (flow_id, position),
    constraint ck_approval_step_position check (position >= 1),
    constraint ck_approval_step_approver check (
        (approver_type = 'ROLE' and role_id is not null and user_id is null)
        or (approver_type = 'USER' and user_id is not null and role_id is null))
);

create table contract (
    id              bigserial      primary key,
    number          varchar(40)    not null,
    name            varchar(200)   not null,
    customer_id     bigint         not null references customer (id) on delete restrict,
    opportunity_id  bigint         references opportunity (id) on delete set null,
    status          varchar(20)    not null default 'DRAFT',
    signed_on       date           not null,
    start_date      date,
    end_date        date,
    -- sum of the lines, computed by the server
    total_amount    numeric(18, 2) not null default 0,
    -- sum of the receipts, kept by the server
    received_amount numeric(18, 2) not null default 0,
    remark          varchar(2000),
    -- the flow this contract was submitted to and the step waiting for a decision
    flow_id         bigint         references approval_flow (id) on delete restrict,
    current_step    integer,
    submitted_at    timestamptz,
    decided_at      timestamptz,
    owner_id        bigint         not null references app_user (id),
    owner_dept_id   bigint         not null references department (id),
    created_by      bigint         not null references app_user (id),
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now(),
    version         integer        not null default 0,
    constraint ck_contract_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_contract_status check (status in ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'CANCELLED')),
    constraint ck_contract_amounts check (total_amount >= 0 and received_amount >= 0 and received_amount <= total_amount),
    constraint ck_contract_period check (end_date is null or start_date is null or end_date >= start_date)
);

create unique index uq_contract_number on contract (lower(number));
create index ix_contract_owner_updated on contract (owner_id, updated_at desc, id desc);
create index ix_contract_customer on contract (customer_id, signed_on desc);
create index ix_contract_opportunity on contract (opportunity_id) where opportunity_id is not null;
create index ix_contract_pending on contract (status, current_step) where status = 'PENDING_APPROVAL';

create table contract_line (
    id           bigserial      primary key,
    contract_id  bigint         not null references contract (id) on delete cascade,
    position     integer        not null,
    product_id   bigint         not null references product (id) on delete restrict,
    product_name varchar(200)   not null,
    unit_price   numeric(18, 2) not null,
    quantity     numeric(18, 2) not null,
    discount     numeric(5, 2)  not null default 0,
    line_amount  numeric(18, 2) not null,
    constraint uq_contract_line_position unique (contract_id, position),
    constraint ck_contract_line_quantity check (quantity > 0),
    constraint ck_contract_line_price check (unit_price >= 0),
    constraint ck_contract_line_discount check (discount between 0 and 100),
    constraint ck_contract_line_amount check (line_amount >= 0)
);

create table approval_record (
    id           bigserial     primary key,
    subject_type varchar(16)   not null,
    subject_id   bigint        not null,
    step         integer       not null,
    approver_id  bigint        not null references app_user (id),
    decision     varchar(12)   not null,
    comment      varchar(1000),
    decided_at   timestamptz   not null default now(),
    constraint ck_approval_record_subject check (subject_type in ('CONTRACT')),
    constraint ck_approval_record_decision check (decision in ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
);

create index ix_approval_record_subject on approval_record (subject_type, subject_id, decided_at);

-- ---------------------------------------------------------------------------------------------
-- Payment plans and receipts (回款)
create table payment_plan (
    id              bigserial      primary key,
    contract_id     bigint         not null references contract (id) on delete cascade,
    seq             integer        not null,
    amount          numeric(18, 2) not null,
    due_date        date           not null,
    method          varchar(16)    not null,
    reminder_days   integer        not null default 3,
    -- sum of the receipts linked to this plan, kept by the server
    received_amount numeric(18, 2) not null default 0,
    remark          varchar(1000),
    owner_id        bigint         not null references app_user (id),
    owner_dept_id   bigint         not null references department (id),
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now(),
    version         integer        not null default 0,
    constraint uq_payment_plan_seq unique (contract_id, seq),
    constraint ck_payment_plan_amount check (amount > 0 and received_amount >= 0 and received_amount <= amount),
    constraint ck_payment_plan_method check (method in ('BANK_TRANSFER', 'CASH', 'CHEQUE', 'ALIPAY', 'WECHAT', 'OTHER')),
    constraint ck_payment_plan_reminder check (reminder_days between 0 and 365)
);

create index ix_payment_plan_due on payment_plan (due_date) where received_amount < amount;
create index ix_payment_plan_owner on payment_plan (owner_id, due_date);

create table receipt (
    id            bigserial      primary key,
    number        varchar(40)    not null,
    contract_id   bigint         not null references contract (id) on delete restrict,
    plan_id       bigint         references payment_plan (id) on delete restrict,
    customer_id   bigint         not null references customer (id) on delete restrict,
    amount        numeric(18, 2) not null,
    received_on   date           not null,
    method        varchar(16)    not null,
    remark        varchar(1000),
    owner_id      bigint         not null references app_user (id),
    owner_dept_id bigint         not null references department (id),
    created_by    bigint         not null references app_user (id),
    created_at    timestamptz    not null default now(),
    updated_at    timestamptz    not null default now(),
    version       integer        not null default 0,
    constraint ck_receipt_amount check (amount > 0),
    constraint ck_receipt_method check (method in ('BANK_TRANSFER', 'CASH', 'CHEQUE', 'ALIPAY', 'WECHAT', 'OTHER'))
);

create unique index uq_receipt_number on receipt (lower(number));
create index ix_receipt_contract on receipt (contract_id, received_on);
create index ix_receipt_owner_received on receipt (owner_id, received_on desc, id desc);
create index ix_receipt_customer on receipt (customer_id, received_on desc);

-- ---------------------------------------------------------------------------------------------
-- Follow-ups, tasks, notifications
create table follow_up (
    id              bigserial     primary key,
    -- the record it was written on
    subject_type    varchar(16)   not null,
    subject_id      bigint        not null,
    -- the customer it belongs under (null for a lead not yet converted): the customer page shows
    -- the follow-ups of everything under it with one index range
    customer_id     bigint        references customer (id) on delete cascade,
    kind            varchar(16)   not null,
    method          varchar(8),
    content         varchar(4000) not null,
    occurred_at     timestamptz   not null,
    next_contact_at timestamptz,
    owner_id        bigint        not null references app_user (id),
    owner_dept_id   bigint        not null references department (id),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint ck_follow_up_subject check (subject_type in ('LEAD', 'CUSTOMER', 'CONTACT', 'OPPORTUNITY', 'CONTRACT')),
    constraint ck_follow_up_kind check (kind in ('COMMUNICATION', 'LOG', 'SCHEDULE', 'TASK', 'APPROVAL')),
    constraint ck_follow_up_method check (method is null or method in ('PHONE', 'EMAIL', 'VISIT', 'SMS', 'OTHER')),
    constraint ck_follow_up_content_not_blank check (char_length(btrim(content)) > 0)
);

create index ix_follow_up_subject on follow_up (subject_type, subject_id, occurred_at desc);
create index ix_follow_up_customer on follow_up (customer_id, occurred_at desc) where customer_id is not null;
create index ix_follow_up_owner on follow_up (owner_id, occurred_at desc, id desc);

create table task (
    id            bigserial     primary key,
    title         varchar(200)  not null,
    description   varchar(2000),
    priority      varchar(8)    not null default 'NORMAL',
    due_at        timestamptz,
    remind_at     timestamptz,
    reminded_at   timestamptz,
    done          boolean       not null default false,
    done_at       timestamptz,
    subject_type  varchar(16),
    subject_id    bigint,
    follow_up_id  bigint        references follow_up (id) on delete set null,
    owner_id      bigint        not null references app_user (id),
    owner_dept_id bigint        not null references department (id),
    created_by    bigint        not null references app_user (id),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    constraint ck_task_title_not_blank check (char_length(btrim(title)) > 0),
    constraint ck_task_priority check (priority in ('LOW', 'NORMAL', 'HIGH')),
    constraint ck_task_done check (done = (done_at is not null)),
    constraint ck_task_subject check ((subject_type is null) = (subject_id is null)),
    constraint ck_task_subject_type check (subject_type is null or subject_type in ('LEAD', 'CUSTOMER', 'CONTACT', 'OPPORTUNITY', 'CONTRACT'))
);

create index ix_task_owner_open on task (owner_id, due_at) where not done;
create index ix_task_owner on task (owner_id, updated_at desc, id desc);
create index ix_task_remind on task (remind_at) where not done and reminded_at is null and remind_at is not null;

create table notification (
    id           bigserial     primary key,
    user_id      bigint        not null references app_user (id) on delete cascade,
    kind         varchar(32)   not null,
    subject_type varchar(16),
    subject_id   bigint,
    message      varchar(1000) not null,
    created_at   timestamptz   not null default now(),
    read_at      timestamptz
);

create index ix_notification_user on notification (user_id, created_at desc);

-- ---------------------------------------------------------------------------------------------
-- Public pool (公海): the rules, and every move in or out of it
create table pool_rule (
    id                    integer     primary key default 1,
    enabled               boolean     not null default true,
    -- recycle an owned customer after this many days without a follow-up (null: never)
    days_without_follow_up integer,
    -- ... or after this many days without a deal (null: never); customers with a deal are exempt
    days_without_deal     integer,
    -- warn the owner this many days before recycling
    warn_days_before      integer     not null default 3,
    -- a rep may not hold more than this many customers by claiming (null: no limit)
    claim_limit           integer,
    updated_at            timestamptz not null default now(),
    version               integer     not null default 0,
    constraint ck_pool_rule_single check (id = 1),
    constraint ck_pool_rule_days check ((days_without_follow_up is null or days_without_follow_up between 1 and 3650)
        and (days_without_deal is null or days_without_deal between 1 and 3650)),
    constraint ck_pool_rule_warn check (warn_days_before between 0 and 365),
    constraint ck_pool_rule_claim_limit check (claim_limit is null or claim_limit >= 0)
);

insert into pool_rule (id, days_without_follow_up, days_without_deal, warn_days_before, claim_limit)
    values (1, 30, 90, 3, 200);

create table pool_event (
    id                 bigserial    primary key,
    customer_id        bigint       not null references customer (id) on delete cascade,
    kind               varchar(12)  not null,
    from_owner_id      bigint       references app_user (id),
    from_owner_dept_id bigint       references department (id),
    to_owner_id        bigint       references app_user (id),
    to_owner_dept_id   bigint       references department (id),
    actor_id           bigint       references app_user (id),
    reason             varchar(500),
    occurred_at        timestamptz  not null default now(),
    constraint ck_pool_event_kind check (kind in ('RECYCLE', 'RELEASE', 'CLAIM', 'ASSIGN'))
);

create index ix_pool_event_customer on pool_event (customer_id, occurred_at desc);
create index ix_pool_event_occurred on pool_event (occurred_at desc);

-- ---------------------------------------------------------------------------------------------
-- Sales targets, per user or per department and month
create table sales_target (
    id              bigserial      primary key,
    year            integer        not null,
    month           integer        not null,
    user_id         bigint         references app_user (id) on delete cascade,
    department_id   bigint         references department (id) on delete cascade,
    contract_amount numeric(18, 2) not null default 0,
    receipt_amount  numeric(18, 2) not null default 0,
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now(),
    version         integer        not null default 0,
    constraint ck_sales_target_month check (month between 1 and 12 and year between 2000 and 2100),
    constraint ck_sales_target_who check ((user_id is null) <> (department_id is null)),
    constraint ck_sales_target_amounts check (contract_amount >= 0 and receipt_amount >= 0)
);

create unique index uq_sales_target_user on sales_target (year, month, user_id) where user_id is not null;
create unique index uq_sales_target_department on sales_target (year, month, department_id) where department_id is not null;

-- ---------------------------------------------------------------------------------------------
-- Operation log: who did what to which record, and what changed
create table operation_log (
    id          bigserial    primary key,
    entity_type varchar(24)  not null,
    entity_id   bigint       not null,
    action      varchar(16)  not null,
    actor_id    bigint       references app_user (id),
    occurred_at timestamptz  not null default now(),
    summary     varchar(500),
    -- {"field": {"from": ..., "to": ...}, ...}
    changes     jsonb,
    constraint ck_operation_log_action check (action in ('CREATE', 'UPDATE', 'DELETE', 'TRANSFER', 'CLAIM', 'ASSIGN',
        'RECYCLE', 'RELEASE', 'LOCK', 'UNLOCK', 'CONVERT', 'SUBMIT', 'APPROVE', 'REJECT', 'IMPORT', 'MOVE', 'WIN', 'LOSE',
        'REOPEN', 'DISABLE', 'ENABLE', 'HANDOVER', 'COMPLETE'))
);

create index ix_operation_log_entity on operation_log (entity_type, entity_id, occurred_at desc);

-- ---------------------------------------------------------------------------------------------
-- Default permissions of the built-in roles ('<module>:<action>'). SUPER_ADMIN holds every
-- permission implicitly and has no rows here.
insert into role_permission (role_id, permission)
select r.id, p.permission
from app_role r
join (values
    ('SALES_REP', 'lead:view'), ('SALES_REP', 'lead:create'), ('SALES_REP', 'lead:edit'), ('SALES_REP', 'lead:import'),
    ('SALES_REP', 'lead:export'), ('SALES_REP', 'lead:transfer'),
    ('SALES_REP', 'customer:view'), ('SALES_REP', 'customer:create'), ('SALES_REP', 'customer:edit'),
    ('SALES_REP', 'customer:export'), ('SALES_REP', 'customer:transfer'),
    ('SALES_REP', 'contact:view'), ('SALES_REP', 'contact:create'), ('SALES_REP', 'contact:edit'), ('SALES_REP', 'contact:delete'),
    ('SALES_REP', 'pool:view'), ('SALES_REP', 'pool:claim'),
    ('SALES_REP', 'opportunity:view'), ('SALES_REP', 'opportunity:create'), ('SALES_REP', 'opportunity:edit'),
    ('SALES_REP', 'opportunity:transfer'),
    ('SALES_REP', 'contract:view'), ('SALES_REP', 'contract:create'), ('SALES_REP', 'contract:edit'),
    ('SALES_REP', 'receipt:view'), ('SALES_REP', 'receipt:create'),
    ('SALES_REP', 'follow_up:view'), ('SALES_REP', 'follow_up:create'), ('SALES_REP', 'follow_up:edit'),
    ('SALES_REP', 'task:view'), ('SALES_REP', 'task:create'), ('SALES_REP', 'task:edit'), ('SALES_REP', 'task:delete'),
    ('SALES_REP', 'product:view'), ('SALES_REP', 'campaign:view'), ('SALES_REP', 'dashboard:view'),

    ('SALES_MANAGER', 'lead:view'), ('SALES_MANAGER', 'lead:create'), ('SALES_MANAGER', 'lead:edit'),
    ('SALES_MANAGER', 'lead:delete'), ('SALES_MANAGER', 'lead:import'), ('SALES_MANAGER', 'lead:export'),
    ('SALES_MANAGER', 'lead:transfer'),
    ('SALES_MANAGER', 'customer:view'), ('SALES_MANAGER', 'customer:create'), ('SALES_MANAGER', 'customer:edit'),
    ('SALES_MANAGER', 'customer:delete'), ('SALES_MANAGER', 'customer:import'), ('SALES_MANAGER', 'customer:export'),
    ('SALES_MANAGER', 'customer:transfer'), ('SALES_MANAGER', 'customer:lock'),
    ('SALES_MANAGER', 'contact:view'), ('SALES_MANAGER', 'contact:create'), ('SALES_MANAGER', 'contact:edit'),
    ('SALES_MANAGER', 'contact:delete'),
    ('SALES_MANAGER', 'pool:view'), ('SALES_MANAGER', 'pool:claim'), ('SALES_MANAGER', 'pool:assign'),
    ('SALES_MANAGER', 'opportunity:view'), ('SALES_MANAGER', 'opportunity:create'), ('SALES_MANAGER', 'opportunity:edit'),
    ('SALES_MANAGER', 'opportunity:delete'), ('SALES_MANAGER', 'opportunity:transfer'),
    ('SALES_MANAGER', 'contract:view'), ('SALES_MANAGER', 'contract:create'), ('SALES_MANAGER', 'contract:edit'),
    ('SALES_MANAGER', 'contract:delete'), ('SALES_MANAGER', 'contract:transfer'), ('SALES_MANAGER', 'contract:approve'),
    ('SALES_MANAGER', 'contract:export'),
    ('SALES_MANAGER', 'receipt:view'), ('SALES_MANAGER', 'receipt:create'), ('SALES_MANAGER', 'receipt:edit'),
    ('SALES_MANAGER', 'receipt:delete'), ('SALES_MANAGER', 'receipt:export'),
    ('SALES_MANAGER', 'follow_up:view'), ('SALES_MANAGER', 'follow_up:create'), ('SALES_MANAGER', 'follow_up:edit'),
    ('SALES_MANAGER', 'follow_up:delete'),
    ('SALES_MANAGER', 'task:view'), ('SALES_MANAGER', 'task:create'), ('SALES_MANAGER', 'task:edit'), ('SALES_MANAGER', 'task:delete'),
    ('SALES_MANAGER', 'product:view'), ('SALES_MANAGER', 'campaign:view'), ('SALES_MANAGER', 'target:view'),
    ('SALES_MANAGER', 'target:configure'), ('SALES_MANAGER', 'dashboard:view'), ('SALES_MANAGER', 'org:view'),

    ('MARKETER', 'lead:view'), ('MARKETER', 'lead:create'), ('MARKETER', 'lead:edit'), ('MARKETER', 'lead:import'),
    ('MARKETER', 'lead:export'), ('MARKETER', 'lead:transfer'),
    ('MARKETER', 'customer:view'), ('MARKETER', 'customer:export'),
    ('MARKETER', 'campaign:view'), ('MARKETER', 'campaign:create'), ('MARKETER', 'campaign:edit'),
    ('MARKETER', 'campaign:delete'), ('MARKETER', 'campaign:export'),
    ('MARKETER', 'segment:view'), ('MARKETER', 'segment:create'), ('MARKETER', 'segment:edit'),
    ('MARKETER', 'segment:delete'), ('MARKETER', 'segment:export'),
    ('MARKETER', 'product:view'), ('MARKETER', 'dashboard:view'),

    ('SERVICE_AGENT', 'customer:view'), ('SERVICE_AGENT', 'contact:view'), ('SERVICE_AGENT', 'contact:create'),
    ('SERVICE_AGENT', 'contact:edit'), ('SERVICE_AGENT', 'follow_up:view'), ('SERVICE_AGENT', 'follow_up:create'),
    ('SERVICE_AGENT', 'task:view'), ('SERVICE_AGENT', 'task:create'), ('SERVICE_AGENT', 'task:edit'),
    ('SERVICE_AGENT', 'product:view')
) as p(role_code, permission) on p.role_code = r.code;

-- ADMIN holds every permission a module defines (the list in docs/architecture.md)
insert into role_permission (role_id, permission)
select r.id, m.module || ':' || a.action
from app_role r,
     (values ('lead'), ('customer'), ('contact'), ('pool'), ('opportunity'), ('contract'), ('receipt'),
             ('follow_up'), ('task'), ('product'), ('campaign'), ('target'), ('segment'), ('dashboard'),
             ('org'), ('stage'), ('approval'), ('log')) as m(module),
     (values ('view'), ('create'), ('edit'), ('delete'), ('import'), ('export'), ('transfer'), ('claim'),
             ('assign'), ('approve'), ('configure'), ('lock')) as a(action)
where r.code = 'ADMIN';
