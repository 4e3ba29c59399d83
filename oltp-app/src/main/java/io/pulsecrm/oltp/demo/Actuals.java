package io.pulsecrm.oltp.demo;

/**
 * Approved contract amounts and receipts per seller and month, summed while records are generated,
 * so that sales targets can be set believably against what was actually sold.
 */
final class Actuals {

    private final long[][] contracts;
    private final long[][] receipts;

    Actuals(int sellers, int months) {
        this.contracts = new long[sellers][months];
        this.receipts = new long[sellers][months];
    }

    void contract(int seller, int month, long cents) {
        add(contracts, seller, month, cents);
    }

    void receipt(int seller, int month, long cents) {
        add(receipts, seller, month, cents);
    }

    long contracts(int seller, int month) {
        return contracts[seller][month];
    }

    long receipts(int seller, int month) {
        return receipts[seller][month];
    }

    int months() {
        return contracts[0].length;
    }

    private static void add(long[][] sums, int seller, int month, long cents) {
        if (month >= 0 && month < sums[seller].length) {
            sums[seller][month] += cents;
        }
    }
}
