package io.pulsecrm.oltp.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of leads. A lead is visible to whoever has its owner in scope (leads have no
 * teams); anything else answers 404. Each use case is one transaction with its log lines.
 */
@Service
@Transactional(readOnly = true)
public class LeadService {

    static final String ENTITY = "LEAD";
    private static final Logger log = LoggerFactory.getLogger(LeadService.class);

    private final LeadRepository leads;
    private final LeadDuplicates duplicates;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final JdbcClient jdbc;
    private final Clock clock;

    LeadService(LeadRepository leads, LeadDuplicates duplicates, CurrentViewer viewer, Owners owners,
            OperationLog operations, JdbcClient jdbc, Clock clock) {
        this.leads = leads;
        this.duplicates = duplicates;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new lead and the duplicates it may be (reported, never refused). */
    public record Created(Lead lead, Duplicates.Report duplicates) {
    }

    public Lead get(long id) {
        Lead lead = leads.findById(id).orElseThrow(() -> new LeadNotFound(id));
        if (!viewer.get().sees(lead.getOwnerId())) {
            throw new LeadNotFound(id);
        }
        return lead;
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Created create(LeadDraft draft) {
        validate(draft);
        Lead lead = leads.saveAndFlush(Lead.register(draft, owners.self(viewer.get()), viewer.get().userId(),
                clock.instant()));
        operations.record(ENTITY, lead.getId(), "CREATE", lead.getName(), Changes.none());
        Duplicates.Report report = duplicates.check(
                Duplicates.Keys.of(lead.getPhone(), lead.getEmail(), lead.getCompany()), lead.getId());
        log.info("Lead {} created ({} visible duplicate(s))", lead.getId(), report.duplicates().size());
        return new Created(lead, report);
    }

    @Transactional
    public Lead update(long id, LeadDraft draft, int version) {
        Lead lead = get(id);
        StaleVersion.check("lead", id, version, lead.getVersion());
        validate(draft);
        Changes changes = LeadDraft.of(lead).changesTo(draft.normalized());
        lead.revise(draft, clock.instant());
        leads.saveAndFlush(lead);
        operations.record(ENTITY, id, "UPDATE", lead.getName(), changes);
        return lead;
    }

    @Transactional
    public Lead qualify(long id, int version) {
        Lead lead = get(id);
        StaleVersion.check("lead", id, version, lead.getVersion());
        LeadStatus before = lead.getStatus();
        lead.qualify(clock.instant());
        leads.saveAndFlush(lead);
        operations.record(ENTITY, id, "UPDATE", "qualified", Changes.none().field("status", before, lead.getStatus()));
        return lead;
    }

    @Transactional
    public Lead markInvalid(long id, int version, String reason) {
        Lead lead = get(id);
        StaleVersion.check("lead", id, version, lead.getVersion());
        LeadStatus before = lead.getStatus();
        lead.markInvalid(clock.instant());
        leads.saveAndFlush(lead);
        operations.record(ENTITY, id, "UPDATE", reason == null || reason.isBlank() ? "marked invalid"
                : "marked invalid: " + reason.strip(), Changes.none().field("status", before, lead.getStatus()));
        return lead;
    }

    @Transactional
    public void delete(long id) {
        Lead lead = get(id);
        leads.delete(lead);
        leads.flush();
        operations.record(ENTITY, id, "DELETE", lead.getName(), Changes.none());
    }

    /**
     * Hands leads to another owner, all or nothing: one id the caller cannot see answers 404 and
     * nothing moves. Rows are locked first so a concurrent transfer waits.
     */
    @Transactional
    public int transfer(List<Long> ids, long ownerId) {
        Viewer me = viewer.get();
        Owner to = owners.assignable(me, "ownerId", ownerId);
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, Long> ownerOf = new HashMap<>();
        jdbc.sql("select id, owner_id from lead where id = any(:ids) order by id for update")
                .param("ids", wanted.toArray(Long[]::new))
                .query(rs -> {
                    ownerOf.put(rs.getLong("id"), rs.getLong("owner_id"));
                });
        for (long id : wanted) {
            if (!ownerOf.containsKey(id) || !me.sees(ownerOf.get(id))) {
                throw new LeadNotFound(id);
            }
        }
        List<Long> moving = new ArrayList<>(wanted.stream().filter(id -> ownerOf.get(id) != to.userId()).toList());
        if (!moving.isEmpty()) {
            jdbc.sql("""
                    update lead set owner_id = :owner, owner_dept_id = :dept, updated_at = :now, version = version + 1
                    where id = any(:ids)""").param("owner", to.userId()).param("dept", to.departmentId())
                    .param("now", Timestamp.from(clock.instant())).param("ids", moving.toArray(Long[]::new)).update();
            for (long id : moving) {
                operations.record(ENTITY, id, "TRANSFER", "to user " + to.userId(),
                        Changes.none().field("ownerId", ownerOf.get(id), to.userId()));
            }
        }
        log.info("{} lead(s) transferred to user {}", moving.size(), to.userId());
        return moving.size();
    }

    private void validate(LeadDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(draft.problems(""));
        if (draft.campaignId() != null && draft.campaignId() > 0 && !campaignExists(draft.campaignId())) {
            problems.add(new FieldProblem("campaignId", "campaign %d does not exist".formatted(draft.campaignId())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidLead(problems);
        }
    }

    boolean campaignExists(long id) {
        return jdbc.sql("select exists (select 1 from campaign where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }
}
