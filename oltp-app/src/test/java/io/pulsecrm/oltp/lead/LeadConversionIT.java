package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.customer.SalesFloor;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Converting a lead into a customer, contact and deal in one transaction. */
class LeadConversionIT extends SalesFloor {

    private long lead(String json) {
        MvcTestResult created = post("/api/v1/leads", json);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    @Test
    void conversionCreatesCustomerPrimaryContactAndDealAndMarksTheLead() {
        asAdmin();
        long stage = newStage("30");
        long campaign = jdbc.sql("""
                insert into campaign (name, channel, start_date, end_date, owner_id, owner_dept_id)
                values ('搜索广告', 'SEARCH', current_date, current_date + 30, :u, :d) returning id""")
                .param("u", manager).param("d", east).query(Long.class).single();
        as(repA);
        String company = unique("转化公司");
        long lead = lead("""
                {"name": "陈总", "title": "总经理", "company": "%s", "phone": "13700000000", "email": "chen@example.com",
                 "source": "SEARCH", "campaignId": %d}""".formatted(company, campaign));

        MvcTestResult converted = post("/api/v1/leads/" + lead + "/convert", """
                {"version": 0, "level": "KEY",
                 "opportunity": {"name": "首单", "amount": 50000.5, "stageId": %d, "expectedCloseDate": "2026-12-31"}}"""
                .formatted(stage));

        assertThat(converted).hasStatusOk();
        long customer = JsonPath.<Number>read(body(converted), "$.customerId").longValue();
        long deal = JsonPath.<Number>read(body(converted), "$.opportunityId").longValue();
        assertThat(jdbc.sql("select name || '|' || lead_id || '|' || campaign_id || '|' || source || '|' || owner_id || '|' || level "
                + "from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo("%s|%d|%d|SEARCH|%d|KEY".formatted(company, lead, campaign, repA));
        assertThat(jdbc.sql("select name || '|' || is_primary || '|' || coalesce(title, '') from contact where customer_id = ?")
                .param(customer).query(String.class).single()).isEqualTo("陈总|true|总经理");
        assertThat(jdbc.sql("select customer_id || '|' || owner_id || '|' || campaign_id || '|' || status || '|' || amount "
                + "from opportunity where id = ?").param(deal).query(String.class).single())
                .isEqualTo("%d|%d|%d|OPEN|50000.50".formatted(customer, repA, campaign));
        assertThat(countWhere("select count(*) from opportunity_stage_move where opportunity_id = ?", deal)).isZero();
        assertThat(get("/api/v1/leads/" + lead)).bodyJson().extractingPath("$.status").isEqualTo("CONVERTED");
        assertThat(get("/api/v1/leads/" + lead)).bodyJson().extractingPath("$.convertedCustomerId").asNumber()
                .isEqualTo((int) customer);
        assertThat(put("/api/v1/leads/" + lead, "{\"name\": \"改\", \"source\": \"SEARCH\", \"version\": 1}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/api/v1/leads/" + lead + "/convert", "{\"version\": 1}")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void theLeadsFollowUpsShowOnTheCustomerItBecomes() {
        as(repA);
        long lead = lead("{\"name\": \"跟进过的线索\", \"source\": \"EVENT\"}");
        MvcTestResult followUp = post("/api/v1/follow-ups", """
                {"subjectType": "LEAD", "subjectId": %d, "kind": "COMMUNICATION", "method": "PHONE",
                 "content": "电话沟通需求", "occurredAt": "2026-11-01T02:00:00Z"}""".formatted(lead));
        assertThat(followUp).hasStatus(HttpStatus.CREATED);
        int version = jdbc.sql("select version from lead where id = ?").param(lead).query(Integer.class).single();

        MvcTestResult converted = post("/api/v1/leads/" + lead + "/convert", "{\"version\": %d}".formatted(version));

        assertThat(converted).hasStatusOk();
        long customer = JsonPath.<Number>read(body(converted), "$.customerId").longValue();
        assertThat(get("/api/v1/customers/" + customer + "/follow-ups")).hasStatusOk().bodyJson()
                .extractingPath("$.items[*].id").asArray().containsExactly((int) idOf(followUp));
    }

    @Test
    void aContactGivenInTheRequestIsThePrimaryContact() {
        as(repA);
        long lead = lead("{\"name\": \"个人客户\", \"source\": \"REFERRAL\"}");

        MvcTestResult converted = post("/api/v1/leads/" + lead + "/convert",
                "{\"version\": 0, \"contact\": {\"name\": \"采购 刘\", \"mobile\": \"13600000000\"}}");

        assertThat(converted).hasStatusOk();
        long customer = JsonPath.<Number>read(body(converted), "$.customerId").longValue();
        assertThat(jdbc.sql("select name from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo("个人客户");
        assertThat(jdbc.sql("select name from contact where customer_id = ? and is_primary").param(customer)
                .query(String.class).single()).isEqualTo("采购 刘");
    }

    @Test
    void aBadOpportunityRefusesTheWholeConversion() {
        as(repA);
        long lead = lead("{\"name\": \"失败转化\", \"company\": \"%s\", \"source\": \"REFERRAL\"}".formatted(unique("失败")));
        long customers = count("customer");
        long contacts = count("contact");

        MvcTestResult refused = post("/api/v1/leads/" + lead + "/convert", """
                {"version": 0, "contact": {"name": ""}, "opportunity": {"name": "单", "amount": -1, "stageId": 999999999}}""");
        MvcTestResult unknownStage = post("/api/v1/leads/" + lead + "/convert",
                "{\"version\": 0, \"opportunity\": {\"name\": \"单\", \"amount\": 1, \"stageId\": 999999999}}");

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("contact.name", "opportunity.amount");
        assertThat(unknownStage).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("opportunity.stageId");
        assertThat(count("customer")).isEqualTo(customers);
        assertThat(count("contact")).isEqualTo(contacts);
        assertThat(get("/api/v1/leads/" + lead)).bodyJson().extractingPath("$.status").isEqualTo("NEW");
    }

    @Test
    void someoneWithoutCustomerCreateCannotConvert() {
        long marketer = users.user(west, null, "MARKETER");
        as(marketer);
        long lead = lead("{\"name\": \"市场线索\", \"source\": \"EVENT\"}");
        long customers = count("customer");

        assertThat(post("/api/v1/leads/" + lead + "/convert", "{\"version\": 0}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("customer")).isEqualTo(customers);
    }

    @Test
    void aLeadOutOfScopeCannotBeConverted() {
        as(outsider);
        long lead = lead("{\"name\": \"外人线索\", \"source\": \"EVENT\"}");
        as(repA);

        assertThat(post("/api/v1/leads/" + lead + "/convert", "{\"version\": 0}")).hasStatus(HttpStatus.NOT_FOUND);
    }
}
