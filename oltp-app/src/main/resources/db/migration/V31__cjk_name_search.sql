-- Name search that works for Chinese. Company names are searched by fragments of two or three
-- characters (华信, 科技, 上海): pg_trgm cannot index them — under the C ctype it drops every CJK
-- character, and a two-character fragment has no trigram anyway — so `name ilike '%科技%'` read every
-- row. These GIN indexes hold each name's characters and character pairs; a search first narrows to the
-- rows holding all of the fragment's pairs (crm_query_grams), then `ilike` keeps the exact matches.
-- Both functions lower-case with lower(), the same folding ilike applies, so index and recheck agree.
-- They live in public, like pg_trgm, and are created "or replace": every schema migrated in the same
-- database (the demo tests migrate their own) shares the one definition.

create or replace function public.crm_search_grams(t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select lower(t) as s) x,
         lateral (select substr(x.s, i, 1) as g from generate_series(1, length(x.s)) i
                  union all
                  select substr(x.s, i, 2) from generate_series(1, length(x.s) - 1) i) grams
$$;

-- The pairs a fragment's matches must all contain (the character itself for a one-character fragment).
create or replace function public.crm_query_grams(q text) returns text[]
    language sql immutable strict parallel safe
as $$
    select case when length(q) < 2 then array[lower(q)]
                else array(select distinct substr(lower(q), i, 2) from generate_series(1, length(q) - 1) i) end
$$;

create index ix_customer_name_grams on customer using gin (public.crm_search_grams(name));
create index ix_lead_name_grams on lead using gin (public.crm_search_grams(name));
create index ix_lead_company_grams on lead using gin (public.crm_search_grams(company)) where company is not null;
create index ix_contact_name_grams on contact using gin (public.crm_search_grams(name));

-- the trigram indexes never served a Chinese fragment; the pair indexes serve every fragment
drop index ix_customer_name_trgm;
drop index ix_lead_name_trgm;
drop index ix_lead_company_trgm;

-- Customer lists walk an index newest first and filter as they go; with the filtered columns and the
-- name in the index (INCLUDE) the walk never reads a table row to reject one, and counting is index-only
-- too (CustomerQueries, CustomerSearch).
create index ix_customer_list_owner on customer (owner_id, updated_at desc, id desc)
    include (level, deal_status, locked, source, name);
create index ix_customer_list_updated on customer (updated_at desc, id desc)
    include (owner_id, level, deal_status, locked, source, name);
drop index ix_customer_owner_updated;
drop index ix_customer_updated;

-- statistics of the new index expressions, so that the planner knows how common each character pair is
analyze customer;
analyze lead;
analyze contact;
