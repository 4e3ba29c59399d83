package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.JsonSerde;
import io.pulsecrm.streams.change.OutputVersioner;
import io.pulsecrm.streams.change.Versioned;
import io.pulsecrm.streams.rows.PaymentPlanRow;
import java.math.BigDecimal;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * The value of {@code analytics.receivable} (docs/architecture.md): one payment plan, what its linked receipts brought
 * ({@code received}, counted here from the receipts, not copied from the plan's own column) and what is still
 * outstanding. Ageing is left to the reader, relative to the day it asks about, so a row stays true without being
 * published again as days pass. A deleted plan is published once more with {@code deleted: true}.
 */
public record Receivable(long planId, long contractId, long ownerId, long ownerDeptId, String dueDate, String amount,
        long receipts, String received, String outstanding, boolean deleted, long version, long sourceTsMs)
        implements Versioned<Receivable> {

    static final String EMITTED_STORE = "forecast-receivable-emitted";

    private static final Serde<Receivable> SERDE = JsonSerde.of(Receivable.class);

    public static Serde<Receivable> serde() {
        return SERDE;
    }

    /** A plan with its receipts (none yet: null), as the left join gives them. */
    record Plan(PaymentPlanRow plan, Received received) {
        static Plan of(PaymentPlanRow plan, Received received) {
            return new Plan(plan, received == null ? Received.none() : received);
        }

        long lsn() {
            return Math.max(plan.lsn(), received.lsn());
        }
    }

    static FixedKeyProcessorSupplier<String, Plan, Receivable> versioner() {
        return OutputVersioner.supplier(EMITTED_STORE, RecordSerde.of(Receivable.class), new OutputVersioner.Shape<>() {
            @Override
            public long lsn(Plan plan) {
                return plan == null ? 0 : plan.lsn();
            }

            @Override
            public Receivable of(String planId, Plan p, long version, long sourceTsMs) {
                if (p == null) { // not expected (plans stay as markers when deleted); say "gone" rather than guess
                    return new Receivable(Long.parseLong(planId), 0, 0, 0, "1970-01-01", "0.00", 0, "0.00", "0.00", true,
                            version, sourceTsMs);
                }
                PaymentPlanRow plan = p.plan();
                BigDecimal received = p.received().amount();
                return new Receivable(plan.id(), plan.contractId(), orZero(plan.ownerId()), orZero(plan.ownerDeptId()),
                        plan.dueDate().toString(), ForecastPipeline.money(plan.amount()), p.received().receipts(),
                        ForecastPipeline.money(received), ForecastPipeline.money(plan.amount().subtract(received)),
                        plan.deleted(), version, sourceTsMs);
            }
        });
    }

    @Override
    public boolean sameFigures(Receivable o) {
        return contractId == o.contractId && ownerId == o.ownerId && ownerDeptId == o.ownerDeptId
                && dueDate.equals(o.dueDate) && amount.equals(o.amount) && receipts == o.receipts
                && received.equals(o.received) && outstanding.equals(o.outstanding) && deleted == o.deleted;
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
