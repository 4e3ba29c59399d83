package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every screen opens without a script error, also while the API behind it is not there yet (it shows
 * an empty state instead); and an admin configures the opportunity stages.
 */
class AdminPagesBrowserIT extends BrowserTest {

    private static final List<String> SCREENS = List.of("/app", "/app/notifications", "/app/tasks",
            "/app/leads", "/app/leads/new", "/app/leads/999999999", "/app/leads/999999999/edit",
            "/app/customers", "/app/customers/new", "/app/customers/999999999", "/app/pool", "/app/pool/rules",
            "/app/opportunities", "/app/opportunities?view=board", "/app/opportunities/new", "/app/opportunities/999999999",
            "/app/contracts", "/app/contracts/new", "/app/contracts/999999999", "/app/approvals",
            "/app/receipts", "/app/receipts/new", "/app/campaigns", "/app/campaigns/new", "/app/campaigns/999999999",
            "/app/products", "/app/products/new", "/app/targets", "/app/stages",
            "/app/org", "/app/org?tab=users", "/app/org?tab=roles", "/app/org/roles/999999999");

    @Test
    void everyScreenOpensWithoutScriptErrors() {
        logInAsAdmin();

        for (String screen : SCREENS) {
            open(screen);
            assertThat(browser.findElements(By.cssSelector(".view > *"))).as(screen).isNotEmpty();
            assertThat(texts(By.cssSelector(".page-message h1"))).as(screen).doesNotContain("加载失败");
            if (screen.endsWith("/new")) {
                assertThat(browser.findElements(By.cssSelector("form.form .field"))).as(screen).isNotEmpty();
            }
            assertNoScriptErrors();
        }
        open("/app/no/such/screen");
        assertThat(text(By.cssSelector(".page-message h1"))).isEqualTo("页面不存在");
    }

    @Test
    void anAdminDefinesRenamesAndDeletesAStage() throws Exception {
        String name = "验证-" + UUID.randomUUID().toString().substring(0, 6);
        logInAsAdmin();
        open("/app/stages");

        click(By.cssSelector(".page-actions [data-action=create]"));
        type(By.cssSelector("dialog [data-field=name] input"), name);
        type(By.cssSelector("dialog [data-field=winRate] input"), "101");
        click(By.cssSelector("dialog [data-action=submit]"));
        assertThat(text(By.cssSelector("dialog [data-field=winRate] .field-error"))).isEqualTo("须在 0 到 100 之间");
        assertThat(jdbc.sql("select count(*) from opportunity_stage where name = :n").param("n", name).query(Long.class).single()).isZero();
        screenshot("stages-dialog-error");

        type(By.cssSelector("dialog [data-field=winRate] input"), "35");
        click(By.cssSelector("dialog [data-action=submit]"));
        until(driver -> driver.findElements(By.cssSelector("dialog")).isEmpty());
        long id = jdbc.sql("select id from opportunity_stage where name = :n").param("n", name).query(Long.class).single();
        By row = By.cssSelector(".data-table tr[data-id='" + id + "']");
        assertThat(visible(row).findElement(By.cssSelector("td:nth-child(3)")).getText()).isEqualTo("35%");

        browser.findElement(row).findElement(By.cssSelector("[data-action=edit]")).click();
        type(By.cssSelector("dialog [data-field=name] input"), name + "改");
        click(By.cssSelector("dialog [data-action=submit]"));
        until(driver -> driver.findElement(row).getText().contains(name + "改"));

        browser.findElement(row).findElement(By.cssSelector("[data-action=delete]")).click();
        click(By.cssSelector("dialog [data-action=confirm]"));
        until(driver -> driver.findElements(row).isEmpty());
        assertThat(jdbc.sql("select count(*) from opportunity_stage where id = :id").param("id", id).query(Long.class).single()).isZero();
        assertNoScriptErrors();
    }
}
