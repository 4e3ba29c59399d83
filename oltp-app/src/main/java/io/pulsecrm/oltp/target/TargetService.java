package io.pulsecrm.oltp.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.target.TargetScope.Whose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets and reads sales targets. A year is set in one call: all 12 months are checked (values and
 * versions) before any is written, so a refused call changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

    static final String ENTITY = "SALES_TARGET";
    /** numeric(18, 2): 16 digits before the point. */
    private static final BigDecimal MONEY_MAX = new BigDecimal("9999999999999999.99");
    private static final Logger log = LoggerFactory.getLogger(TargetService.class);

    private final SalesTargetRepository targets;
    private final TargetQueries queries;
    private final TargetScope scope;
    private final CurrentViewer viewer;
    private final OperationLog operations;
    private final Clock clock;

    TargetService(SalesTargetRepository targets, TargetQueries queries, TargetScope scope, CurrentViewer viewer,
            OperationLog operations, Clock clock) {
        this.targets = targets;
        this.queries = queries;
        this.scope = scope;
        this.viewer = viewer;
        this.operations = operations;
        this.clock = clock;
    }

    public List<TargetPlan> year(int year, Long departmentId, Long userId) {
        return queries.year(viewer.get(), year, departmentId, userId);
    }

    public TargetPlan ofUser(long userId, int year) {
        Whose user = scope.user(viewer.get(), userId);
        return plan(TargetKind.USER, userId, user, year, targets.findByYearAndUserIdOrderByMonth(year, userId));
    }

    public TargetPlan ofDepartment(long departmentId, int year) {
        Whose department = scope.department(viewer.get(), departmentId);
        return plan(TargetKind.DEPARTMENT, departmentId, department, year,
                targets.findByYearAndDepartmentIdOrderByMonth(year, departmentId));
    }

    /** The history of one month's row, if the caller may see whose it is. */
    public List<LogEntry> history(long id) {
        SalesTarget target = targets.findById(id).orElseThrow(() -> new TargetNotFound("sales target", id));
        Viewer me = viewer.get();
        boolean visible = target.getUserId() != null ? me.sees(target.getUserId())
                : TargetScope.coversDepartment(me, target.getDepartmentId());
        if (!visible) {
            throw new TargetNotFound("sales target", id);
        }
        return operations.history(ENTITY, id);
    }

    @Transactional
    public TargetPlan setUserYear(long userId, int year, List<MonthTarget> months) {
        check(months);
        Whose user = scope.user(viewer.get(), userId);
        return set(TargetKind.USER, userId, user, year, months, targets.findByYearAndUserIdOrderByMonth(year, userId));
    }

    @Transactional
    public TargetPlan setDepartmentYear(long departmentId, int year, List<MonthTarget> months) {
        check(months);
        Whose department = scope.department(viewer.get(), departmentId);
        return set(TargetKind.DEPARTMENT, departmentId, department, year, months,
                targets.findByYearAndDepartmentIdOrderByMonth(year, departmentId));
    }

    private TargetPlan set(TargetKind kind, long whose, Whose who, int year, List<MonthTarget> months,
            List<SalesTarget> existing) {
        Map<Integer, SalesTarget> byMonth = new HashMap<>();
        existing.forEach(target -> byMonth.put(target.getMonth(), target));
        for (int i = 0; i < months.size(); i++) {
            MonthTarget sent = months.get(i);
            SalesTarget current = byMonth.get(sent.month());
            Integer currentVersion = current == null ? null : current.getVersion();
            if (!Objects.equals(currentVersion, sent.version())) {
                throw new StaleTarget(i, sent.month(), currentVersion, sent.version());
            }
        }
        Instant now = clock.instant();
        for (MonthTarget sent : months) {
            SalesTarget target = byMonth.computeIfAbsent(sent.month(), m -> SalesTarget.of(kind, whose, year, m, now));
            boolean created = target.getId() == null;
            BigDecimal contract = target.getContractAmount();
            BigDecimal receipt = target.getReceiptAmount();
            if (target.set(sent.contractAmount(), sent.receiptAmount(), now)) {
                targets.saveAndFlush(target);
                operations.record(ENTITY, target.getId(), created ? "CREATE" : "UPDATE",
                        "%s %d target of %d-%02d".formatted(kind.name().toLowerCase(), whose, year, sent.month()),
                        Changes.none().field("contractAmount", contract, target.getContractAmount())
                                .field("receiptAmount", receipt, target.getReceiptAmount()));
            }
        }
        log.info("Targets of {} {} for {} set by user {}", kind, whose, year, viewer.get().userId());
        return plan(kind, whose, who, year, List.copyOf(byMonth.values()));
    }

    /** The 12 months once each, amounts 0 or more with at most 2 decimals. */
    private static void check(List<MonthTarget> months) {
        FieldChecks checks = new FieldChecks();
        if (months == null || months.size() != 12) {
            checks.require(false, "months", "must list the 12 months, each once");
            checks.orThrow(InvalidTarget::new);
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < months.size(); i++) {
            MonthTarget month = months.get(i);
            String at = "months[%d].".formatted(i);
            checks.require(month != null, "months[%d]".formatted(i), "is required");
            if (month == null) {
                continue;
            }
            checks.require(month.month() != null && month.month() >= 1 && month.month() <= 12, at + "month",
                            "must be between 1 and 12")
                    .require(month.month() == null || seen.add(month.month()), at + "month", "is listed twice")
                    .decimal(month.contractAmount(), at + "contractAmount", BigDecimal.ZERO, MONEY_MAX, 2)
                    .decimal(month.receiptAmount(), at + "receiptAmount", BigDecimal.ZERO, MONEY_MAX, 2);
        }
        checks.orThrow(InvalidTarget::new);
    }

    private static TargetPlan plan(TargetKind kind, long whose, Whose who, int year, List<SalesTarget> rows) {
        return TargetPlan.of(kind, kind == TargetKind.USER ? whose : null, kind == TargetKind.USER ? who.name() : null,
                who.departmentId(), who.departmentName(), year, rows.stream().map(SalesTarget::row).toList());
    }
}
