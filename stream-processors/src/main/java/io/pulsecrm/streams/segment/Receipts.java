package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.rows.ReceiptRow;
import java.math.BigDecimal;

/**
 * The receipts of one customer: their exact sum and the days they were received on (epoch days), kept whole so
 * that removing the latest receipt falls back to the one before it.
 */
record Receipts(BigDecimal total, Tally days) {

    /** What one receipt adds to its customer: the value of the repartition topic. */
    record Part(BigDecimal amount, long day) {

        static Part of(ReceiptRow receipt) {
            return new Part(receipt.amount(), receipt.receivedOn().toEpochDay());
        }
    }

    static Receipts none() {
        return new Receipts(BigDecimal.ZERO, Tally.empty());
    }

    Receipts plus(Part part) {
        return new Receipts(total.add(part.amount()), days.plus(part.day()));
    }

    Receipts minus(Part part) {
        return new Receipts(total.subtract(part.amount()), days.minus(part.day()));
    }
}
