package io.pulsecrm.oltp.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Gives the bootstrap super admin ({@code admin}, created by the schema) the configured password
 * while it has none, so a fresh installation can be logged into. An existing password is never
 * overwritten: change it through the API.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;

    AdminBootstrap(JdbcClient jdbc, PasswordEncoder passwords, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            log.info("crm.identity.admin-password is not set: the admin account keeps its current password (or none)");
            return;
        }
        int set = jdbc.sql("""
                insert into user_credential (user_id, password_hash)
                select id, :hash from app_user where username = 'admin'
                on conflict (user_id) do nothing
                """).param("hash", passwords.encode(password)).update();
        if (set > 0) {
            log.info("Set the initial password of the admin account");
        }
    }
}
