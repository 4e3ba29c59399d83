package io.pulsecrm.oltp.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.NameSearch;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of campaigns is narrowed to; a null criterion does not narrow.
 *
 * @param q    part of the name, any case
 * @param from with {@code to}: campaigns whose period overlaps these days
 */
public record CampaignFilter(String q, CampaignStatus status, CampaignChannel channel, Long ownerId, LocalDate from,
                             LocalDate to) {

    public CampaignFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        new FieldChecks()
                .require(q == null || q.length() <= 100, "q", "must be at most 100 characters")
                .require(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                .orThrow(InvalidCampaign::new);
    }

    Specification<Campaign> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> criteria = new ArrayList<>();
            if (q != null) {
                String escaped = NameSearch.escapeWildcards(q.toLowerCase(Locale.ROOT));
                criteria.add(cb.like(cb.lower(root.get("name")), "%" + escaped + "%", '\\'));
            }
            if (status != null) {
                criteria.add(cb.equal(root.get("status"), status));
            }
            if (channel != null) {
                criteria.add(cb.equal(root.get("channel"), channel));
            }
            if (ownerId != null) {
                criteria.add(cb.equal(root.get("ownerId"), ownerId));
            }
            if (from != null) {
                criteria.add(cb.greaterThanOrEqualTo(root.get("endDate"), from));
            }
            if (to != null) {
                criteria.add(cb.lessThanOrEqualTo(root.get("startDate"), to));
            }
            return cb.and(criteria.toArray(Predicate[]::new));
        };
    }
}
