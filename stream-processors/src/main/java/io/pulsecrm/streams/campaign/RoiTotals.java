package io.pulsecrm.streams.campaign;

import io.pulsecrm.streams.rows.CampaignCostRow;
import io.pulsecrm.streams.rows.ContractRow;
import io.pulsecrm.streams.rows.LeadRow;
import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.ReceiptRow;
import java.math.BigDecimal;

/**
 * The figures of campaign ROI, summed at every level of the chain (a receipt, a contract with its receipts, a deal
 * with its contracts, a customer's deals, a campaign): one shape, so each level's adder and subtractor are the same
 * {@link #plus} and {@link #minus}, exact (BigDecimal, no rounding until the output), and a subtractor removes
 * exactly what its adder added. {@code lsn} is the highest source LSN among the rows summed; it feeds the version.
 */
record RoiTotals(BigDecimal cost, long leads, long opportunities, BigDecimal opportunityAmount, long won,
        BigDecimal wonAmount, long contracts, BigDecimal contractAmount, long receipts, BigDecimal received, long lsn) {

    static final RoiTotals NONE = new RoiTotals(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
            BigDecimal.ZERO, 0, BigDecimal.ZERO, 0);

    static RoiTotals none() {
        return NONE;
    }

    static RoiTotals cost(CampaignCostRow cost) {
        return new RoiTotals(cost.amount(), 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, cost.lsn());
    }

    static RoiTotals lead(LeadRow lead) {
        return new RoiTotals(BigDecimal.ZERO, 1, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, lead.lsn());
    }

    static RoiTotals receipt(ReceiptRow receipt) {
        return new RoiTotals(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 1,
                receipt.amount(), receipt.lsn());
    }

    /** A contract counts (and its amount) once approved; the cash received on it counts whatever its status. */
    static RoiTotals contract(ContractRow contract, RoiTotals receipts) {
        boolean approved = "APPROVED".equals(contract.status());
        var own = new RoiTotals(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, approved ? 1 : 0,
                approved ? contract.totalAmount() : BigDecimal.ZERO, 0, BigDecimal.ZERO, contract.lsn());
        return receipts == null ? own : own.plus(receipts);
    }

    /** Every deal counts as an opportunity; a WON one is won revenue too. */
    static RoiTotals deal(OpportunityRow deal, RoiTotals contracts) {
        boolean won = "WON".equals(deal.status());
        var own = new RoiTotals(BigDecimal.ZERO, 0, 1, deal.amount(), won ? 1 : 0,
                won ? deal.amount() : BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, deal.lsn());
        return contracts == null ? own : own.plus(contracts);
    }

    RoiTotals plus(RoiTotals o) {
        return new RoiTotals(cost.add(o.cost), leads + o.leads, opportunities + o.opportunities,
                opportunityAmount.add(o.opportunityAmount), won + o.won, wonAmount.add(o.wonAmount),
                contracts + o.contracts, contractAmount.add(o.contractAmount), receipts + o.receipts,
                received.add(o.received), Math.max(lsn, o.lsn));
    }

    RoiTotals minus(RoiTotals o) {
        return new RoiTotals(cost.subtract(o.cost), leads - o.leads, opportunities - o.opportunities,
                opportunityAmount.subtract(o.opportunityAmount), won - o.won, wonAmount.subtract(o.wonAmount),
                contracts - o.contracts, contractAmount.subtract(o.contractAmount), receipts - o.receipts,
                received.subtract(o.received), Math.max(lsn, o.lsn));
    }

    /** The same totals, stamped with a later LSN (the row that attributes them changed). */
    RoiTotals atLeast(long otherLsn) {
        return otherLsn <= lsn ? this : new RoiTotals(cost, leads, opportunities, opportunityAmount, won, wonAmount,
                contracts, contractAmount, receipts, received, otherLsn);
    }
}
