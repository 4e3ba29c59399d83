-- What the customer, lead and public-pool features need beyond V3.

-- The recycler warns a customer's owner once per due date (a follow-up moves the due date, and a
-- new due date earns a new warning). The primary key is what makes "once" hold across instances.
create table pool_warning (
    customer_id bigint      not null references customer (id) on delete cascade,
    due_at      timestamptz not null,
    owner_id    bigint      not null references app_user (id) on delete cascade,
    warned_at   timestamptz not null,
    primary key (customer_id, due_at)
);

-- The recycler's other candidates: owned, unlocked, never dealt, oldest ownership first
-- (ix_customer_recycle_follow_up in V3 serves the follow-up rule).
create index ix_customer_recycle_no_deal on customer (owned_since)
    where owner_id is not null and not locked and deal_status = 'NONE';

-- Lead search by a fragment of the person's or the company's name, as customers have it (V3).
create index ix_lead_name_trgm on lead using gin (name public.gin_trgm_ops);
create index ix_lead_company_trgm on lead using gin (company public.gin_trgm_ops);
