package io.pulsecrm.oltp.contract;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, Long> {

    /**
     * The contract under {@code select ... for update}: money moves on it one transaction at a time.
     * Must be the transaction's first read of the contract, or the persistence context would hand
     * back the state read before the lock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contract c where c.id = ?1")
    Optional<Contract> lockById(long id);

    @Query("select count(c) > 0 from Contract c where lower(c.number) = lower(?1)")
    boolean numberTaken(String number);
}
