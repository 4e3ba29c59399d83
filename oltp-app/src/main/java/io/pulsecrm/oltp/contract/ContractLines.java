package io.pulsecrm.oltp.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pulsecrm.oltp.product.PricedLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The contract_line rows: value objects replaced as a whole, in the order given (position from 1). */
@Component
class ContractLines {

    private final JdbcClient jdbc;

    ContractLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContractLine> of(long contractId) {
        return jdbc.sql("""
                select id, position, product_id, product_name, unit_price, quantity, discount, line_amount
                from contract_line where contract_id = :id order by position
                """).param("id", contractId).query(ContractLine.class).list();
    }

    Set<Long> productIds(long contractId) {
        return new HashSet<>(jdbc.sql("select product_id from contract_line where contract_id = :id")
                .param("id", contractId).query(Long.class).list());
    }

    void replace(long contractId, List<PricedLine> lines) {
        jdbc.sql("delete from contract_line where contract_id = :id").param("id", contractId).update();
        int position = 1;
        for (PricedLine line : lines) {
            jdbc.sql("""
                    insert into contract_line (contract_id, position, product_id, product_name, unit_price, quantity,
                                               discount, line_amount)
                    values (:contract, :position, :product, :name, :price, :quantity, :discount, :amount)
                    """).param("contract", contractId).param("position", position++)
                    .param("product", line.productId()).param("name", line.productName())
                    .param("price", line.unitPrice()).param("quantity", line.quantity())
                    .param("discount", line.discount()).param("amount", line.amount()).update();
        }
    }

    long countUsing(long productId) {
        return jdbc.sql("select count(*) from contract_line where product_id = :id").param("id", productId)
                .query(Long.class).single();
    }
}
