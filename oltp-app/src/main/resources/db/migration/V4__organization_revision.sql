-- One counter that every change of the organization, roles, grants or sessions bumps in the same
-- transaction. oltp-app keeps resolved viewers keyed by it: one tiny read per request tells whether
-- anything that decides identity, permissions or scope changed since, so the cache is never stale
-- (a change applies to the very next request) yet a request costs one query instead of six.

create table org_revision (
    id       integer primary key default 1,
    revision bigint  not null default 0,
    constraint ck_org_revision_single check (id = 1)
);

insert into org_revision (id, revision) values (1, 0);

create function bump_org_revision() returns trigger
    language plpgsql as
$$
begin
    update org_revision set revision = revision + 1 where id = 1;
    return null;
end;
$$;

create trigger department_bumps_org_revision after insert or update or delete on department
    for each statement execute function bump_org_revision();
create trigger app_user_bumps_org_revision after insert or update or delete on app_user
    for each statement execute function bump_org_revision();
create trigger app_role_bumps_org_revision after insert or update or delete on app_role
    for each statement execute function bump_org_revision();
create trigger user_role_bumps_org_revision after insert or update or delete on user_role
    for each statement execute function bump_org_revision();
create trigger role_permission_bumps_org_revision after insert or update or delete on role_permission
    for each statement execute function bump_org_revision();
create trigger role_scope_department_bumps_org_revision after insert or update or delete on role_scope_department
    for each statement execute function bump_org_revision();
-- a new session does not change anyone's rights; ending one (logout, disable) must be seen at once
create trigger user_session_bumps_org_revision after update or delete on user_session
    for each statement execute function bump_org_revision();
