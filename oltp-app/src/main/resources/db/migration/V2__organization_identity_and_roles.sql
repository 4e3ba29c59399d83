-- The organization (departments, users, roles) and what identity needs to log users in.
-- Departments, users, roles and their grants are captured by CDC: dashboards resolve a viewer's
-- data scope from their copies in ClickHouse. Credentials, sessions and signing keys are never
-- captured (they are not in the publication) and never leave PostgreSQL.

create table department (
    id          bigserial    primary key,
    parent_id   bigint,
    name        varchar(100) not null,
    position    integer      not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    -- a department with children or members cannot disappear under them
    constraint fk_department_parent foreign key (parent_id) references department (id) on delete restrict,
    constraint ck_department_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_department_not_own_parent check (parent_id is null or parent_id <> id)
);

-- exactly one top department; names are unique among siblings
create unique index uq_department_root on department ((parent_id is null)) where parent_id is null;
create unique index uq_department_sibling_name on department (coalesce(parent_id, 0), lower(name));
create index ix_department_parent on department (parent_id);

insert into department (name) values ('办公室');

create table app_role (
    id          bigserial    primary key,
    -- built-in roles have a code; custom roles have none
    code        varchar(32),
    name        varchar(64)  not null,
    description varchar(500),
    data_scope  varchar(24)  not null,
    built_in    boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    constraint uq_app_role_code unique (code),
    constraint ck_app_role_name_not_blank check (char_length(btrim(name)) > 0),
    constraint ck_app_role_data_scope check (data_scope in
        ('SELF', 'SELF_AND_SUBORDINATES', 'DEPT', 'DEPT_AND_CHILDREN', 'CUSTOM', 'ALL'))
);

create unique index uq_app_role_name on app_role (lower(name));

-- Operation permissions as '<module>:<action>' (see docs/architecture.md for the list).
create table role_permission (
    role_id    bigint      not null,
    permission varchar(64) not null,
    primary key (role_id, permission),
    constraint fk_role_permission_role foreign key (role_id) references app_role (id) on delete cascade,
    constraint ck_role_permission_shape check (permission ~ '^[a-z_]+:[a-z_]+$')
);

-- The departments of a CUSTOM data scope.
create table role_scope_department (
    role_id       bigint not null,
    department_id bigint not null,
    primary key (role_id, department_id),
    constraint fk_role_scope_role foreign key (role_id) references app_role (id) on delete cascade,
    constraint fk_role_scope_department foreign key (department_id) references department (id) on delete cascade
);

create table app_user (
    id            bigserial    primary key,
    username      varchar(64)  not null,
    display_name  varchar(100) not null,
    email         varchar(200),
    phone         varchar(32),
    title         varchar(100),
    department_id bigint       not null,
    -- the direct superior: SELF_AND_SUBORDINATES follows this chain
    manager_id    bigint,
    enabled       boolean      not null default true,
    locale        varchar(8)   not null default 'zh-CN',
    -- a user who left hands their records to this user; users are disabled, never deleted
    successor_id  bigint,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint fk_app_user_department foreign key (department_id) references department (id) on delete restrict,
    constraint fk_app_user_manager foreign key (manager_id) references app_user (id) on delete restrict,
    constraint fk_app_user_successor foreign key (successor_id) references app_user (id) on delete restrict,
    constraint ck_app_user_username check (username ~ '^[A-Za-z0-9._@-]{2,64}$'),
    constraint ck_app_user_display_name_not_blank check (char_length(btrim(display_name)) > 0),
    constraint ck_app_user_not_own_manager check (manager_id is null or manager_id <> id),
    constraint ck_app_user_locale check (locale in ('zh-CN', 'en'))
);

create unique index uq_app_user_username on app_user (lower(username));
create index ix_app_user_department on app_user (department_id);
create index ix_app_user_manager on app_user (manager_id);

create table user_role (
    user_id bigint not null,
    role_id bigint not null,
    primary key (user_id, role_id),
    constraint fk_user_role_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint fk_user_role_role foreign key (role_id) references app_role (id) on delete restrict
);

create index ix_user_role_role on user_role (role_id);

-- Never captured: the password hash and the lockout state.
create table user_credential (
    user_id             bigint       primary key,
    password_hash       varchar(100) not null,
    failed_attempts     integer      not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null default now(),
    last_login_at       timestamptz,
    constraint fk_user_credential_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint ck_user_credential_failed_attempts check (failed_attempts >= 0)
);

-- Never captured: a login's session; a token is valid only while its session is.
create table user_session (
    id         uuid         primary key,
    user_id    bigint       not null,
    created_at timestamptz  not null default now(),
    expires_at timestamptz  not null,
    revoked_at timestamptz,
    client_ip  varchar(64),
    user_agent varchar(300),
    constraint fk_user_session_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint ck_user_session_expiry check (expires_at > created_at)
);

create index ix_user_session_user on user_session (user_id, expires_at);

-- Never captured: the token signing keys (private key PKCS#8, public key X.509, both base64).
create table signing_key (
    kid         varchar(64)  primary key,
    algorithm   varchar(16)  not null,
    private_key text         not null,
    public_key  text         not null,
    created_at  timestamptz  not null default now(),
    retired_at  timestamptz
);

-- Built-in roles. Permissions of the default roles are granted in V3, once the modules exist.
insert into app_role (code, name, description, data_scope, built_in) values
    ('SUPER_ADMIN',   '超级管理员', 'Built in: every permission, every record; cannot be edited.', 'ALL', true),
    ('ADMIN',         '系统管理员', 'Configures the organization and the CRM.', 'ALL', true),
    ('SALES_MANAGER', '销售经理',   'Leads a sales team: sees the department and its children.', 'DEPT_AND_CHILDREN', true),
    ('SALES_REP',     '销售代表',   'Works their own leads, customers and deals.', 'SELF', true),
    ('MARKETER',      '市场专员',   'Runs campaigns and segments.', 'ALL', true),
    ('SERVICE_AGENT', '客服专员',   'Serves customers of the department.', 'DEPT', true);

-- The first super admin. Its password is set at start-up from crm.identity.admin-password
-- (AdminBootstrap) while it has none; until then nobody can log in as it.
insert into app_user (username, display_name, department_id)
    select 'admin', '管理员', id from department where parent_id is null;
insert into user_role (user_id, role_id)
    select u.id, r.id from app_user u, app_role r where u.username = 'admin' and r.code = 'SUPER_ADMIN';
