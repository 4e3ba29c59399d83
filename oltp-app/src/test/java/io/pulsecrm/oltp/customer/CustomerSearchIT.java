package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Searching customers by a fragment of the name, in Chinese and English, within the caller's scope. The
 * newest-first budget is 3 here, so that both ways of searching run: within a rep's three newest customers,
 * and through the character-pair index when those hold too few matches.
 */
@TestPropertySource(properties = "crm.customers.search-budget=3")
class CustomerSearchIT extends SalesFloor {

    @Test
    void aTwoCharacterChineseFragmentFindsTheNamesHoldingItInScopeOnly() {
        String brand = java.util.UUID.randomUUID().toString().substring(0, 6);
        long older = customerOwnedBy(repA, "上海华信" + brand + "电子有限公司");
        long other = customerOwnedBy(repA, "苏州恒达" + brand + "机械有限公司");
        long newer = customerOwnedBy(repA, "南京华信" + brand + "物流有限公司");
        long colleagues = customerOwnedBy(repB, "无锡华信" + brand + "科技有限公司");
        long shared = customerOwnedBy(outsider, "常州华信" + brand + "化工有限公司");
        as(outsider);
        assertThat(post("/api/v1/customers/" + shared + "/team", "{\"userId\": %d, \"access\": \"READ\"}".formatted(repA)))
                .hasStatus2xxSuccessful();
        for (int i = 0; i < 3; i++) {
            customerOwnedBy(repA, unique("无关客户"));
        }

        as(repA);
        // the three newest are unrelated: the pair index answers, the team seat's customer included
        assertThat(ids(search("华信" + brand))).containsExactly(shared, newer, older);
        assertThat(ids(search("信" + brand.charAt(0)))).containsExactly(shared, newer, older);
        as(manager);
        assertThat(ids(search("华信" + brand))).containsExactly(colleagues, newer, older);
        as(outsider);
        assertThat(ids(search("华信" + brand))).containsExactly(shared);
        assertThat(other).isPositive();
    }

    @Test
    void aFragmentAmongTheNewestIsFoundThereWithAnExactTotalWhenTheScopeIsSmall() {
        String tag = unique("科技");
        as(repB);
        long first = newCustomer(tag + " 甲");
        long second = newCustomer(tag + " 乙");

        MvcTestResult found = search(tag);

        assertThat(ids(found)).containsExactly(second, first);
        assertThat(found).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(2);
    }

    @Test
    void aManyMatchPageOfTheNewestReportsItsTotalAsALowerBound() {
        String tag = unique("Acme");
        long outsiderFirst = customerOwnedBy(outsider, tag + " Trading");
        long outsiderSecond = customerOwnedBy(outsider, tag.toUpperCase() + " Logistics");
        long outsiderThird = customerOwnedBy(outsider, "Mega " + tag + " Group");
        customerOwnedBy(outsider, tag + " Foods");

        as(outsider);
        MvcTestResult page = get("/api/v1/customers?size=2&q=" + tag.toLowerCase());

        assertThat(ids(page)).hasSize(2);
        assertThat(page).bodyJson().extractingPath("$.totalCapped").isEqualTo(true);
        assertThat(ids(get("/api/v1/customers?size=2&page=1&q=" + tag.toLowerCase())))
                .containsExactly(outsiderSecond, outsiderFirst);
        assertThat(outsiderThird).isPositive();
    }

    @Test
    void aFragmentWithManyMatchesBeyondTheNewestIsPagedInOrderWithALowerBoundForTotal() {
        String tag = unique("万家");
        // more matches than are read unordered (CustomerSearch.RARE, 200), none among the three newest
        copiesOfCustomer(customerOwnedBy(repA, tag + " 0"), tag, 300);
        for (int i = 0; i < 3; i++) {
            customerOwnedBy(repA, unique("无关客户"));
        }

        as(repA);
        MvcTestResult page = get("/api/v1/customers?size=20&page=2&q=" + tag);
        MvcTestResult later = get("/api/v1/customers?size=20&page=12&q=" + tag);

        assertThat(ids(page)).containsExactlyElementsOf(newest(tag, 40));
        assertThat(page).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(201);
        assertThat(page).bodyJson().extractingPath("$.totalCapped").isEqualTo(true);
        // past the bound, it grows with the rows seen
        assertThat(ids(later)).containsExactlyElementsOf(newest(tag, 240));
        assertThat(later).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(260);
        assertThat(later).bodyJson().extractingPath("$.totalCapped").isEqualTo(true);
    }

    @Test
    void aFragmentCommonAmongTheNewestButTooFewThereForThePageIsWalkedInOrder() {
        String tag = unique("百川");
        // the three newest all match, too few for page 3: the fragment is common, walked in order, not counted
        copiesOfCustomer(customerOwnedBy(repA, tag + " 0"), tag, 80);
        for (int i = 0; i < 3; i++) {
            customerOwnedBy(repA, tag + " 新" + i);
        }

        as(repA);
        MvcTestResult page = get("/api/v1/customers?size=20&page=2&q=" + tag);
        MvcTestResult last = get("/api/v1/customers?size=20&page=4&q=" + tag);

        assertThat(ids(page)).containsExactlyElementsOf(newest(tag, 40));
        assertThat(page).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(60);
        assertThat(page).bodyJson().extractingPath("$.totalCapped").isEqualTo(true);
        // the short last page knows the total
        assertThat(ids(last)).containsExactlyElementsOf(newest(tag, 80)).hasSize(4);
        assertThat(last).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(84);
        assertThat(last).bodyJson().extractingPath("$.totalCapped").isEqualTo(false);
    }

    /** The ids of the 20 newest customers named with {@code tag} after the first {@code offset}. */
    private List<Long> newest(String tag, int offset) {
        return jdbc.sql("""
                select id from customer where name like :tag || '%' order by updated_at desc, id desc limit 20 offset :offset""")
                .param("tag", tag).param("offset", offset).query(Long.class).list();
    }

    @Test
    void wildcardsInTheFragmentAreTakenLiterally() {
        as(repB);
        String tag = unique("通配");
        long literal = newCustomer(tag + " 100%_达");
        newCustomer(tag + " 100X达");

        assertThat(ids(search(tag + " 100%_"))).containsExactly(literal);
    }

    /** The fragment as typed: the request builder encodes it (a space, %, _ and CJK alike). */
    private MvcTestResult search(String fragment) {
        return get("/api/v1/customers?q=" + fragment);
    }
}
