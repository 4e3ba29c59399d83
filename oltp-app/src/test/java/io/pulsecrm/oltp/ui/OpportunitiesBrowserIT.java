package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A rep works their deals in the browser: the list, a new deal (the server's field errors shown next to
 * the field), moving it along the stage bar or the board, closing it as won or lost with a reason.
 */
class OpportunitiesBrowserIT extends BrowserTest {

    private long rep;
    /** The rep's customer the deals are with; null while the customers API is not merged (deals had none). */
    private Long customer;
    private String customerName;
    private long first;
    private long second;
    private String firstName;
    private String secondName;

    /** Each test: a rep of their own and two stages of its own, one after the other at the end of the pipeline. */
    @BeforeEach
    void repAndStages() {
        rep = users.user(users.department(null), null, "SALES_REP");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        firstName = "初步接洽-" + suffix;
        secondName = "方案报价-" + suffix;
        int last = jdbc.sql("select coalesce(max(position), 0) from opportunity_stage").query(Integer.class).single();
        first = stage(firstName, last + 1, "10");
        second = stage(secondName, last + 2, "50");
        customerName = "客户-" + suffix;
        customer = customerOf(rep, customerName);
    }

    private long stage(String name, int position, String winRate) {
        token = null;
        MvcTestResult created = post("/api/v1/stages", """
                {"name": "%s", "position": %d, "winRate": %s}""".formatted(name, position, winRate));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    private long dealOfRep(String name, String amount, long stageId) {
        return dealOf(rep, customer, name, amount, stageId);
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + "::text from opportunity where id = :id").param("id", id).query(String.class).single();
    }

    private By row(long id) {
        return By.cssSelector(".data-table tbody tr[data-id='" + id + "']");
    }

    @Test
    void theListShowsTheRepsOwnDealsWithMoneyInYuan() throws Exception {
        long mine = dealOfRep("华东区年度采购", "128000", first);
        long someoneElses = jdbc.sql("select max(id) from opportunity where owner_id <> :rep").param("rep", rep)
                .query(Long.class).optional().orElse(-1L);
        logInAs(rep);

        open("/app/opportunities");

        var row = visible(row(mine));
        assertThat(row.findElement(By.cssSelector("td[data-field=name]")).getText()).isEqualTo("华东区年度采购");
        assertThat(row.findElement(By.cssSelector("td[data-field=amount]")).getText()).isEqualTo("¥128,000.00");
        assertThat(row.findElement(By.cssSelector("td[data-field=stageId]")).getText()).isEqualTo(firstName);
        assertThat(row.findElement(By.cssSelector("td[data-field=status]")).getText()).isEqualTo("进行中");
        assertThat(browser.findElements(row(someoneElses))).as("another owner's deal").isEmpty();
        assertThat(text(By.cssSelector(".pager-total"))).isEqualTo("共 1 条");
        screenshot("opportunities-list-zh-CN");
        assertNoScriptErrors();
    }

    @Test
    void creatingADealShowsTheServersErrorNextToTheFieldAndSavesOnceCorrected() throws Exception {
        String name = "新商机 " + UUID.randomUUID().toString().substring(0, 8);
        logInAs(rep);
        open("/app/opportunities");
        click(By.cssSelector("[data-action=create]"));
        until(driver -> path().equals("/app/opportunities/new"));

        type(By.cssSelector("[data-field=name] input"), name);
        type(By.cssSelector("[data-field=amount] input"), "1.234");
        until(driver -> new Select(driver.findElement(By.cssSelector("[data-field=stageId] select"))).getOptions().size() > 2);
        new Select(browser.findElement(By.cssSelector("[data-field=stageId] select"))).selectByValue(String.valueOf(second));
        if (customer != null) {
            type(By.cssSelector("[data-field=customerId] input"), customerName);
            click(By.cssSelector("[data-field=customerId] .picker-option[data-id='" + customer + "']"));
        }
        click(By.cssSelector("[data-action=submit]"));

        var error = visible(By.cssSelector("[data-field=amount] .field-error"));
        assertThat(error.getText()).isEqualTo("最多 16 位整数和 2 位小数");
        assertThat(browser.findElement(By.cssSelector("[data-field=amount] input")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("[data-field=name] .field-error")).getFirst().isDisplayed()).isFalse();
        assertThat(jdbc.sql("select count(*) from opportunity where name = :n").param("n", name).query(Long.class).single()).isZero();
        screenshot("opportunity-create-field-error");

        type(By.cssSelector("[data-field=amount] input"), "56,000.5");
        click(By.cssSelector("[data-action=submit]"));

        until(driver -> path().matches("/app/opportunities/\\d+"));
        waitReady();
        long id = Long.parseLong(path().substring(path().lastIndexOf('/') + 1));
        assertThat(text(By.cssSelector(".page-title h1"))).startsWith(name);
        assertThat(text(By.cssSelector(".page-title .subtitle"))).isEqualTo("¥56,000.50");
        assertThat(new BigDecimal(column(id, "amount"))).isEqualByComparingTo("56000.50");
        assertThat(column(id, "stage_id")).isEqualTo(String.valueOf(second));
        assertThat(column(id, "owner_id")).isEqualTo(String.valueOf(rep));
    }

    @Test
    void aMissingRequiredFieldIsMarkedBeforeAnythingIsSent() {
        logInAs(rep);
        open("/app/opportunities/new");

        click(By.cssSelector("[data-action=submit]"));

        assertThat(text(By.cssSelector("[data-field=name] .field-error"))).isEqualTo("必填");
        assertThat(text(By.cssSelector("[data-field=amount] .field-error"))).isEqualTo("必填");
        assertThat(path()).isEqualTo("/app/opportunities/new");
    }

    @Test
    void theStageBarMovesTheDealAndWonAndLostAskForTheReason() throws Exception {
        long deal = dealOfRep("西南区渠道合作", "300000", first);
        logInAs(rep);
        open("/app/opportunities/" + deal);
        assertThat(visible(By.cssSelector(".stage-bar .stage-current")).getDomAttribute("data-stage-id")).isEqualTo(String.valueOf(first));

        click(By.cssSelector(".stage-bar button[data-stage-id='" + second + "']"));

        until(driver -> String.valueOf(second).equals(driver.findElement(By.cssSelector(".stage-bar .stage-current")).getDomAttribute("data-stage-id")));
        assertThat(column(deal, "stage_id")).isEqualTo(String.valueOf(second));
        assertThat(jdbc.sql("select count(*) from opportunity_stage_move where opportunity_id = :id").param("id", deal)
                .query(Long.class).single()).isEqualTo(1);
        screenshot("opportunity-stage-bar");

        click(By.cssSelector(".page-actions [data-action=won]"));
        type(By.cssSelector("dialog [data-field=reason] textarea"), "价格与服务都优于竞品");
        click(By.cssSelector("dialog [data-action=submit]"));
        until(driver -> "WON".equals(driver.findElement(By.cssSelector(".page-title .badge")).getDomAttribute("data-status")));
        assertThat(column(deal, "status")).isEqualTo("WON");
        assertThat(text(By.cssSelector(".page-title .badge"))).isEqualTo("赢单");
        assertThat(browser.findElements(By.cssSelector(".stage-bar button"))).as("a closed deal does not move").isEmpty();

        click(By.cssSelector(".page-actions [data-action=reopen]"));
        until(driver -> "OPEN".equals(driver.findElement(By.cssSelector(".page-title .badge")).getDomAttribute("data-status")));
        click(By.cssSelector(".page-actions [data-action=lost]"));
        click(By.cssSelector("dialog [data-action=submit]"));
        assertThat(text(By.cssSelector("dialog [data-field=reason] .field-error"))).isEqualTo("必填");
        type(By.cssSelector("dialog [data-field=reason] textarea"), "客户预算被砍");
        click(By.cssSelector("dialog [data-action=submit]"));

        until(driver -> "LOST".equals(driver.findElement(By.cssSelector(".page-title .badge")).getDomAttribute("data-status")));
        assertThat(column(deal, "status")).isEqualTo("LOST");
        assertThat(column(deal, "lost_reason")).isEqualTo("客户预算被砍");
        assertThat(text(By.cssSelector(".field-list [data-field=lostReason] dd"))).isEqualTo("客户预算被砍");
        screenshot("opportunity-lost");
        assertNoScriptErrors();
    }

    @Test
    void theBoardShowsOpenDealsByStageAndMovesOneToTheNextStage() throws Exception {
        long deal = dealOfRep("看板上的商机", "42000", first);
        logInAs(rep);

        open("/app/opportunities?view=board");
        By firstColumn = By.cssSelector(".board-column[data-stage-id='" + first + "']");
        By secondColumn = By.cssSelector(".board-column[data-stage-id='" + second + "']");
        By card = By.cssSelector(".board-card[data-id='" + deal + "']");
        until(driver -> !driver.findElement(firstColumn).findElements(card).isEmpty());
        assertThat(browser.findElement(firstColumn).findElement(By.cssSelector(".board-summary")).getText()).isEqualTo("1 个 · ¥42,000.00");

        browser.findElement(firstColumn).findElement(card).findElement(By.cssSelector("[data-action=next-stage]")).click();

        until(driver -> !driver.findElement(secondColumn).findElements(card).isEmpty());
        until(driver -> driver.findElement(firstColumn).findElements(card).isEmpty());
        assertThat(column(deal, "stage_id")).isEqualTo(String.valueOf(second));
        screenshot("opportunities-board");
    }

    @Test
    void savingOverSomeoneElsesChangeTellsTheUserToReload() {
        long deal = dealOfRep("并发修改的商机", "1000", first);
        logInAs(rep);
        open("/app/opportunities/" + deal + "/edit");
        visible(By.cssSelector("[data-field=name] input"));
        token = users.tokenOf(rep);
        assertThat(put("/api/v1/opportunities/" + deal, """
                {"name": "别人先改了", "amount": 1000, "version": 0}""")).hasStatusOk();

        type(By.cssSelector("[data-field=amount] input"), "2000");
        click(By.cssSelector("[data-action=submit]"));

        assertThat(text(By.cssSelector(".form-error"))).isEqualTo("这条记录刚被其他人修改过，请刷新页面后再试。");
        assertThat(column(deal, "amount")).isEqualTo("1000.00");
    }
}
