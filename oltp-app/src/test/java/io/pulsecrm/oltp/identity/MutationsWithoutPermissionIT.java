package io.pulsecrm.oltp.identity;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.pulsecrm.oltp.identity.ApiEndpoints.Endpoint;
import io.pulsecrm.oltp.org.PermissionCatalogue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every mutating endpoint under /api/v1 (POST, PUT, PATCH and DELETE, walked from the request
 * mappings) refuses a caller who holds every permission but the one it requires — with an ALL
 * data scope, so that nothing but the permission stands in the way — with 403 permission-denied,
 * and changes nothing: no table gains or loses a row, the records the path names stay as they
 * were, and nothing is logged in the caller's name. A mutating endpoint that requires no
 * permission and is not on the open list fails here too.
 */
class MutationsWithoutPermissionIT extends ScopeMatrix {

    /** Tables that logging in, changing the caller's role or the background jobs (reminders, recycling) write to. */
    private static final Set<String> UNSTEADY = Set.of("flyway_schema_history", "user_session", "org_revision",
            "notification", "pool_event", "pool_warning", "operation_log");

    @Autowired
    private ApplicationContext context;

    @Test
    void everyChangeWithoutItsPermissionAnswers403AndChangesNothing() {
        long walker = users.user(departments.get("O"), null);
        long role = customRole("ALL", PermissionCatalogue.all().toArray(String[]::new));
        grantRole(walker, role);
        String bearer = users.tokenOf(walker);
        String counts = countsOfEveryTable();
        List<Endpoint> mutating = ApiEndpoints.of(context).stream()
                .filter(endpoint -> endpoint.mutating() && (endpoint.permission() != null || !endpoint.open()))
                .sorted(Comparator.comparing(Endpoint::call)).toList();
        assertThat(mutating).extracting(Endpoint::call).contains("POST /api/v1/customers", "DELETE /api/v1/contacts/{id}",
                "PUT /api/v1/contracts/{id}/plans/{planId}", "POST /api/v1/leads/import", "POST /api/v1/users/{id}/handover");

        List<String> offenders = new ArrayList<>();
        for (Endpoint endpoint : mutating) {
            if (endpoint.permission() == null) {
                offenders.add(endpoint.describe() + " requires no permission");
                continue;
            }
            String permission = endpoint.permission().value();
            permit(role, permission, false);
            String before = snapshot(counts, walker);
            MvcTestResult result = request(endpoint, bearer);
            String after = snapshot(counts, walker);
            permit(role, permission, true);
            int status = result.getResponse().getStatus();
            if (status != 403 || !body(result).contains("\"code\":\"permission-denied\"") || !before.equals(after)) {
                offenders.add("%s without %s answered %d%s".formatted(endpoint.describe(), permission, status,
                        before.equals(after) ? "" : " and changed data"));
            }
        }

        assertThat(offenders).as("changes a caller without the permission could make").isEmpty();
    }

    private void permit(long role, String permission, boolean granted) {
        String sql = granted ? "insert into role_permission (role_id, permission) values (:r, :p)"
                : "delete from role_permission where role_id = :r and permission = :p";
        jdbc.sql(sql).param("r", role).param("p", permission).update();
    }

    /** Any body will do: the permission is checked before the body is read. */
    private MvcTestResult request(Endpoint endpoint, String bearer) {
        String path = withIds(endpoint.path());
        if (endpoint.consumes().contains(MediaType.MULTIPART_FORM_DATA)) {
            return mvc.perform(MockMvcRequestBuilders.multipart(path)
                    .file("file", "姓名,来源\r\n张三,OTHER\r\n".getBytes(StandardCharsets.UTF_8))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer));
        }
        token = bearer;
        return send(endpoint.verb(), path, "{}");
    }

    /** The path with A's records (and T as a team member) in place of its variables, so a slip would change them. */
    private String withIds(String path) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                segments[i] = segments[i].equals("{year}") ? "2026" : Long.toString(idIn(segments[i - 1]));
            }
        }
        return String.join("/", segments);
    }

    private long idIn(String collection) {
        return switch (collection) {
            case "customers" -> fixtureCustomer("A");
            case "contacts" -> records.get(Kind.CONTACT).get("A");
            case "leads" -> records.get(Kind.LEAD).get("A");
            case "contracts" -> approved.get("A");
            case "plans" -> records.get(Kind.PLAN).get("A");
            case "receipts" -> records.get(Kind.RECEIPT).get("A");
            case "follow-ups" -> records.get(Kind.FOLLOW_UP).get("A");
            case "tasks" -> records.get(Kind.TASK).get("A");
            case "users" -> people.get("A");
            case "team" -> people.get("T");
            case "departments" -> departments.get("E1");
            // a record of a type the matrix does not make: the refusal comes before any lookup
            default -> 1;
        };
    }

    /** One statement counting the rows of every table (names from the catalogue, never from a request). */
    private String countsOfEveryTable() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list();
        return "select concat_ws(',', " + tables.stream().filter(table -> !UNSTEADY.contains(table))
                .map(table -> "'%s=' || (select count(*) from %s)".formatted(table, table)).collect(joining(", ")) + ")";
    }

    private String snapshot(String counts, long walker) {
        StringBuilder rows = new StringBuilder(jdbc.sql(counts).query(String.class).single());
        rows.append("|logged=").append(countWhere("operation_log", "actor_id", walker));
        for (Kind kind : Kind.values()) {
            rows.append('|').append(row(kind.table, records.get(kind).get("A")));
        }
        return rows.append('|').append(row("contract", approved.get("A"))).append('|')
                .append(row("app_user", people.get("A"))).append('|').append(row("department", departments.get("E1")))
                .toString();
    }
}
