package io.pulsecrm.oltp.opportunity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pulsecrm.oltp.product.PricedLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The opportunity_product rows of deals: value objects replaced as a whole, never edited one by one. */
@Component
class OpportunityLines {

    private final JdbcClient jdbc;

    OpportunityLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpportunityLine> of(long opportunityId) {
        return jdbc.sql("""
                select l.id, l.product_id, p.code as product_code, p.name as product_name, l.quantity, l.unit_price,
                       l.discount, l.line_amount
                from opportunity_product l join product p on p.id = l.product_id
                where l.opportunity_id = :id order by l.id
                """).param("id", opportunityId).query(OpportunityLine.class).list();
    }

    Set<Long> productIds(long opportunityId) {
        return new HashSet<>(jdbc.sql("select product_id from opportunity_product where opportunity_id = :id")
                .param("id", opportunityId).query(Long.class).list());
    }

    void replace(long opportunityId, List<PricedLine> lines) {
        jdbc.sql("delete from opportunity_product where opportunity_id = :id").param("id", opportunityId).update();
        for (PricedLine line : lines) {
            jdbc.sql("""
                    insert into opportunity_product (opportunity_id, product_id, quantity, unit_price, discount, line_amount)
                    values (:deal, :product, :quantity, :price, :discount, :amount)
                    """).param("deal", opportunityId).param("product", line.productId())
                    .param("quantity", line.quantity()).param("price", line.unitPrice())
                    .param("discount", line.discount()).param("amount", line.amount()).update();
        }
    }

    long countUsing(long productId) {
        return jdbc.sql("select count(*) from opportunity_product where product_id = :id").param("id", productId)
                .query(Long.class).single();
    }
}
