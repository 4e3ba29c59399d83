package io.pulsecrm.oltp.receivable;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentPlanRepository extends JpaRepository<PaymentPlan, Long> {

    List<PaymentPlan> findByContractIdOrderBySeqAsc(long contractId);

    Optional<PaymentPlan> findByIdAndContractId(long id, long contractId);

    @Query("select coalesce(max(p.seq), 0) from PaymentPlan p where p.contractId = ?1")
    int maxSeq(long contractId);
}
