-- The forecast category of an open deal comes from its stage (commit / best case / pipeline; closed deals are
-- categorised by their outcome, not here). An admin sets it per stage; until then it follows the win rate:
-- 70 % and more COMMIT, 40 % and more BEST_CASE, below PIPELINE. Existing stages get that default, and so does
-- any insert that names no category (the stage API, the demo data's COPY, scripts), by the trigger below.

alter table opportunity_stage add column if not exists forecast_category varchar(16);

update opportunity_stage
set forecast_category = case when win_rate >= 70 then 'COMMIT' when win_rate >= 40 then 'BEST_CASE' else 'PIPELINE' end
where forecast_category is null;

create or replace function opportunity_stage_default_forecast_category() returns trigger
    language plpgsql
as $$
begin
    if new.forecast_category is null then
        new.forecast_category := case when new.win_rate >= 70 then 'COMMIT'
                                      when new.win_rate >= 40 then 'BEST_CASE'
                                      else 'PIPELINE' end;
    end if;
    return new;
end
$$;

-- BEFORE triggers run before the NOT NULL check, so an insert without the column gets the default
create trigger tg_opportunity_stage_forecast_category
    before insert on opportunity_stage
    for each row execute function opportunity_stage_default_forecast_category();

alter table opportunity_stage
    alter column forecast_category set not null,
    add constraint ck_opportunity_stage_forecast_category
        check (forecast_category in ('PIPELINE', 'BEST_CASE', 'COMMIT'));
