package io.pulsecrm.oltp.opportunity.web;

import java.util.List;

import io.pulsecrm.oltp.shared.ListQuery;

import org.springframework.data.domain.Sort;

/** The properties a list of deals may be sorted by, and its default order. */
final class OpportunitySort {

    static final List<String> PROPERTIES =
            List.of("id", "name", "amount", "expectedCloseDate", "createdAt", "updatedAt", "closedAt");
    /** Most recently changed first, as the (owner_id, updated_at desc, id desc) index reads. */
    static final Sort DEFAULT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private OpportunitySort() {
    }

    static Sort parse(List<String> values) {
        return ListQuery.parse(values, PROPERTIES, DEFAULT);
    }
}
