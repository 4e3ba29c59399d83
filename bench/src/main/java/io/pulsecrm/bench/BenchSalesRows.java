package io.pulsecrm.bench;

import static io.pulsecrm.bench.BenchDialect.POSTGRES;
import static io.pulsecrm.bench.BenchFormulas.amount;
import static io.pulsecrm.bench.BenchFormulas.channel;
import static io.pulsecrm.bench.BenchFormulas.later;
import static io.pulsecrm.bench.BenchFormulas.nullWhen;
import static io.pulsecrm.bench.BenchFormulas.ownerDept;
import static io.pulsecrm.bench.BenchFormulas.ownerId;
import static io.pulsecrm.bench.BenchFormulas.timestamp;

/**
 * The rows behind the funnel, campaign ROI, forecast and receivables widgets that {@link BenchRows} does not make:
 * campaigns and their costs, leads (a quarter converted into the customer of the same number, a quarter qualified, a
 * quarter found invalid), one stage move into each of the first deals' current stage, and payment plans, each paid
 * (or not) by one receipt ({@link BenchRows} links receipt {@code 3p} to plan {@code p}). Same formulas on both sides.
 */
final class BenchSalesRows {

    private BenchSalesRows() {
    }

    private static final String FIRST_DAY = Long.toString(BenchDataset.FIRST_DAY.toEpochDay());

    /** Campaigns 1 … {@value BenchDataset#CAMPAIGNS}: each runs 30–119 days from a start spread over the two years. */
    static BenchInsert campaigns() {
        String start = "(" + FIRST_DAY + " + ((n - 1) * 3) % 700)";
        return BenchInsert.into("campaign", "campaigns")
                .col("id", "n")
                .col("name", d -> "'Bench campaign ' || " + d.text("n"))
                .col("channel", channel("n"))
                .col("status", "'ACTIVE'")
                .col("budget", d -> d.money("10000000 + n * 100000"))
                .col("start_date", d -> d.date(start))
                .col("end_date", d -> d.date(start + " + 30 + n % 90"))
                .owned(ownerId(577), ownerDept(577))
                .created(timestamp("campaigns", 577));
    }

    static BenchInsert campaignCosts() {
        return BenchInsert.into("campaign_cost", "campaigncosts")
                .col("id", "n")
                .col("campaign_id", "(1 + (n * 7) % {campaigns})")
                .col("amount", amount(1499))
                .col("incurred_on", BenchFormulas.date("campaigncosts", 1499))
                .col("created_by", ownerId(1499))
                .col("created_at", timestamp("campaigncosts", 1499));
    }

    /** By {@code n % 4}: 0 converted (into customer n), 1 qualified, 2 new, 3 invalid. Every lead has a campaign. */
    static BenchInsert leads() {
        return BenchInsert.into("lead", "leads")
                .col("id", "n")
                .only(POSTGRES, "name", "'Bench lead'")
                .col("source", channel("n"))
                .col("campaign_id", "(1 + (n * 11) % {campaigns})")
                .col("status", "(CASE n % 4 WHEN 0 THEN 'CONVERTED' WHEN 1 THEN 'QUALIFIED' WHEN 2 THEN 'NEW' ELSE 'INVALID' END)")
                .col("qualified_at", d -> "CASE WHEN n % 4 < 2 THEN " + later("leads", 211, "86400 * (1 + n % 5)").apply(d)
                        + " ELSE NULL END")
                .col("converted_at", d -> "CASE WHEN n % 4 = 0 THEN " + later("leads", 211, "86400 * (6 + n % 9)").apply(d)
                        + " ELSE NULL END")
                .owned(ownerId(4441), ownerDept(4441))
                .col("created_by", ownerId(4441))
                .created(timestamp("leads", 211));
    }

    /** The deals that moved: one in three, spread over the two years (3n − n % 3: every stage, every period). */
    static final String MOVED_DEAL = "(3 * n - n % 3)";

    /**
     * Deal {@value #MOVED_DEAL}'s one move, from the stage before its current one into it, 1–200 hours after it was made
     * (a deal in the first stage came back from the last: a backward move). PostgreSQL's history table; ClickHouse gets
     * it in a table of the bench's own ({@link BenchFunnel}), as the warehouse mirrors none.
     */
    static BenchInsert stageMoves() {
        int stages = BenchDataset.STAGES;
        return BenchInsert.into(BenchFunnel.MOVES, "opportunity_stage_move", "stagemoves")
                .col("id", "n")
                .col("opportunity_id", MOVED_DEAL)
                .col("from_stage_id", "1 + (" + MOVED_DEAL + " + " + (stages - 1) + ") % " + stages)
                .col("to_stage_id", "1 + " + MOVED_DEAL + " % " + stages)
                .col("moved_at", BenchFormulas.ofRow(MOVED_DEAL, later("opportunities", 101009, "3600 * (1 + n % 200)")));
    }

    /** Plan {@code p} of receipt {@code 3p}'s contract, 1,000.00–91,000.00 due 40 days after its day, received by it. */
    static BenchInsert paymentPlans() {
        return BenchInsert.into("payment_plan", "paymentplans")
                .col("id", "n")
                .col("contract_id", "(1 + (3 * n * 7) % {contracts})")
                .col("seq", "n")
                .col("amount", d -> d.money("10000000 + (n * 7) % 9000000"))
                .col("due_date", d -> d.date(FIRST_DAY + " + 40 + " + BenchFormulas.day("paymentplans", 313).apply(d)))
                .col("method", "'BANK_TRANSFER'")
                .col("received_amount", d -> "CASE WHEN 3 * n <= {receipts} THEN " + d.money("100000 + (3 * n * 3001) % 9900000")
                        + " ELSE " + d.money("0") + " END")
                .owned(ownerId(2741), ownerDept(2741))
                .created(timestamp("paymentplans", 313));
    }

    /** Receipt {@code n}'s plan: {@code n / 3} for every third receipt while there are plans. */
    static java.util.function.Function<BenchDialect, String> planOfReceipt() {
        return d -> nullWhen("n % 3 <> 0 OR " + d.div("n", "3") + " > {paymentplans}", d.div("n", "3"));
    }
}
