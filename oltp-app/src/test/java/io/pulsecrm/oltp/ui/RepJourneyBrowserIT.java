package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A rep's whole journey in the browser, as the API contracts describe it: a new lead, a follow-up on it,
 * converting it to a customer with an opportunity, a contract from that opportunity with a product line,
 * approval by the admin, a payment plan and a receipt against it. Each step checks what PostgreSQL holds.
 */
class RepJourneyBrowserIT extends BrowserTest {

    private long productId;

    private long product(String name, String price) {
        token = null;
        MvcTestResult created = post("/api/v1/products", """
                {"code": "P-%s", "name": "%s", "unit": "套", "price": %s, "active": true}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), name, price));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    /** One approval step, the admin: submitting then waits in the admin's inbox. Answers the flow's id. */
    private long approvalFlowOfTheAdmin() {
        token = null;
        long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
        MvcTestResult created = post("/api/v1/approval-flows", """
                {"name": "IT 合同审批 %s", "enabled": true, "steps": [{"approverType": "USER", "userId": %d}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), admin));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    /** Other tests expect no enabled flow: leave none. */
    private void disable(long flow) {
        jdbc.sql("update approval_flow set enabled = false where id = :id").param("id", flow).update();
    }

    private String single(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).single();
    }

    private long idInPath() {
        String path = path().replaceAll("\\?.*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void fromLeadToReceipt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String company = "蓝海科技-" + suffix;
        long stage = newStage("30");
        productId = product("CRM 年度订阅 " + suffix, "12000.00");
        long flow = approvalFlowOfTheAdmin();
        try {
            journey(company, stage);
        } finally {
            disable(flow);
        }
    }

    private void journey(String company, long stage) throws Exception {
        long rep = users.user(users.department(null), null, "SALES_REP");
        logInAs(rep);

        // 1. a new lead
        open("/app/leads/new");
        type(By.cssSelector("[data-field=name] input"), "王经理");
        type(By.cssSelector("[data-field=company] input"), company);
        type(By.cssSelector("[data-field=phone] input"), "1380000" + (1000 + (int) (Math.random() * 8999)));
        new Select(visible(By.cssSelector("[data-field=source] select"))).selectByValue("EXHIBITION");
        click(By.cssSelector("[data-action=submit]"));
        until(driver -> path().matches("/app/leads/\\d+"));
        waitReady();
        long lead = idInPath();
        assertThat(single("select status from lead where id = ?", lead)).isEqualTo("NEW");

        // 2. a follow-up on it
        click(By.cssSelector(".tab[data-tab=followUps]"));
        type(By.cssSelector(".follow-up-writer [data-field=content] textarea"), "展会上交换名片，约下周上门演示");
        click(By.cssSelector(".follow-up-writer [data-action=submit]"));
        until(driver -> driver.findElements(By.cssSelector(".timeline-item .timeline-content")).stream()
                .anyMatch(item -> item.getText().contains("约下周上门演示")));
        assertThat(single("select count(*)::text from follow_up where subject_type = 'LEAD' and subject_id = ?", lead)).isEqualTo("1");

        // 3. convert: customer + contact + opportunity
        click(By.cssSelector(".page-actions [data-action=convert]"));
        click(By.cssSelector("dialog [data-field=withOpportunity] input"));
        type(By.cssSelector("dialog [data-part=opportunity] [data-field=name] input"), company + " 订阅");
        type(By.cssSelector("dialog [data-part=opportunity] [data-field=amount] input"), "24000");
        until(driver -> new Select(driver.findElement(By.cssSelector("dialog [data-part=opportunity] [data-field=stageId] select"))).getOptions().size() > 1);
        new Select(browser.findElement(By.cssSelector("dialog [data-part=opportunity] [data-field=stageId] select"))).selectByValue(String.valueOf(stage));
        click(By.cssSelector("dialog [data-action=submit]"));
        until(driver -> path().matches("/app/customers/\\d+"));
        waitReady();
        long customer = idInPath();
        assertThat(single("select status from lead where id = ?", lead)).isEqualTo("CONVERTED");
        assertThat(single("select name from customer where id = ?", customer)).isEqualTo(company);
        screenshot("journey-customer");

        // the customer's details are completed on its edit form
        click(By.cssSelector(".page-actions [data-action=edit]"));
        until(driver -> path().equals("/app/customers/" + customer + "/edit"));
        assertThat(visible(By.cssSelector("[data-field=name] input")).getDomProperty("value")).isEqualTo(company);
        type(By.cssSelector("[data-field=industry] input"), "软件");
        click(By.cssSelector("[data-action=submit]"));
        until(driver -> path().equals("/app/customers/" + customer));
        waitReady();
        assertThat(single("select industry from customer where id = ?", customer)).isEqualTo("软件");

        // 4. the opportunity under the customer
        click(By.cssSelector(".tab[data-tab=opportunities]"));
        click(By.cssSelector(".tab-panel[data-tab=opportunities] tbody tr a"));
        until(driver -> path().matches("/app/opportunities/\\d+"));
        waitReady();
        long deal = idInPath();
        assertThat(single("select customer_id::text from opportunity where id = ?", deal)).isEqualTo(String.valueOf(customer));

        // 5. a contract from the opportunity with one product line
        click(By.cssSelector(".page-actions [data-action=contract]"));
        until(driver -> path().startsWith("/app/contracts/new"));
        waitReady();
        type(By.cssSelector("[data-field=name] input"), company + " 订阅合同");
        WebElement line = visible(By.cssSelector(".lines tbody tr"));
        until(driver -> new Select(line.findElement(By.cssSelector("[data-col=productId]"))).getOptions().size() > 1);
        new Select(line.findElement(By.cssSelector("[data-col=productId]"))).selectByValue(String.valueOf(productId));
        WebElement quantity = line.findElement(By.cssSelector("[data-col=quantity]"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        assertThat(browser.findElement(By.cssSelector(".lines-total")).getDomAttribute("data-total")).isEqualTo("24000.00");
        click(By.cssSelector("[data-action=submit]"));
        until(driver -> path().matches("/app/contracts/\\d+"));
        waitReady();
        long contract = idInPath();
        assertThat(new BigDecimal(single("select total_amount::text from contract where id = ?", contract))).isEqualByComparingTo("24000");
        assertThat(text(By.cssSelector(".lines-total-row strong"))).isEqualTo("¥24,000.00");

        // 6. submitted for approval
        click(By.cssSelector(".page-actions [data-action=submit]"));
        until(driver -> "PENDING_APPROVAL".equals(driver.findElement(By.cssSelector(".page-title .badge")).getDomAttribute("data-status")));

        // 7. the admin approves it from the inbox
        browser.manage().deleteAllCookies();
        logInAsAdmin();
        open("/app/approvals");
        By row = By.cssSelector(".data-table tbody tr[data-id='" + contract + "']");
        visible(row).findElement(By.cssSelector("[data-action=approve]")).click();
        type(By.cssSelector("dialog [data-field=comment] textarea"), "同意");
        click(By.cssSelector("dialog [data-action=submit]"));
        until(driver -> driver.findElements(row).isEmpty());
        assertThat(single("select status from contract where id = ?", contract)).isEqualTo("APPROVED");

        // 8. back as the rep: a payment plan, then a receipt against it
        browser.manage().deleteAllCookies();
        logInAs(rep);
        open("/app/contracts/" + contract + "?tab=plans");
        click(By.cssSelector("[data-action=add-plan]"));
        type(By.cssSelector("dialog [data-field=amount] input"), "24000");
        setDate(By.cssSelector("dialog [data-field=dueDate] input"), "2030-06-30");
        click(By.cssSelector("dialog [data-action=submit]"));
        until(driver -> !driver.findElements(By.cssSelector(".tab-panel[data-tab=plans] tbody tr")).isEmpty());
        assertThat(single("select count(*)::text from payment_plan where contract_id = ?", contract)).isEqualTo("1");

        click(By.cssSelector(".tab[data-tab=receipts]"));
        click(By.cssSelector("[data-action=add-receipt]"));
        until(driver -> new Select(driver.findElement(By.cssSelector("dialog [data-field=planId] select"))).getOptions().size() > 1);
        new Select(browser.findElement(By.cssSelector("dialog [data-field=planId] select"))).selectByIndex(1);
        type(By.cssSelector("dialog [data-field=amount] input"), "10000");
        click(By.cssSelector("dialog [data-action=submit]"));
        until(driver -> !driver.findElements(By.cssSelector(".tab-panel[data-tab=receipts] tbody tr")).isEmpty());
        assertThat(new BigDecimal(single("select received_amount::text from contract where id = ?", contract))).isEqualByComparingTo("10000");
        screenshot("journey-contract-receipts");
        assertNoScriptErrors();
    }
}
