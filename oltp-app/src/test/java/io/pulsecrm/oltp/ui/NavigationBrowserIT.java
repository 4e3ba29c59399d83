package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.pulsecrm.localstack.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;


/** Logging in, what the navigation offers whom, the language switch and the phone layout. */
class NavigationBrowserIT extends BrowserTest {

    private static final By NAV_LINKS = By.cssSelector("#side-nav .nav-link");

    private long newRep() {
        return users.user(users.department(null), null, "SALES_REP");
    }

    private List<String> navKeys() {
        return browser.findElements(NAV_LINKS).stream().map(link -> link.getDomAttribute("data-nav")).toList();
    }

    @Test
    void aRepLogsInThroughTheLoginPageAndSeesOnlyWhatTheirPermissionsAllow() throws Exception {
        long rep = newRep();

        logInAs(rep);

        assertThat(path()).isEqualTo("/app");
        assertThat(navKeys()).containsExactly("home", "tasks", "leads", "customers", "pool", "opportunities", "contracts",
                "receipts", "campaigns", "products");
        assertThat(texts(NAV_LINKS)).startsWith("工作台", "我的任务", "线索", "客户", "公海", "商机");
        assertThat(text(By.cssSelector(".page-title h1"))).isEqualTo("你好，测试 " + users.username(rep));
        assertThat(browser.findElements(By.cssSelector(".shortcuts a"))).extracting(link -> link.getText())
                .contains("新建线索", "新建客户", "新建商机");
        screenshot("rep-home-zh-CN");
        assertNoScriptErrors();
    }

    @Test
    void aPageOutsideTheRepsPermissionsSaysSoInsteadOfShowingIt() {
        logInAs(newRep());

        open("/app/stages");

        assertThat(text(By.cssSelector(".page-message h1"))).isEqualTo("没有权限");
        assertThat(browser.findElements(By.cssSelector(".data-table"))).isEmpty();
    }

    @Test
    void aClickWhereAToastShowsReachesThePageUnderIt() {
        logInAs(newRep());
        open("/app/customers/new");
        waitReady();

        // A success toast over the form's submit button, as after saving the record before.
        Object under = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/js/ui/toast.js').then(({ toast }) => {
                  const button = document.querySelector('[data-action=submit]');
                  const item = toast('已保存', 'success');
                  const region = item.parentElement;
                  const b = button.getBoundingClientRect();
                  region.style.right = (window.innerWidth - b.right) + 'px';
                  region.style.bottom = (window.innerHeight - b.bottom) + 'px';
                  const t = item.getBoundingClientRect();
                  const hit = document.elementFromPoint(t.left + t.width / 2, t.top + t.height / 2);
                  done({ covered: t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom,
                         reachesButton: button.contains(hit) });
                });
                """);

        assertThat(under).isEqualTo(java.util.Map.of("covered", true, "reachesButton", true));
    }

    @Test
    void theAdminSeesTheAdministrationPages() {
        logInAsAdmin();

        assertThat(navKeys()).contains("approvals", "targets", "stages", "poolRules", "org");
    }

    @Test
    void aDeepLinkLeadsThroughTheLoginPageBackToIt() {
        long rep = newRep();
        browser.get(url("/app/opportunities?status=OPEN"));
        until(driver -> driver.getCurrentUrl().contains("/login?next="));

        type(By.id("username"), users.username(rep));
        type(By.id("password"), io.pulsecrm.oltp.support.TestUsers.PASSWORD);
        click(By.cssSelector("#login-form button[type=submit]"));
        waitReady();

        assertThat(path()).isEqualTo("/app/opportunities?status=OPEN");
        assertThat(visible(By.cssSelector("select[data-filter=status]")).getDomProperty("value")).isEqualTo("OPEN");
        assertThat(browser.findElement(By.cssSelector("[data-nav=opportunities]")).getDomAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void switchingToEnglishTranslatesTheAppAndTheChoiceIsRemembered() throws Exception {
        logInAs(newRep());
        open("/app/opportunities");

        click(By.cssSelector(".lang-switch"));
        until(driver -> "en".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        waitReady();

        assertThat(path()).isEqualTo("/app/opportunities");
        assertThat(text(By.cssSelector(".page-title h1"))).isEqualTo("Opportunities");
        assertThat(texts(NAV_LINKS)).startsWith("Home", "My tasks", "Leads", "Customers", "Public pool", "Opportunities");
        open("/app/customers");
        assertThat(text(By.cssSelector(".page-title h1"))).isEqualTo("Customers");
        screenshot("rep-opportunities-en");

        click(By.cssSelector(".lang-switch"));
        until(driver -> "zh-CN".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        waitReady();
        assertThat(text(By.cssSelector(".page-title h1"))).isEqualTo("客户");
    }

    @Test
    void onAPhoneTheNavigationIsAMenuAndListsBecomeCards() throws Exception {
        long rep = newRep();
        long stage = newStage("10");
        dealOf(rep, customerOf(rep, "手机客户"), "手机上的商机", "8800", stage);
        windowSize(HeadlessChromium.PHONE);
        logInAs(rep);

        assertThat(browser.findElement(By.id("side-nav")).isDisplayed()).isFalse();
        click(By.cssSelector(".menu-toggle"));
        assertThat(visible(By.id("side-nav")).isDisplayed()).isTrue();
        screenshot("rep-phone-menu");
        click(By.cssSelector("[data-nav=opportunities]"));
        waitReady();

        assertThat(browser.findElement(By.id("side-nav")).isDisplayed()).isFalse();
        var row = visible(By.cssSelector(".data-table tbody tr"));
        assertThat(browser.findElement(By.cssSelector(".data-table thead")).isDisplayed()).as("no table header on a phone").isFalse();
        assertThat(row.getSize().getWidth()).as("a card as wide as the screen").isGreaterThan(300);
        var amount = row.findElement(By.cssSelector("td[data-field=amount]"));
        assertThat(amount.getDomAttribute("data-label")).as("each value labelled").isEqualTo("商机金额");
        assertThat(amount.getText()).isEqualTo("¥8,800.00");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
        screenshot("rep-phone-opportunities");
        assertNoScriptErrors();
    }

    @Test
    void loggingOutEndsTheSessionAndReturnsToTheLoginPage() {
        logInAs(newRep());

        click(By.cssSelector("[data-action=logout]"));
        until(driver -> driver.getCurrentUrl().endsWith("/login"));

        browser.get(url("/app/leads"));
        until(driver -> driver.getCurrentUrl().contains("/login?next="));
    }
}
