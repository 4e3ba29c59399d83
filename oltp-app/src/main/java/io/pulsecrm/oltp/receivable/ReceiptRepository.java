package io.pulsecrm.oltp.receivable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    @Query("select count(r) > 0 from Receipt r where lower(r.number) = lower(?1)")
    boolean numberTaken(String number);
}
