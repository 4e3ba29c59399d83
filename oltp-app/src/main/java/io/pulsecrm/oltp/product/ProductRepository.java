package io.pulsecrm.oltp.product;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, Long> {

    @Query("select count(p) > 0 from Product p where lower(p.code) = lower(?1) and (?2 is null or p.id <> ?2)")
    boolean codeTaken(String code, Long exceptId);
}
