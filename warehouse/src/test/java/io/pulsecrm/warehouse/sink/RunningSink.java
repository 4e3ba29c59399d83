package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.WarehouseStack;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For one test class ({@code @RegisterExtension static}): ClickHouse migrated, a sink of its own consumer group running
 * on the local stack, and a producer for its topics; all closed after the class.
 */
final class RunningSink implements BeforeAllCallback, AfterAllCallback {

    private final String groupPrefix;
    private DataSource clickHouse;
    private KafkaProducer<String, String> producer;
    private SinkFixture sink;

    RunningSink(String groupPrefix) {
        this.groupPrefix = groupPrefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        clickHouse = WarehouseStack.dataSource();
        producer = SinkFixture.producer();
        sink = SinkFixture.start(groupPrefix);
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (sink != null) {
            sink.close();
        }
        if (producer != null) {
            producer.close();
        }
    }

    SinkFixture sink() {
        return sink;
    }

    DataSource clickHouse() {
        return clickHouse;
    }

    /** Sends one record and waits for the broker's ack. */
    void send(String topic, String key, String value) {
        SinkFixture.send(producer, topic, key, value);
    }

    List<String> strings(String sql, Object parameter) throws SQLException {
        return SinkFixture.strings(clickHouse, sql, parameter);
    }
}
