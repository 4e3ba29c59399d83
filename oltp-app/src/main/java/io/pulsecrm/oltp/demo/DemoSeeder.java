package io.pulsecrm.oltp.demo;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With {@code CRM_DEMO_SEED=true}, fills an empty database at start-up with the demo company
 * ({@link DemoScale#DEMO}); a database that already has data is left alone, so it seeds once.
 */
@Component
class DemoSeeder implements ApplicationRunner {

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
        if (properties.seed()) {
            seedIfEmpty();
        }
    }

    /** Returns whether it seeded. */
    boolean seedIfEmpty() {
        return DemoDataGenerator.generate(dataSource, DemoScale.DEMO, DemoDataGenerator.DEFAULT_SEED, clock).seeded();
    }
}
