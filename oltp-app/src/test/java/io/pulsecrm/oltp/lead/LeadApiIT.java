package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.customer.SalesFloor;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Leads through the API: create with duplicate warnings, edit, qualify, invalidate, transfer, scope. */
class LeadApiIT extends SalesFloor {

    protected long newLead(String json) {
        MvcTestResult created = post("/api/v1/leads", json);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    private long leadOf(long owner, String name) {
        String before = token;
        as(owner);
        try {
            return newLead("{\"name\": \"%s\", \"source\": \"WEBSITE\"}".formatted(name));
        } finally {
            token = before;
        }
    }

    @Test
    void aRepCreatesALeadWithSourceAndCampaign() {
        long campaign = jdbc.sql("""
                insert into campaign (name, channel, start_date, end_date, owner_id, owner_dept_id)
                values ('春季展会', 'EXHIBITION', current_date, current_date + 30, :u, :d) returning id""")
                .param("u", manager).param("d", east).query(Long.class).single();
        as(repA);

        MvcTestResult created = post("/api/v1/leads", """
                {"name": "李雷", "company": "%s", "phone": "13900000001", "source": "展会", "campaignId": %d}"""
                .formatted(unique("韩梅梅公司"), campaign).replace("展会", "EXHIBITION"));

        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("NEW");
        assertThat(created).bodyJson().extractingPath("$.campaignId").asNumber().isEqualTo((int) campaign);
        assertThat(created).bodyJson().extractingPath("$.ownerId").asNumber().isEqualTo((int) repA);
        assertThat(created).bodyJson().extractingPath("$.duplicates").asArray().isEmpty();
        assertThat(post("/api/v1/leads", "{\"name\": \"x\", \"source\": \"WEBSITE\", \"campaignId\": 999999999}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("campaignId");
    }

    @Test
    void duplicatesAreWarnedNotRefusedAndOnlyVisibleOnesAreNamed() {
        String company = unique("重复公司");
        String phone = "1390" + (System.nanoTime() % 10_000_000L + 10_000_000L);
        as(repA);
        long mine = newLead("{\"name\": \"甲\", \"company\": \"%s\", \"source\": \"WEBSITE\"}".formatted(company));
        as(outsider);
        newLead("{\"name\": \"乙\", \"phone\": \"%s\", \"source\": \"WEBSITE\"}".formatted(phone));
        long customer = newCustomer(company.toUpperCase());
        as(repA);

        MvcTestResult created = post("/api/v1/leads", """
                {"name": "丙", "company": "%s", "phone": "%s", "source": "REFERRAL"}""".formatted(company.toLowerCase(), phone));

        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created).bodyJson().extractingPath("$.duplicates[*].id").asArray().containsExactly((int) mine);
        assertThat(created).bodyJson().extractingPath("$.duplicates[0].matchedOn").asArray().containsExactly("company");
        assertThat(created).bodyJson().extractingPath("$.hiddenDuplicates").asNumber().isEqualTo(2);
        as(outsider);
        MvcTestResult check = get("/api/v1/leads/duplicates?phone=" + phone + "&company=" + company);
        assertThat(check).hasStatusOk().bodyJson().extractingPath("$.duplicates[*].type").asArray()
                .containsExactlyInAnyOrder("LEAD", "CUSTOMER");
        assertThat(check).bodyJson().extractingPath("$.hiddenDuplicates").asNumber().isEqualTo(2);
        assertThat(customer).isPositive();
    }

    @Test
    void aLeadIsQualifiedThenConvertedLeadsAreFinal() {
        as(repA);
        long lead = newLead("{\"name\": \"合格线索\", \"source\": \"SEARCH\"}");

        assertThat(post("/api/v1/leads/" + lead + "/qualify", "{\"version\": 0}")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("QUALIFIED");
        assertThat(post("/api/v1/leads/" + lead + "/qualify", "{\"version\": 1}")).hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/api/v1/leads/" + lead + "/invalid", "{\"version\": 1, \"reason\": \"空号\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("INVALID");
        assertThat(post("/api/v1/leads/" + lead + "/convert", "{\"version\": 2}")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("lead-status-conflict");
        assertThat(get("/api/v1/leads/" + lead + "/logs")).bodyJson().extractingPath("$[0].summary")
                .isEqualTo("marked invalid: 空号");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        as(repA);
        long lead = newLead("{\"name\": \"版本线索\", \"source\": \"SEARCH\"}");
        assertThat(put("/api/v1/leads/" + lead, "{\"name\": \"改一次\", \"source\": \"SEARCH\", \"version\": 0}")).hasStatusOk();
        String before = row("lead", lead);

        assertThat(put("/api/v1/leads/" + lead, "{\"name\": \"改两次\", \"source\": \"SEARCH\", \"version\": 0}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(row("lead", lead)).isEqualTo(before);
    }

    @Test
    void listDetailUpdateAndDeleteReachOnlyLeadsInScope() {
        String tag = unique("线索范围");
        long a = leadOf(repA, tag + " A");
        long b = leadOf(repB, tag + " B");
        long o = leadOf(outsider, tag + " O");

        as(repA);
        assertThat(ids(get("/api/v1/leads?q=" + tag))).containsExactly(a);
        as(manager);
        assertThat(ids(get("/api/v1/leads?q=" + tag)))
                .containsExactlyInAnyOrder(a, b);
        String before = row("lead", o);
        assertThat(get("/api/v1/leads/" + o)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/api/v1/leads/" + o, "{\"name\": \"改\", \"source\": \"SEARCH\", \"version\": 0}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(delete("/api/v1/leads/" + o)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(row("lead", o)).isEqualTo(before);
        assertThat(delete("/api/v1/leads/" + b)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(row("lead", b)).isEqualTo("absent");
        as(repA);
        assertThat(delete("/api/v1/leads/" + a)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/leads?ownerId=" + repB)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theListFiltersByStatusSourceAndCreatedDays() {
        String tag = unique("筛选线索");
        as(repB);
        long web = newLead("{\"name\": \"%s 1\", \"source\": \"WEBSITE\"}".formatted(tag));
        long phone = newLead("{\"name\": \"%s 2\", \"source\": \"TELEMARKETING\"}".formatted(tag));
        post("/api/v1/leads/" + phone + "/qualify", "{\"version\": 0}");

        assertThat(ids(get("/api/v1/leads?q=" + tag + "&source=WEBSITE")))
                .containsExactly(web);
        assertThat(ids(get("/api/v1/leads?q=" + tag + "&status=QUALIFIED")))
                .containsExactly(phone);
        assertThat(ids(get("/api/v1/leads?q=" + tag + "&createdTo=2020-01-01")))
                .isEmpty();
        assertThat(get("/api/v1/leads?createdFrom=2026-02-01&createdTo=2026-01-01")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("createdTo");
    }

    @Test
    void aTransferMovesAllLeadsOrNone() {
        long a1 = leadOf(repA, unique("转移线索"));
        long a2 = leadOf(repA, unique("转移线索"));
        long o = leadOf(outsider, unique("外人线索"));
        as(manager);

        assertThat(post("/api/v1/leads/transfer", "{\"ids\": [%d, %d, %d], \"ownerId\": %d}".formatted(a1, a2, o, repB)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(ownerOf("lead", a1)).isEqualTo(repA);
        assertThat(ownerOf("lead", o)).isEqualTo(outsider);

        assertThat(post("/api/v1/leads/transfer", "{\"ids\": [%d, %d], \"ownerId\": %d}".formatted(a1, a2, repB)))
                .hasStatusOk().bodyJson().extractingPath("$.transferred").asNumber().isEqualTo(2);
        assertThat(ownerOf("lead", a1)).isEqualTo(repB);
        assertThat(ownerOf("lead", a2)).isEqualTo(repB);
        assertThat(countWhere("select count(*) from operation_log where entity_type = 'LEAD' and entity_id = ? "
                + "and action = 'TRANSFER'", a1)).isEqualTo(1);
        assertThat(post("/api/v1/leads/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(a1, outsider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(ownerOf("lead", a1)).isEqualTo(repB);
    }

    @Test
    void aServiceAgentCannotCreateLeads() {
        as(agent);
        long before = count("lead");

        assertThat(post("/api/v1/leads", "{\"name\": \"客服\", \"source\": \"WEBSITE\"}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("lead")).isEqualTo(before);
    }
}
