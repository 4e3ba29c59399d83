package io.pulsecrm.oltp.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import io.pulsecrm.oltp.opportunity.Opportunity;
import io.pulsecrm.oltp.opportunity.OpportunityCommands;
import io.pulsecrm.oltp.opportunity.OpportunityDraft;
import io.pulsecrm.oltp.opportunity.OpportunityPipeline;
import io.pulsecrm.oltp.stage.OpportunityStage;
import io.pulsecrm.oltp.stage.StageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code CRM_DEMO_SEED=true}, fills a database that has no stages with the four usual stages
 * and {@value #DEALS} deals walked through them by the same use cases a rep triggers, so the stage
 * moves are recorded too. Seeds once: a database with any stage is left alone.
 */
@Component
class DemoSeeder implements ApplicationRunner {

    static final int DEALS = 60;
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /** Serialises seeding between instances started together on the same empty database. */
    private static final long SEED_LOCK = 0x5075_6c73_6543_524dL;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final DemoProperties properties;
    private final StageService stages;
    private final OpportunityCommands opportunities;
    private final OpportunityPipeline pipeline;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSeeder(DemoProperties properties, StageService stages, OpportunityCommands opportunities,
            OpportunityPipeline pipeline, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.stages = stages;
        this.opportunities = opportunities;
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seed()) {
            seedIfEmpty();
        }
    }

    /** Seeds in one transaction; returns whether it did. */
    boolean seedIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query().listOfRows();
            if (!stages.isEmpty()) {
                log.info("Demo seed skipped: the database already has stages");
                return false;
            }
            List<OpportunityStage> pipeline = DemoCatalog.STAGES.stream()
                    .map(spec -> stages.create(spec.name(), null, spec.winRate()))
                    .toList();
            Random random = new Random(20_251_123L);
            for (int i = 0; i < DEALS; i++) {
                seedDeal(i, pipeline, random);
            }
            log.info("Demo seed: {} stages and {} opportunities", pipeline.size(), DEALS);
            return true;
        }));
    }

    private void seedDeal(int i, List<OpportunityStage> pipeline, Random random) {
        String company = DemoCatalog.COMPANIES.get(i % DemoCatalog.COMPANIES.size());
        String offering = DemoCatalog.OFFERINGS.get(random.nextInt(DemoCatalog.OFFERINGS.size()));
        BigDecimal amount = BigDecimal.valueOf(80L + random.nextInt(15_000)).movePointRight(2);
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        LocalDate expectedClose = today.plusDays(random.nextInt(180) - 30);
        // deals live under customers now (customerId required); the seeder is being rewritten to create both
        long customer = jdbc.sql("select id from customer order by id limit 1").query(Long.class).single();
        Opportunity deal = opportunities.create(new OpportunityDraft(company + "有限公司 · " + offering, amount,
                pipeline.getFirst().getId(), expectedClose, customer, null));

        double outcome = random.nextDouble();
        int reached = outcome < 0.15 ? pipeline.size() - 1 : random.nextInt(pipeline.size());
        for (int stage = 1; stage <= reached; stage++) {
            this.pipeline.moveTo(deal.getId(), pipeline.get(stage).getId(), null);
        }
        if (outcome < 0.15) {
            this.pipeline.markWon(deal.getId(), null, null);
        } else if (outcome < 0.27) {
            this.pipeline.markLost(deal.getId(),
                    DemoCatalog.LOST_REASONS.get(random.nextInt(DemoCatalog.LOST_REASONS.size())), null);
        }
    }
}
