-- Opportunity lists walk (owner_id, updated_at desc, id desc) newest first and filter by status, stage,
-- customer or campaign as they go (OpportunityQueries). Without those columns in the index every entry
-- the walk passed cost a table row, and the capped count of a rep's open deals read thousands of rows
-- (81 ms per call under ./crm bench crm at a million customers). With them INCLUDEd, the page's walk and
-- its count are index-only; only the page's rows are read whole.
create index ix_opportunity_list_owner on opportunity (owner_id, updated_at desc, id desc)
    include (status, stage_id, customer_id, campaign_id);
create index ix_opportunity_list_updated on opportunity (updated_at desc, id desc)
    include (owner_id, status, stage_id, customer_id, campaign_id);
drop index ix_opportunity_owner_updated;
drop index ix_opportunity_updated;
