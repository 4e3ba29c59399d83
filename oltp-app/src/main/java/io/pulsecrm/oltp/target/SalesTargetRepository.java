package io.pulsecrm.oltp.target;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalesTargetRepository extends JpaRepository<SalesTarget, Long> {

    List<SalesTarget> findByYearAndUserIdOrderByMonth(int year, long userId);

    List<SalesTarget> findByYearAndDepartmentIdOrderByMonth(int year, long departmentId);
}
