package io.pulsecrm.oltp.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByCustomerIdOrderByIdAsc(long customerId);

    Optional<Contact> findByCustomerIdAndPrimaryTrue(long customerId);

    long countByCustomerId(long customerId);
}
