-- A campaign's target list (目标客户): the customers a marketer chose to reach, typically a segment's members at
-- the moment the list was filled. A customer is on a campaign's list at most once; the list goes with its campaign,
-- and a deleted customer leaves every list (a target list never keeps a customer from being deleted).
create table campaign_target (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    customer_id bigint      not null references customer (id) on delete cascade,
    added_at    timestamptz not null default now(),
    added_by    bigint      not null references app_user (id),
    primary key (campaign_id, customer_id)
);

-- a customer's deletion finds its target rows without reading every list
create index ix_campaign_target_customer on campaign_target (customer_id);
