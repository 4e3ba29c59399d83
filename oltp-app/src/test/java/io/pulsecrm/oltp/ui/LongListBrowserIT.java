package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A list longer than lists count (1,001 rows, as a rep with tens of thousands of customers has): the pager
 * says "at least", does not pretend to know the last page, and pages on past the count until the rows end.
 */
class LongListBrowserIT extends BrowserTest {

    private static final By TOTAL = By.cssSelector(".pager-total");
    private static final By PAGE = By.cssSelector(".pager-page");
    private static final By NEXT = By.cssSelector("button[data-page=next]");

    @Test
    void aRepWithMoreCustomersThanAreCountedPagesPastTheCountToTheLastOne() throws Exception {
        long rep = users.user(users.department(null), null, "SALES_REP");
        copiesOfCustomer(customerOf(rep, "长名单客户 0"), "长名单客户", 1100);

        logInAs(rep);
        open("/app/customers");
        until(driver -> text(TOTAL).equals("至少 1,001 条"));
        assertThat(text(PAGE)).isEqualTo("第 1 页");
        assertThat(visible(NEXT).isEnabled()).isTrue();

        // page 51 holds rows 1,001–1,020: beyond the count, and still a next page
        open("/app/customers?page=50");
        until(driver -> text(PAGE).equals("第 51 页"));
        assertThat(visible(NEXT).isEnabled()).isTrue();
        click(NEXT);
        until(driver -> text(PAGE).equals("第 52 页"));
        screenshot("customers-past-the-count-zh-CN");

        // 1,101 customers: page 56 holds the last one, and there is no next page
        open("/app/customers?page=55");
        until(driver -> text(PAGE).equals("第 56 页"));
        assertThat(browser.findElements(By.cssSelector(".data-table tbody tr"))).hasSize(1);
        assertThat(visible(NEXT).isEnabled()).isFalse();
        assertNoScriptErrors();
    }
}
