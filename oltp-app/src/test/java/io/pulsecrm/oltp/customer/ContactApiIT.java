package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Contacts under customers: exactly one primary, access following the customer. */
class ContactApiIT extends SalesFloor {

    private long contact(long customer, String json) {
        MvcTestResult created = post("/api/v1/customers/" + customer + "/contacts", json);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    private boolean primary(long contact) {
        return jdbc.sql("select is_primary from contact where id = ?").param(contact).query(Boolean.class).single();
    }

    @Test
    void theFirstContactIsPrimaryAndOwnedLikeTheCustomer() {
        as(repA);
        long customer = newCustomer(unique("联系人客户"));

        long first = contact(customer, "{\"name\": \"张三\", \"primary\": false}");

        assertThat(primary(first)).isTrue();
        assertThat(ownerOf("contact", first)).isEqualTo(repA);
    }

    @Test
    void makingAnotherContactPrimaryUnsetsTheOldOne() {
        as(repA);
        long customer = newCustomer(unique("主联系人"));
        long first = contact(customer, "{\"name\": \"张三\"}");
        long second = contact(customer, "{\"name\": \"李四\"}");
        assertThat(primary(second)).isFalse();

        MvcTestResult promoted = put("/api/v1/contacts/" + second, "{\"name\": \"李四\", \"primary\": true, \"version\": 0}");

        assertThat(promoted).hasStatusOk().bodyJson().extractingPath("$.primary").isEqualTo(true);
        assertThat(primary(first)).isFalse();
        assertThat(countWhere("select count(*) from contact where customer_id = ? and is_primary", customer)).isEqualTo(1);
    }

    @Test
    void aNewContactMarkedPrimaryTakesOver() {
        as(repA);
        long customer = newCustomer(unique("新主联系人"));
        long first = contact(customer, "{\"name\": \"张三\"}");

        long second = contact(customer, "{\"name\": \"王五\", \"primary\": true}");

        assertThat(primary(second)).isTrue();
        assertThat(primary(first)).isFalse();
    }

    @Test
    void thePrimaryContactCannotBeUnsetDirectly() {
        as(repA);
        long customer = newCustomer(unique("不能取消"));
        long first = contact(customer, "{\"name\": \"张三\"}");

        assertThat(put("/api/v1/contacts/" + first, "{\"name\": \"张三\", \"primary\": false, \"version\": 0}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("primary-contact-required");
        assertThat(primary(first)).isTrue();
    }

    @Test
    void deletingThePrimaryContactPromotesTheOldestRemainingOne() {
        as(repA);
        long customer = newCustomer(unique("删主联系人"));
        long first = contact(customer, "{\"name\": \"张三\"}");
        long second = contact(customer, "{\"name\": \"李四\"}");
        long third = contact(customer, "{\"name\": \"王五\"}");

        assertThat(delete("/api/v1/contacts/" + first)).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(primary(second)).isTrue();
        assertThat(primary(third)).isFalse();
    }

    @Test
    void contactsOfACustomerOutOfScopeAreNotFoundAndUnchanged() {
        as(repA);
        long customer = newCustomer(unique("别人的联系人"));
        long first = contact(customer, "{\"name\": \"张三\"}");
        String before = row("contact", first);
        as(outsider);

        assertThat(get("/api/v1/contacts/" + first)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/api/v1/contacts/" + first, "{\"name\": \"改\", \"version\": 0}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(delete("/api/v1/contacts/" + first)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"新\"}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(row("contact", first)).isEqualTo(before);
        assertThat(ids(get("/api/v1/contacts?customerId=" + customer))).isEmpty();
    }

    @Test
    void theContactsListShowsContactsOfCustomersInScope() {
        as(repB);
        String name = unique("赵六");
        long customer = newCustomer(unique("联系人列表"));
        long mine = contact(customer, "{\"name\": \"%s\"}".formatted(name));

        assertThat(ids(get("/api/v1/contacts?q=" + name))).containsExactly(mine);
        as(manager);
        assertThat(ids(get("/api/v1/contacts?q=" + name))).containsExactly(mine);
        as(repA);
        assertThat(ids(get("/api/v1/contacts?q=" + name))).isEmpty();
    }

    @Test
    void badContactFieldsAreNamedAndNothingIsWritten() {
        as(repA);
        long customer = newCustomer(unique("坏联系人"));
        long before = count("contact");

        MvcTestResult bad = post("/api/v1/customers/" + customer + "/contacts",
                "{\"name\": \" \", \"phone\": \"电话\", \"email\": \"not-an-email\"}");

        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("name", "phone", "email");
        assertThat(count("contact")).isEqualTo(before);
    }

    @Test
    void aStaleContactVersionIsRefused() {
        as(repA);
        long customer = newCustomer(unique("联系人版本"));
        long first = contact(customer, "{\"name\": \"张三\"}");
        put("/api/v1/contacts/" + first, "{\"name\": \"张三丰\", \"version\": 0}");

        assertThat(put("/api/v1/contacts/" + first, "{\"name\": \"张四\", \"version\": 0}")).hasStatus(HttpStatus.CONFLICT);
        assertThat(get("/api/v1/contacts/" + first)).bodyJson().extractingPath("$.name").isEqualTo("张三丰");
    }
}
