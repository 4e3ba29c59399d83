package io.pulsecrm.oltp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.pulsecrm.oltp.identity.MatrixRule.Case;
import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organization and records the authorization matrix runs on, built once per class through the API:
 *
 * <pre>
 * top ─ sales S ─┬ east E ── east-1 E1        other O
 *                └ north N
 * V  (S)  DEPT_AND_CHILDREN                    X (O) CUSTOM over E and N (not E1: chosen departments only)
 * D  (E)  SELF_AND_SUBORDINATES, reports to V  Y (O) ALL
 * C  (E)  SELF and DEPT (the wider wins), reports to V
 * L  (E1) reports to D;  A (E1) SELF, reports to L;  B (E1) reports to L;  N (N) reports to V
 * T  (O)  SELF, owns nothing: on N's customer team (READ) and N's contracts' teams (WRITE)
 * </pre>
 * Everyone but T owns one record of every {@link Kind}, named with this class's {@link #tag}; all
 * hold the same permissions (a custom role per scope), so only the data scope tells them apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScopeMatrix extends DealsIntegrationTest {

    static final List<String> PERMISSIONS = List.of(
            "customer:view", "customer:create", "customer:edit", "customer:delete", "customer:export",
            "contact:view", "contact:create", "contact:edit", "contact:delete",
            "lead:view", "lead:create", "lead:edit", "lead:delete", "lead:export",
            "contract:view", "contract:create", "contract:edit", "contract:delete",
            "receipt:view", "receipt:create", "receipt:edit", "receipt:delete",
            "follow_up:view", "follow_up:create", "follow_up:edit", "follow_up:delete",
            "task:view", "task:create", "task:edit", "task:delete");

    final Map<String, Long> people = new HashMap<>();
    final Map<String, Long> departments = new HashMap<>();
    final Map<Kind, Map<String, Long>> records = new EnumMap<>(Kind.class);
    /** Each owner's approved contract: the one plans and receipts belong to. */
    final Map<String, Long> approved = new HashMap<>();
    final String tag = "矩阵-" + UUID.randomUUID().toString().substring(0, 8);
    /** Shared by every fixture customer and lead, so that the duplicate check finds all of them. */
    final String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    final String company = tag + "公司";
    /** Fixture follow-ups happen and receipts arrive at times no other test uses, so lists can be narrowed to them. */
    final Instant occurred = Instant.parse("2001-01-01T00:00:00Z").plusSeconds(60L * ThreadLocalRandom.current().nextInt(5_000_000));
    final LocalDate received = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000));
    long product;
    long pooled;

    @BeforeAll
    void organization() {
        departments.put("S", users.department(null));
        departments.put("E", users.department(departments.get("S")));
        departments.put("E1", users.department(departments.get("E")));
        departments.put("N", users.department(departments.get("S")));
        departments.put("O", users.department(null));
        person("V", "S", null, "DEPT_AND_CHILDREN");
        person("D", "E", "V", "SELF_AND_SUBORDINATES");
        person("C", "E", "V", "SELF", "DEPT");
        person("L", "E1", "D", "SELF");
        person("A", "E1", "L", "SELF");
        person("B", "E1", "L", "SELF");
        person("N", "N", "V", "SELF");
        person("X", "O", null, "CUSTOM");
        person("Y", "O", null, "ALL");
        person("T", "O", null, "SELF");
        product = product("1000");
        for (String who : MatrixRule.OWNERS) {
            for (Kind kind : Kind.values()) {
                records.computeIfAbsent(kind, k -> new HashMap<>()).put(who, make(kind, who, true));
            }
        }
        pooled = jdbc.sql("insert into customer (name, phone, created_by, pool_entered_at) values (:n, :p, :by, now()) returning id")
                .param("n", tag + " 公海").param("p", phone).param("by", people.get("V")).query(Long.class).single();
        token = null;
    }

    private void person(String who, String department, String manager, String... scopes) {
        long id = users.user(departments.get(department), manager == null ? null : people.get(manager));
        for (String scope : scopes) {
            long role = customRole(scope, PERMISSIONS.toArray(String[]::new));
            if (scope.equals("CUSTOM")) {
                for (String chosen : List.of("E", "N")) {
                    jdbc.sql("insert into role_scope_department (role_id, department_id) values (:r, :d)")
                            .param("r", role).param("d", departments.get(chosen)).update();
                }
            }
            grantRole(id, role);
        }
        people.put(who, id);
    }

    /** A record of the kind owned by {@code who}, made by them through the API; fixtures carry the tag. */
    long make(Kind kind, String who, boolean fixture) {
        String before = token;
        token = users.tokenOf(people.get(who));
        try {
            if (kind == Kind.PLAN && !approved.containsKey(who)) {
                approved.put(who, approvedContract(records.get(Kind.CUSTOMER).get(who), product, "10"));
                seatT(who, "CONTRACT", approved.get(who), "WRITE");
            }
            String name = fixture ? tag + " " + who : "一次性 " + UUID.randomUUID();
            MvcTestResult created = send(kind.create(this, who, name, fixture));
            assertThat(created).as("%s makes a %s", who, kind).hasStatus(HttpStatus.CREATED);
            long id = idOf(created);
            switch (kind) {
                case CUSTOMER -> seatT(who, "CUSTOMER", id, "READ");
                case CONTRACT -> seatT(who, "CONTRACT", id, "WRITE");
                default -> { }
            }
            return id;
        } finally {
            token = before;
        }
    }

    /** T sits on the teams of N's customers (READ) and contracts (WRITE). */
    private void seatT(String owner, String entity, long id, String access) {
        if (owner.equals("N")) {
            jdbc.sql("""
                    insert into record_team_member (entity_type, entity_id, user_id, access, added_by)
                    values (:e, :id, :u, :a, :by)""").param("e", entity).param("id", id).param("u", people.get("T"))
                    .param("a", access).param("by", people.get("N")).update();
        }
    }

    void as(Case c) {
        token = users.tokenOf(people.get(c.viewer));
    }

    long fixtureCustomer(String who) {
        return records.get(Kind.CUSTOMER).get(who);
    }

    String text(String sql, long id) {
        return jdbc.sql(sql).param(id).query(String.class).single();
    }

    int versionOf(Kind kind, long id) {
        return version(kind.table, id);
    }

    /** A value no earlier change wrote, so that a change always shows in the row. */
    String changeMark() {
        return "改 " + UUID.randomUUID();
    }

    MvcTestResult send(Kind.Call call) {
        return send(call.verb(), call.path(), call.json());
    }
}
