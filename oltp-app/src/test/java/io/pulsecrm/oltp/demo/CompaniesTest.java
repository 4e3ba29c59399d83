package io.pulsecrm.oltp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CompaniesTest {

    @Test
    void namesAreDistinctAcrossManyCompanies() {
        Set<String> names = new HashSet<>();
        for (long i = 0; i < 300_000; i++) {
            assertThat(names.add(Companies.company(i).prefix())).as("company %d", i).isTrue();
        }
    }

    @Test
    void aCompanyIsNamedAfterItsCityAndTradeAndCoveredByAGroupOfItsRegion() {
        Companies.Company company = Companies.company(12_345);
        assertThat(company.name("有限公司")).startsWith(company.city().name()).endsWith(company.shortName() + "有限公司");
        assertThat(company.city().group()).isBetween(0, 6);
        assertThat(company.industry()).isNotBlank();
        assertThat(company.domain()).endsWith(".example");
        assertThat(Companies.company(12_345)).isEqualTo(company);
    }
}
