package io.pulsecrm.oltp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.pulsecrm.segment.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo company at its start-up scale, generated once into a fresh schema: what a user of the
 * demo relies on (an org to log in with, consistent money, believable history) and that the app
 * can go on inserting afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeederIT {

    /** A fixed date: the data, and therefore these assertions, are the same on every run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    /** 2026-11-23 00:00 in China: nothing generated may have happened after it. */
    static final String HISTORY_END = "'2026-11-23 00:00:00+08'";

    DataSource dataSource;
    JdbcClient jdbc;
    DemoReport report;

    @BeforeAll
    void seed() {
        dataSource = FreshSchema.migrated("demo_it_");
        jdbc = JdbcClient.create(dataSource);
        report = DemoDataGenerator.generate(dataSource, DemoScale.DEMO, DemoDataGenerator.DEFAULT_SEED, CLOCK);
    }

    @Test
    void seedsTheDemoScale() {
        assertThat(report.seeded()).isTrue();
        assertThat(report.rows()).containsEntry("customer", (long) DemoScale.DEMO.customers());
        assertThat(count("select count(*) from customer")).isGreaterThanOrEqualTo(5_000);
        double followUps = count("select count(*) from follow_up") / (double) DemoScale.DEMO.customers();
        assertThat(followUps).isBetween(2.5, 3.5);
        double leads = count("select count(*) from lead") / (double) DemoScale.DEMO.customers();
        assertThat(leads).isBetween(1.3, 1.7);
    }

    @Test
    void theDemoMarketerKeepsSegmentsWhoseRulesTheAppAccepts() {
        var names = jdbc.sql("select s.name from segment s join app_user u on u.id = s.owner_id"
                + " where u.username = 'xiaoting' and s.owner_dept_id = u.department_id order by s.id")
                .query(String.class).list();
        var rules = jdbc.sql("select rule::text from segment").query(String.class).list();

        assertThat(names).containsExactly("高价值客户", "沉睡客户", "展会线索转化", "制造业复购潜力");
        assertThat(rules).hasSize(4).allSatisfy(rule -> assertThat(Rule.parse(rule).conditions()).hasSizeGreaterThan(1));
        assertThat(count("""
                select count(*) from segment s, jsonb_path_query(s.rule, '$.**.values[*] ? (@.type() == "number")') v
                join campaign c on c.id = v::text::bigint and c.channel = 'EXHIBITION'
                where s.name = '展会线索转化'""")).isPositive();
    }

    @Test
    void departmentsFormATreeAtLeastThreeLevelsBelowTheRoot() {
        long depth = count("""
                with recursive tree(id, depth) as (
                    select id, 0 from department where parent_id is null
                    union all select d.id, t.depth + 1 from department d join tree t on d.parent_id = t.id)
                select max(depth) from tree""");
        assertThat(depth).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from department")).isGreaterThanOrEqualTo(15);
    }

    @Test
    void everyUserCanLogInWithARoleAndRepsReportUpAChainOfThree() {
        assertThat(count("select count(*) from app_user where username <> 'admin'")).isGreaterThanOrEqualTo(24);
        assertThat(count("select count(*) from app_user u where not exists (select 1 from user_role r where r.user_id = u.id)"))
                .isZero();
        assertThat(count("""
                select count(*) from app_user u where u.username <> 'admin'
                  and not exists (select 1 from user_credential c where c.user_id = u.id
                                  and c.password_hash ~ '^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$')""")).isZero();
        // the app sets the bootstrap admin's password itself
        assertThat(count("select count(*) from user_credential c join app_user u on u.id = c.user_id where u.username = 'admin'"))
                .isZero();
        List<Long> chains = jdbc.sql("""
                with recursive chain(id, manager_id, hops) as (
                    select u.id, u.manager_id, 0 from app_user u join user_role ur on ur.user_id = u.id
                      join app_role r on r.id = ur.role_id where r.code = 'SALES_REP'
                    union all select c.id, m.manager_id, c.hops + 1 from chain c join app_user m on m.id = c.manager_id)
                select max(hops) from chain group by id""").query(Long.class).list();
        assertThat(chains).hasSizeGreaterThanOrEqualTo(15).containsOnly(3L);
        assertThat(count("select count(*) from app_user where lower(username) !~ '^[a-z]+$'")).isZero();
    }

    @Test
    void receiptsAddUpOnPlansAndContractsAndOnlyApprovedContractsAreCollected() {
        assertThat(count("""
                select count(*) from payment_plan p
                where p.received_amount <> (select coalesce(sum(amount), 0) from receipt r where r.plan_id = p.id)""")).isZero();
        assertThat(count("""
                select count(*) from contract c
                where c.received_amount <> (select coalesce(sum(amount), 0) from receipt r where r.contract_id = c.id)""")).isZero();
        assertThat(count("""
                select count(*) from contract c where c.status = 'APPROVED'
                  and c.total_amount <> (select sum(amount) from payment_plan p where p.contract_id = c.id)""")).isZero();
        assertThat(count("""
                select count(*) from contract c
                where c.total_amount <> (select sum(line_amount) from contract_line l where l.contract_id = c.id)""")).isZero();
        assertThat(count("select count(*) from receipt r join contract c on c.id = r.contract_id where c.status <> 'APPROVED'"))
                .isZero();
        assertThat(count("select count(*) from payment_plan p join contract c on c.id = p.contract_id where c.status <> 'APPROVED'"))
                .isZero();
        assertThat(count("select count(*) from receipt r join contract c on c.id = r.contract_id where r.received_on < c.signed_on"))
                .isZero();
        // some plans are overdue and some contracts only partly paid: the receivables view has something to show
        assertThat(count("select count(*) from payment_plan where received_amount < amount and due_date < date '2026-11-23'"))
                .isPositive();
        assertThat(count("select count(*) from payment_plan where received_amount > 0 and received_amount < amount")).isPositive();
        assertThat(count("select count(distinct number) from receipt")).isEqualTo(count("select count(*) from receipt"));
    }

    @Test
    void contractsWentThroughTheApprovalFlow() {
        Map<String, Long> statuses = countsBy("select status, count(*) from contract group by status");
        assertThat(statuses.keySet()).contains("APPROVED", "PENDING_APPROVAL", "DRAFT", "REJECTED");
        assertThat(statuses.get("APPROVED")).isGreaterThan(statuses.values().stream().mapToLong(Long::longValue).sum() * 8 / 10);
        assertThat(count("select count(*) from contract where number !~ '^HT-20[0-9]{2}-[0-9]{6}$'")).isZero();
        assertThat(count("select count(*) from approval_flow f join approval_step s on s.flow_id = f.id where f.enabled"))
                .isEqualTo(2);
        assertThat(count("""
                select count(*) from contract c
                where (select count(*) from approval_record a where a.subject_id = c.id and a.decision = 'SUBMITTED')
                      <> (case when c.status = 'DRAFT' then 0 else 1 end)
                   or (select count(*) from approval_record a where a.subject_id = c.id and a.decision = 'APPROVED')
                      <> (case c.status when 'APPROVED' then 2 when 'DRAFT' then 0 else
                          (select count(*) from approval_record a where a.subject_id = c.id and a.decision = 'APPROVED') end)
                   or (select count(*) from approval_record a where a.subject_id = c.id and a.decision = 'REJECTED')
                      <> (case when c.status = 'REJECTED' then 1 else 0 end)""")).isZero();
        assertThat(count("""
                select count(*) from customer c
                where (c.deal_status = 'DEAL') <> exists (select 1 from contract k where k.customer_id = c.id and k.status = 'APPROVED')
                   or (c.deal_status = 'DEAL') <> (c.last_deal_at is not null)""")).isZero();
    }

    @Test
    void customersHaveExactlyOnePrimaryContactAndThePoolIsSound() {
        assertThat(count("""
                select count(*) from customer c where exists (select 1 from contact k where k.customer_id = c.id)
                  and (select count(*) from contact k where k.customer_id = c.id and k.is_primary) <> 1""")).isZero();
        long pooled = count("select count(*) from customer where owner_id is null");
        assertThat(pooled).isBetween(100L, 600L);
        assertThat(count("""
                select count(*) from customer c where c.owner_id is null
                  and not exists (select 1 from pool_event e where e.customer_id = c.id and e.kind in ('RECYCLE', 'RELEASE'))"""))
                .isZero();
        assertThat(count("select count(*) from customer c join app_user u on u.id = c.owner_id where c.owner_dept_id <> u.department_id"))
                .isZero();
        assertThat(count("select count(*) from customer where locked")).isPositive();
        assertThat(count("select count(*) from record_team_member")).isPositive();
    }

    @Test
    void dealAmountsAreTheSumOfTheirProductsAndStagesWalkForward() {
        assertThat(count("""
                select count(*) from opportunity o
                where o.amount <> (select sum(line_amount) from opportunity_product p where p.opportunity_id = o.id)""")).isZero();
        assertThat(count("""
                select count(*) from opportunity_product
                where line_amount <> round(quantity * unit_price * (1 - discount / 100), 2)""")).isZero();
        assertThat(count("select count(*) from opportunity o join customer c on c.id = o.customer_id where o.owner_id <> c.owner_id"
                + " and c.owner_id is not null and o.status = 'OPEN'")).isZero();
        assertThat(count("""
                select count(*) from (select moved_at, lag(moved_at) over (partition by opportunity_id order by id) previous
                                      from opportunity_stage_move) m where m.moved_at <= m.previous""")).isZero();
        assertThat(count("""
                select count(*) from opportunity_stage_move m join opportunity o on o.id = m.opportunity_id
                where m.moved_at < o.created_at or m.moved_at > coalesce(o.closed_at, now())""")).isZero();
        assertThat(count("""
                select count(*) from opportunity_stage_move m join opportunity_stage f on f.id = m.from_stage_id
                  join opportunity_stage t on t.id = m.to_stage_id where t.position < f.position""")).isPositive();
        assertThat(countsBy("select status, count(*) from opportunity group by status").keySet())
                .containsExactlyInAnyOrder("OPEN", "WON", "LOST");
        List<Map<String, Object>> stages = jdbc.sql("select name, win_rate from opportunity_stage order by position")
                .query().listOfRows();
        assertThat(stages).extracting(row -> row.get("name")).containsExactly("初步接洽", "需求确认", "方案报价", "谈判审核");
    }

    @Test
    void convertedLeadsAndTheirCustomersPointAtEachOther() {
        assertThat(count("select count(*) from lead where status = 'CONVERTED'")).isGreaterThan(1_000);
        assertThat(count("""
                select count(*) from lead l left join customer c on c.id = l.converted_customer_id
                where (l.status = 'CONVERTED') <> (c.id is not null) or (c.id is not null and c.lead_id <> l.id)""")).isZero();
        assertThat(count("""
                select count(*) from customer c join lead l on l.id = c.lead_id
                where l.status <> 'CONVERTED' or l.converted_customer_id <> c.id
                   or c.source <> l.source or c.campaign_id is distinct from l.campaign_id""")).isZero();
        assertThat(countsBy("select status, count(*) from lead group by status").keySet())
                .containsExactlyInAnyOrder("NEW", "QUALIFIED", "CONVERTED", "INVALID");
    }

    @Test
    void lastFollowUpsAreTheNewestOnes() {
        assertThat(count("""
                select count(*) from customer c
                where c.last_follow_up_at is distinct from (select max(occurred_at) from follow_up f where f.customer_id = c.id)""")).isZero();
        assertThat(count("""
                select count(*) from lead l where l.last_follow_up_at is distinct from
                  (select max(occurred_at) from follow_up f where f.subject_type = 'LEAD' and f.subject_id = l.id)""")).isZero();
        assertThat(count("select count(*) from follow_up where subject_type = 'LEAD' and customer_id is null")).isPositive();
        assertThat(count("select count(*) from follow_up where subject_type = 'OPPORTUNITY'")).isPositive();
        assertThat(count("select count(*) from customer where next_contact_at >= " + HISTORY_END)).isPositive();
        assertThat(count("select count(*) from task where not done and due_at < " + HISTORY_END)).isPositive();
        assertThat(count("select count(*) from task where not done and due_at >= " + HISTORY_END)).isPositive();
    }

    @Test
    void historySpansTwoYearsUpToTodayWithBusyFourthQuarters() {
        long days = count("select extract(day from max(occurred_at) - min(occurred_at))::bigint from follow_up");
        assertThat(days).isGreaterThanOrEqualTo(700);
        for (String table : List.of("customer", "lead", "contact", "opportunity", "contract", "receipt", "follow_up", "task")) {
            assertThat(count("select count(*) from " + table + " where created_at >= " + HISTORY_END)).as(table).isZero();
            assertThat(count("select count(*) from " + table + " where updated_at < created_at")).as(table).isZero();
        }
        assertThat(count("select count(*) from opportunity where closed_at < created_at")).isZero();
        Map<String, Long> byQuarter = countsBy("""
                select 'Q' || extract(quarter from signed_on), sum(total_amount)::bigint from contract
                where status = 'APPROVED' group by 1""");
        assertThat(byQuarter.get("Q4")).isGreaterThan(byQuarter.get("Q1"));
        // every seller and every sales department has a target for each of the 25 months
        assertThat(countsBy("select 'user', count(distinct user_id) from sales_target")).containsEntry("user", 26L);
        assertThat(countsBy("select 'dept', count(distinct department_id) from sales_target")).containsEntry("dept", 11L);
        assertThat(count("select count(*) from sales_target")).isEqualTo((26 + 11) * 25);
        double targetsOverActuals = jdbc.sql("""
                select (select sum(contract_amount) from sales_target where user_id is not null)
                     / (select sum(total_amount) from contract where status = 'APPROVED')""").query(Double.class).single();
        assertThat(targetsOverActuals).isBetween(0.9, 1.5);
    }

    @Test
    void seedingAgainChangesNothing() {
        long customers = count("select count(*) from customer");
        long followUps = count("select count(*) from follow_up");

        assertThat(new DemoSeeder(new DemoProperties(true, "demo"), dataSource, CLOCK).seedIfEmpty()).isFalse();
        assertThat(DemoDataGenerator.generate(dataSource, DemoScale.DEMO, 1, CLOCK).seeded()).isFalse();

        assertThat(count("select count(*) from customer")).isEqualTo(customers);
        assertThat(count("select count(*) from follow_up")).isEqualTo(followUps);
        assertThat(count("select count(*) from opportunity_stage")).isEqualTo(4);
    }

    @Test
    void theAppCanInsertAfterwards() throws SQLException {
        List<Map<String, Object>> serials = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and column_default like 'nextval(%'""").query().listOfRows();
        assertThat(serials).hasSizeGreaterThan(25);
        for (Map<String, Object> serial : serials) {
            String table = (String) serial.get("table_name");
            String column = (String) serial.get("column_name");
            Boolean ahead = jdbc.sql("select nextval(pg_get_serial_sequence('" + table + "', '" + column + "')) > "
                    + "(select coalesce(max(" + column + "), 0) from " + table + ")").query(Boolean.class).single();
            assertThat(ahead).as(table).isTrue();
        }
        // as the app would: ids from the sequences (rolled back, so the other tests see only demo data)
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement(); ResultSet id = statement.executeQuery("""
                    insert into customer (name, owner_id, owner_dept_id, owned_since, created_by)
                    select '测试新客户有限公司', id, department_id, now(), id from app_user where username = 'zhangwei'
                    returning id""")) {
                id.next();
                assertThat(id.getLong(1)).isGreaterThan(DemoScale.DEMO.customers());
            } finally {
                connection.rollback();
            }
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Map<String, Long> countsBy(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
