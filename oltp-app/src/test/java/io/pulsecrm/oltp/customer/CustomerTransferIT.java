package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Transferring customers (转移) with what hangs under them, all or nothing. */
class CustomerTransferIT extends SalesFloor {

    private long stage;

    private long opportunityOf(long customer, long owner) {
        if (stage == 0) {
            asAdmin();
            stage = newStage("10");
        }
        return jdbc.sql("""
                insert into opportunity (name, amount, stage_id, customer_id, owner_id, owner_dept_id, created_by)
                values ('商机', 100, :s, :c, :o, :d, :o) returning id""")
                .param("s", stage).param("c", customer).param("o", owner).param("d", east).query(Long.class).single();
    }

    private long contractOf(long customer, long owner) {
        return jdbc.sql("""
                insert into contract (number, name, customer_id, signed_on, owner_id, owner_dept_id, created_by)
                values (:n, '合同', :c, current_date, :o, :d, :o) returning id""")
                .param("n", unique("HT")).param("c", customer).param("o", owner).param("d", east).query(Long.class).single();
    }

    private String teamAccess(String type, long id, long user) {
        return jdbc.sql("select access from record_team_member where entity_type = ? and entity_id = ? and user_id = ?")
                .params(type, id, user).query(String.class).optional().orElse(null);
    }

    @Test
    void aManagerTransfersACustomerWithContactsDealsAndContractsAndKeepsTheOldOwnerOnTheTeam() {
        long customer = customerOwnedBy(repA, unique("转移客户"));
        as(repA);
        long contact = idOf(post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"联系人\"}"));
        long deal = opportunityOf(customer, repA);
        long colleaguesDeal = opportunityOf(customer, manager);
        long contract = contractOf(customer, repA);
        as(manager);

        MvcTestResult moved = post("/api/v1/customers/transfer", """
                {"ids": [%d], "ownerId": %d, "moveContacts": true, "moveOpportunities": true, "moveContracts": true,
                 "keepOldOwnerAsTeamMember": "READ"}""".formatted(customer, repB));

        assertThat(moved).hasStatusOk();
        assertThat(moved).bodyJson().extractingPath("$.customers").asNumber().isEqualTo(1);
        assertThat(moved).bodyJson().extractingPath("$.opportunities").asNumber().isEqualTo(1);
        assertThat(ownerOf("customer", customer)).isEqualTo(repB);
        assertThat(ownerOf("contact", contact)).isEqualTo(repB);
        assertThat(ownerOf("opportunity", deal)).isEqualTo(repB);
        assertThat(ownerOf("contract", contract)).isEqualTo(repB);
        assertThat(ownerOf("opportunity", colleaguesDeal)).isEqualTo(manager);
        assertThat(teamAccess("CUSTOMER", customer, repA)).isEqualTo("READ");
        assertThat(teamAccess("OPPORTUNITY", deal, repA)).isEqualTo("READ");
        for (String table : new String[] {"customer", "contact", "opportunity", "contract"}) {
            long id = switch (table) {
                case "customer" -> customer;
                case "contact" -> contact;
                case "opportunity" -> deal;
                default -> contract;
            };
            assertThat(countWhere("select count(*) from operation_log where entity_type = upper(?) and entity_id = ? "
                    + "and action = 'TRANSFER'", table, id)).as(table).isEqualTo(1);
        }
        as(repA);
        assertThat(get("/api/v1/customers/" + customer)).hasStatusOk();
        assertThat(put("/api/v1/customers/" + customer, "{\"name\": \"老负责人改\", \"version\": %d}"
                .formatted(version("customer", customer)))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void withoutOptionsOnlyTheCustomerAndItsContactsMoveAndTheOldOwnerLeaves() {
        long customer = customerOwnedBy(repA, unique("只转客户"));
        as(repA);
        long contact = idOf(post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"联系人\"}"));
        long deal = opportunityOf(customer, repA);
        as(repA);

        assertThat(post("/api/v1/customers/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(customer, repA)))
                .hasStatusOk().bodyJson().extractingPath("$.customers").asNumber().isEqualTo(0);
        as(manager);
        assertThat(post("/api/v1/customers/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(customer, repB)))
                .hasStatusOk();

        assertThat(ownerOf("customer", customer)).isEqualTo(repB);
        assertThat(ownerOf("contact", contact)).isEqualTo(repB);
        assertThat(ownerOf("opportunity", deal)).isEqualTo(repA);
        assertThat(teamAccess("CUSTOMER", customer, repA)).isNull();
        assertThat(jdbc.sql("select owner_dept_id from customer where id = ?").param(customer).query(Long.class).single())
                .isEqualTo(east);
    }

    @Test
    void oneCustomerOutOfScopeRefusesTheWholeTransfer() {
        long mine = customerOwnedBy(repA, unique("我的"));
        long theirs = customerOwnedBy(outsider, unique("别人的"));
        String before = row("customer", mine) + row("customer", theirs);
        as(manager);

        MvcTestResult refused = post("/api/v1/customers/transfer", "{\"ids\": [%d, %d], \"ownerId\": %d}"
                .formatted(mine, theirs, repB));

        assertThat(refused).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(row("customer", mine) + row("customer", theirs)).isEqualTo(before);
    }

    @Test
    void aNewOwnerOutOfScopeIsForbiddenAndAnUnknownOneIsBadInput() {
        long customer = customerOwnedBy(repA, unique("新负责人"));
        as(repA);

        assertThat(post("/api/v1/customers/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(customer, repB)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ownerId");
        assertThat(post("/api/v1/customers/transfer", "{\"ids\": [%d], \"ownerId\": 999999999}".formatted(customer)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ownerId");
        assertThat(post("/api/v1/customers/transfer", "{\"ids\": [], \"ownerId\": %d}".formatted(repA)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ids");
        assertThat(ownerOf("customer", customer)).isEqualTo(repA);
    }

    @Test
    void aTeamMemberEvenWithWriteAccessCannotTransfer() {
        long customer = customerOwnedBy(repA, unique("团队成员转移"));
        as(repA);
        post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"WRITE\"}".formatted(outsider));
        as(outsider);

        assertThat(post("/api/v1/customers/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(customer, outsider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(ownerOf("customer", customer)).isEqualTo(repA);
    }
}
