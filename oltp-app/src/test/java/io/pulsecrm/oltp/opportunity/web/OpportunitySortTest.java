package io.pulsecrm.oltp.opportunity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.pulsecrm.oltp.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

class OpportunitySortTest {

    @Test
    void noSortMeansNewestFirst() {
        assertThat(OpportunitySort.parse(null)).isEqualTo(OpportunitySort.DEFAULT);
    }

    @Test
    void aSingleValueSplitBySpringReadsLikeOneOrder() {
        assertThat(OpportunitySort.parse(List.of("amount", "desc")))
                .isEqualTo(Sort.by(Sort.Order.desc("amount"), Sort.Order.asc("id")));
    }

    @Test
    void repeatedValuesKeepTheirDirections() {
        assertThat(OpportunitySort.parse(List.of("amount,desc", "name")))
                .isEqualTo(Sort.by(Sort.Order.desc("amount"), Sort.Order.asc("name"), Sort.Order.asc("id")));
    }

    @Test
    void anUnknownPropertyNamesTheSortParameter() {
        assertThatThrownBy(() -> OpportunitySort.parse(List.of("password")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("sort"));
    }
}
