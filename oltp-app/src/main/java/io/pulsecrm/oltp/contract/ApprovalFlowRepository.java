package io.pulsecrm.oltp.contract;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalFlowRepository extends JpaRepository<ApprovalFlow, Long> {

    List<ApprovalFlow> findAllByOrderByIdAsc();

    Optional<ApprovalFlow> findBySubjectAndEnabledTrue(String subject);
}
