package io.pulsecrm.oltp.demo;

/**
 * How much demo data to generate. The organization and catalogue are fixed; everything else grows
 * with the number of customers.
 *
 * @param customers            customers (客户), spread over the period
 * @param leadsPerCustomer     leads (线索) per customer, converted ones included (about 0.45 of them are)
 * @param followUpsPerCustomer follow-ups per customer on average, those on leads included
 * @param years                how far back the history goes (the CRM's go-live)
 * @param operationLog         whether to write a CREATE entry per lead, customer, deal and contract
 */
public record DemoScale(int customers, double leadsPerCustomer, double followUpsPerCustomer, int years,
        boolean operationLog) {

    /** What {@code CRM_DEMO_SEED=true} loads: a company of about 5,400 customers over two years. */
    public static final DemoScale DEMO = new DemoScale(5_400, 1.5, 3.0, 2, true);

    /** The benchmark's database: a million customers and three million follow-ups. */
    public static final DemoScale BENCH = new DemoScale(1_000_000, 1.5, 3.0, 2, false);

    public DemoScale {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be positive: " + customers);
        }
        if (leadsPerCustomer < 0 || followUpsPerCustomer < 0) {
            throw new IllegalArgumentException("leads and follow-ups per customer must not be negative");
        }
        if (years < 1 || years > 10) {
            throw new IllegalArgumentException("years must be 1..10: " + years);
        }
    }

    public DemoScale withCustomers(int count) {
        return new DemoScale(count, leadsPerCustomer, followUpsPerCustomer, years, operationLog);
    }
}
