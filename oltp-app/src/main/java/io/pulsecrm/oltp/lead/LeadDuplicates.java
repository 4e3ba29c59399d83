package io.pulsecrm.oltp.lead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.pulsecrm.oltp.customer.CustomerDuplicates;
import io.pulsecrm.oltp.customer.DuplicateCandidate;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.lead.Duplicates.Duplicate;
import io.pulsecrm.oltp.lead.Duplicates.Keys;
import io.pulsecrm.oltp.lead.Duplicates.Report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds leads and customers that share a phone, email or company name (case-insensitive) with
 * new leads. Only records the caller may see are listed; the others are counted, so a rep learns
 * that a colleague already works the company without learning anything about it. Keys are looked
 * up in batches (one query per 1,000 keys for leads and one for customers), never one per row.
 */
@Service
@Transactional(readOnly = true)
public class LeadDuplicates {

    private static final int BATCH = 1_000;
    private static final int LIMIT = 2_000;

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;
    private final CustomerDuplicates customers;

    LeadDuplicates(JdbcClient jdbc, CurrentViewer viewer, CustomerDuplicates customers) {
        this.jdbc = jdbc;
        this.viewer = viewer;
        this.customers = customers;
    }

    public Report check(Keys keys, Long excludeLeadId) {
        return checkAll(List.of(keys), excludeLeadId).getFirst();
    }

    /** One report per key set, in order. */
    public List<Report> checkAll(List<Keys> keys, Long excludeLeadId) {
        List<Report> reports = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<Keys> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            Set<String> phones = collect(batch, Keys::phone);
            Set<String> emails = collect(batch, Keys::email);
            Set<String> companies = collect(batch, Keys::company);
            List<DuplicateCandidate> found = new ArrayList<>(leads(phones, emails, companies));
            found.addAll(customers.matching(phones, emails, companies));
            for (Keys key : batch) {
                reports.add(report(key, found, excludeLeadId));
            }
        }
        return reports;
    }

    private List<DuplicateCandidate> leads(Collection<String> phones, Collection<String> emails,
            Collection<String> companies) {
        if (phones.isEmpty() && emails.isEmpty() && companies.isEmpty()) {
            return List.of();
        }
        Viewer me = viewer.get();
        var scope = me.filter(TeamEntity.NONE);
        return jdbc.sql("""
                select l.id, l.name, l.phone, lower(l.email) as email, lower(l.company) as company, %s as visible
                from lead l
                where l.phone = any(:phones) or lower(l.email) = any(:emails) or lower(l.company) = any(:companies)
                order by l.id limit %d""".formatted(scope.sql("l.owner_id", "l.id"), LIMIT))
                .params(scope.params()).param("phones", phones.toArray(String[]::new))
                .param("emails", emails.toArray(String[]::new)).param("companies", companies.toArray(String[]::new))
                .query((rs, n) -> new DuplicateCandidate("LEAD", rs.getLong("id"), rs.getString("name"),
                        rs.getString("phone"), rs.getString("email"), rs.getString("company"), rs.getBoolean("visible")))
                .list();
    }

    private static Report report(Keys key, List<DuplicateCandidate> found, Long excludeLeadId) {
        if (key.isEmpty()) {
            return Report.NONE;
        }
        List<Duplicate> visible = new ArrayList<>();
        int hidden = 0;
        for (DuplicateCandidate candidate : found) {
            if (candidate.type().equals("LEAD") && Objects.equals(candidate.id(), excludeLeadId)) {
                continue;
            }
            List<String> matchedOn = new ArrayList<>();
            if (key.phone() != null && key.phone().equals(candidate.phone())) {
                matchedOn.add("phone");
            }
            if (key.email() != null && key.email().equals(candidate.email())) {
                matchedOn.add("email");
            }
            if (key.company() != null && key.company().equals(candidate.company())) {
                matchedOn.add("company");
            }
            if (matchedOn.isEmpty()) {
                continue;
            }
            if (candidate.visible()) {
                visible.add(new Duplicate(candidate.type(), candidate.id(), candidate.name(), List.copyOf(matchedOn)));
            } else {
                hidden++;
            }
        }
        return visible.isEmpty() && hidden == 0 ? Report.NONE : new Report(List.copyOf(visible), hidden);
    }

    private static Set<String> collect(List<Keys> keys, java.util.function.Function<Keys, String> key) {
        Set<String> values = new HashSet<>();
        keys.forEach(k -> {
            String value = key.apply(k);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }
}
