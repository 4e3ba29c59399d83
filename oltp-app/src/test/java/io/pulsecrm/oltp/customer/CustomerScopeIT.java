package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who reaches which customer: a SELF rep their own, the DEPT manager the department's, an
 * outsider none of them; team members what their access allows. Out of reach is 404 and unchanged.
 */
class CustomerScopeIT extends SalesFloor {

    private final Map<String, Long> customers = new java.util.HashMap<>();
    private String tag;

    @BeforeAll
    void customersOfEach() {
        tag = unique("范围");
        customers.put("A", customerOwnedBy(repA, tag + " A"));
        customers.put("B", customerOwnedBy(repB, tag + " B"));
        customers.put("M", customerOwnedBy(manager, tag + " M"));
        customers.put("O", customerOwnedBy(outsider, tag + " O"));
    }

    private static final Map<String, Set<String>> SEES = Map.of(
            "A", Set.of("A"), "M", Set.of("A", "B", "M"), "O", Set.of("O"));

    private long viewer(String who) {
        return switch (who) {
            case "A" -> repA;
            case "M" -> manager;
            default -> outsider;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "M", "O"})
    void theListShowsExactlyTheCustomersInScope(String who) {
        as(viewer(who));

        var listed = ids(get("/api/v1/customers?size=100&q=" + tag));

        Set<Long> expected = new java.util.HashSet<>();
        SEES.get(who).forEach(owner -> expected.add(customers.get(owner)));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "M", "O"})
    void detailAndUpdateReachOnlyCustomersInScopeAndOthersStayUnchanged(String who) {
        as(viewer(who));
        customers.forEach((owner, id) -> {
            boolean visible = SEES.get(who).contains(owner);
            String before = row("customer", id);
            assertThat(get("/api/v1/customers/" + id)).hasStatus(visible ? HttpStatus.OK : HttpStatus.NOT_FOUND);
            MvcTestResult update = put("/api/v1/customers/" + id, "{\"name\": \"%s %s\", \"version\": %d}"
                    .formatted(tag, owner, version("customer", id)));
            assertThat(update).hasStatus(visible ? HttpStatus.OK : HttpStatus.NOT_FOUND);
            if (!visible) {
                assertThat(row("customer", id)).isEqualTo(before);
                assertThat(get("/api/v1/customers/" + id + "/logs")).hasStatus(HttpStatus.NOT_FOUND);
                assertThat(get("/api/v1/customers/" + id + "/contacts")).hasStatus(HttpStatus.NOT_FOUND);
            }
        });
    }

    @Test
    void aManagerCannotDeleteACustomerOutOfScope() {
        as(manager);

        assertThat(delete("/api/v1/customers/" + customers.get("O"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(row("customer", customers.get("O"))).isNotEqualTo("absent");
    }

    @Test
    void listingTheCustomersOfSomeoneOutOfScopeIsForbidden() {
        as(repA);

        assertThat(get("/api/v1/customers?ownerId=" + repB)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("ownerId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ", "WRITE"})
    void aTeamMemberSeesTheCustomerAndEditsItOnlyWithWriteAccess(String access) {
        long customer = customerOwnedBy(repA, unique("团队客户"));
        as(repA);
        assertThat(post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"%s\"}"
                .formatted(outsider, access))).hasStatus(HttpStatus.CREATED);
        as(outsider);

        assertThat(get("/api/v1/customers/" + customer)).hasStatusOk();
        assertThat(ids(get("/api/v1/customers?size=100&q=团队客户"))).contains(customer);
        assertThat(put("/api/v1/customers/" + customer, "{\"name\": \"队友改名\", \"version\": %d}"
                .formatted(version("customer", customer))))
                .hasStatus(access.equals("WRITE") ? HttpStatus.OK : HttpStatus.FORBIDDEN);
        // members work on the customer; they do not decide who else does
        assertThat(post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"READ\"}"
                .formatted(repB))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theOwnerRemovesATeamMemberWhoThenLosesAccess() {
        long customer = customerOwnedBy(repA, unique("退出团队"));
        as(repA);
        post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"READ\"}".formatted(outsider));

        assertThat(delete("/api/v1/customers/" + customer + "/team/" + outsider)).hasStatus(HttpStatus.NO_CONTENT);

        as(outsider);
        assertThat(get("/api/v1/customers/" + customer)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void teamMembersMustExistAndBeEnabled() {
        long customer = customerOwnedBy(repA, unique("无效成员"));
        long disabled = users.user(east, null, "SALES_REP");
        jdbc.sql("update app_user set enabled = false where id = ?").param(disabled).update();
        as(repA);

        assertThat(post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"READ\"}".formatted(disabled)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("userId");
        assertThat(post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"OWNER\"}".formatted(repB)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("access");
        assertThat(countWhere("select count(*) from record_team_member where entity_type = 'CUSTOMER' and entity_id = ?",
                customer)).isZero();
    }

    @Test
    void aContactItsHolderKeptWhenTheCustomerMovedOnIsReachedAlikeByBothScopesInListAndDetail() {
        String name = unique("留下的联系人");
        long customer = customerOwnedBy(repA, unique("移走的客户"));
        as(repA);
        long contact = idOf(post("/api/v1/customers/%d/contacts".formatted(customer), "{\"name\": \"%s\"}".formatted(name)));
        asAdmin();
        assertThat(post("/api/v1/customers/transfer", "{\"ids\": [%d], \"ownerId\": %d, \"moveContacts\": false}"
                .formatted(customer, outsider))).hasStatusOk();
        assertThat(ownerOf("contact", contact)).isEqualTo(repA);

        // the holder's manager reaches it through its holder, the customer's new owner through the customer
        for (long viewer : List.of(manager, outsider, repB)) {
            as(viewer);
            boolean reached = viewer != repB;
            assertThat(ids(get("/api/v1/contacts?size=100&q=" + name))).as("list of %d", viewer)
                    .isEqualTo(reached ? List.of(contact) : List.of());
            assertThat(get("/api/v1/contacts/" + contact)).as("detail for %d", viewer)
                    .hasStatus(reached ? HttpStatus.OK : HttpStatus.NOT_FOUND);
            assertThat(put("/api/v1/contacts/" + contact, "{\"name\": \"%s\", \"version\": %d}"
                    .formatted(name, version("contact", contact)))).as("change by %d", viewer)
                    .hasStatus(reached ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aServiceAgentWithoutCreatePermissionIsRefused() {
        as(agent);
        long before = count("customer");

        assertThat(post("/api/v1/customers", "{\"name\": \"客服建客户\"}")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("permission-denied");
        assertThat(count("customer")).isEqualTo(before);
    }
}
