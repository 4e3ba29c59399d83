package io.pulsecrm.oltp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The operational CRM: reps' deals in PostgreSQL. It never knows that analytics exists. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OltpApplication {

    public static void main(String[] args) {
        SpringApplication.run(OltpApplication.class, args);
    }
}
