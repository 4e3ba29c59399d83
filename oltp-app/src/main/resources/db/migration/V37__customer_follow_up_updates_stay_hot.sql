-- Every follow-up moves its customer's last_follow_up_at (SubjectActivity). ix_customer_recycle_follow_up (V3)
-- indexed that column, so none of those updates could be HOT: each one added an entry to every index of customer,
-- the two name-gram GIN indexes among them, whose expressions PostgreSQL evaluated again for a name that had not
-- changed. Under `./crm bench crm` it was the costliest statement, 1.06 ms a follow-up.
-- Without an index on the column the update is HOT wherever the row's page has room, which fillfactor 90 leaves
-- on pages written from now on. The recycler and its warnings, once a minute each, find their candidates by the
-- primary key with a filter instead (ix_customer_recycle_no_deal still serves the deal rule).
drop index if exists ix_customer_recycle_follow_up;
alter table customer set (fillfactor = 90);
