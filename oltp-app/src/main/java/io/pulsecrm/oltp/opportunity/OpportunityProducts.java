package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.product.LineInput;
import io.pulsecrm.oltp.product.PricedLine;
import io.pulsecrm.oltp.product.ProductCatalog;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The products on a deal: replaced as a whole; while there are any, the deal's amount is their sum. */
@Service
@Transactional
public class OpportunityProducts {

    private static final Logger log = LoggerFactory.getLogger(OpportunityProducts.class);

    private final OpportunityService reads;
    private final OpportunityRepository opportunities;
    private final OpportunityLines lines;
    private final ProductCatalog catalog;
    private final OperationLog operations;
    private final Clock clock;

    OpportunityProducts(OpportunityService reads, OpportunityRepository opportunities, OpportunityLines lines,
            ProductCatalog catalog, OperationLog operations, Clock clock) {
        this.reads = reads;
        this.opportunities = opportunities;
        this.lines = lines;
        this.catalog = catalog;
        this.operations = operations;
        this.clock = clock;
    }

    /**
     * Replaces the deal's lines (an open deal only). Products already on the deal may stay even if
     * inactive since; new ones must be active. No lines: the amount stays as it was, editable again.
     */
    public Opportunity replace(long id, List<LineInput> requested, int version) {
        Opportunity deal = reads.editable(id);
        StaleVersion.check("opportunity", id, version, deal.getVersion());
        List<PricedLine> priced = catalog.price("lines", requested, lines.productIds(id));
        BigDecimal before = deal.getAmount();
        BigDecimal amount = priced.isEmpty() ? before : PricedLine.total(priced);
        // the aggregate says whether the deal may change before any row is touched, and its row is
        // written (version checked) first: a concurrent replacement fails before touching the lines
        deal.priceFromLines(amount, clock.instant());
        opportunities.saveAndFlush(deal);
        lines.replace(id, priced);
        operations.record(OpportunityService.ENTITY, id, "UPDATE", priced.size() + " product lines",
                Changes.none().field("amount", before, deal.getAmount()));
        log.info("Opportunity {} has {} product lines", id, priced.size());
        return deal;
    }
}
