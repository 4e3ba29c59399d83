package io.pulsecrm.localstack;

/** The three servers of the stack in one {@link StackMode}; each start is called at most once. */
interface Servers {
    Postgres startPostgres();

    Kafka startKafka();

    ClickHouse startClickHouse();

    /** Stops whatever was started; called once, at JVM exit, after the services. */
    void stopAll();
}
