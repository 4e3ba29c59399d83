package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.rows.ReceiptRow;
import java.math.BigDecimal;

/**
 * The receipts linked to one payment plan, summed exactly with an adder and a subtractor (a receipt deleted leaves
 * the sum); {@code lsn} is the highest LSN of the receipts added or removed. The receipt travels as itself
 * ({@code amount}, {@code lsn}) through the repartition topic.
 */
record Received(long receipts, BigDecimal amount, long lsn) {

    record Receipt(BigDecimal amount, long lsn) {
        static Receipt of(ReceiptRow row) {
            return new Receipt(row.amount(), row.lsn());
        }
    }

    static Received none() {
        return new Received(0, BigDecimal.ZERO, 0);
    }

    Received plus(Receipt receipt) {
        return new Received(receipts + 1, amount.add(receipt.amount()), Math.max(lsn, receipt.lsn()));
    }

    Received minus(Receipt receipt) {
        return new Received(receipts - 1, amount.subtract(receipt.amount()), Math.max(lsn, receipt.lsn()));
    }
}
