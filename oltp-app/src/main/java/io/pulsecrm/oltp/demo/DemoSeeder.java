package io.pulsecrm.oltp.demo;

import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With {@code CRM_DEMO_SEED=true}, fills an empty database at start-up with the demo company
 * (at {@code crm.demo.scale}); a database that already has data is left alone, so it seeds once.
 */
@Component
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final Clock clock;

    DemoSeeder(DemoProperties properties, DataSource dataSource, Clock clock) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seed()) {
            return;
        }
        DemoScale scale = properties.demoScale();
        if (scale.customers() <= DemoScale.DEMO.customers()) {
            seedIfEmpty(scale);
            return;
        }
        // A benchmark-sized seed takes many minutes: the app serves (and reports healthy) meanwhile,
        // and the data appears when its one transaction commits.
        log.info("Seeding {} customers in the background", scale.customers());
        Thread.ofPlatform().name("demo-seed").daemon().start(() -> seedIfEmpty(scale));
    }

    /** Returns whether it seeded. */
    boolean seedIfEmpty() {
        return seedIfEmpty(DemoScale.DEMO);
    }

    private boolean seedIfEmpty(DemoScale scale) {
        return DemoDataGenerator.generate(dataSource, scale, DemoDataGenerator.DEFAULT_SEED, clock).seeded();
    }
}
