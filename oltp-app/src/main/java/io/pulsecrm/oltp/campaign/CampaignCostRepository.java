package io.pulsecrm.oltp.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignCostRepository extends JpaRepository<CampaignCost, Long> {

    List<CampaignCost> findByCampaignIdOrderByIncurredOnDescIdDesc(long campaignId);

    Optional<CampaignCost> findByIdAndCampaignId(long id, long campaignId);

    @Query("select min(c.incurredOn) from CampaignCost c where c.campaignId = :campaignId")
    LocalDate earliestIncurredOn(long campaignId);
}
