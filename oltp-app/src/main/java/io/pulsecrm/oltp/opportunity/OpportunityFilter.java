package io.pulsecrm.oltp.opportunity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** What a list of opportunities is narrowed to; a null criterion does not narrow. */
public record OpportunityFilter(Long stageId, OpportunityStatus status) {

    Specification<Opportunity> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> criteria = new ArrayList<>();
            if (stageId != null) {
                criteria.add(cb.equal(root.get("stageId"), stageId));
            }
            if (status != null) {
                criteria.add(cb.equal(root.get("status"), status));
            }
            return cb.and(criteria.toArray(Predicate[]::new));
        };
    }
}
