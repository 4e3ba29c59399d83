-- Products, opportunities with products, contracts with approval, payment plans and receipts:
-- the per-day document counters their numbers come from, and the indexes their lists, scope
-- checks and "is it still used" checks need at a million customers.

-- HT-yyyyMMdd-NNNN (contracts) and HK-yyyyMMdd-NNNN (receipts): one row per prefix and day
-- (Asia/Shanghai), bumped with insert ... on conflict so two writers never draw the same number.
-- Bookkeeping only: never captured.
create table document_counter (
    prefix     varchar(8)  not null,
    day        date        not null,
    last_value integer     not null,
    primary key (prefix, day),
    constraint ck_document_counter_value check (last_value >= 1)
);

-- a product on any line cannot be deleted: the foreign keys check this with these indexes
create index ix_opportunity_product_product on opportunity_product (product_id);
create index ix_contract_line_product on contract_line (product_id);

-- list filters and the ALL scope's default order
create index ix_opportunity_updated on opportunity (updated_at desc, id desc);
create index ix_contract_updated on contract (updated_at desc, id desc);
-- an approval flow that any contract went through is kept (disabled, not deleted)
create index ix_contract_flow on contract (flow_id) where flow_id is not null;
create index ix_receipt_received on receipt (received_on desc, id desc);
create index ix_receipt_plan on receipt (plan_id) where plan_id is not null;
