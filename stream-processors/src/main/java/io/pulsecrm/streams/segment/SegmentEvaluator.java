package io.pulsecrm.streams.segment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Evaluates customers: their features as of an evaluation date, re-evaluated when their inputs change and when the
 * day changes.
 *
 * <p>Evaluation date: for a change, the commit date of the change in the zone ({@link #ZONE_CONFIG}, default
 * Asia/Shanghai), but never a day before the one this task last re-evaluated, so a backlog read after a day change is
 * not evaluated in the past; at the day change (wall clock, checked every minute), the new day for every customer of
 * the task. The day reached is kept in a store, so a restart does not redo it and a task that was down over midnight
 * catches up at once.
 */
final class SegmentEvaluator implements Processor<String, FeatureInputs, String, CustomerFeaturesValue> {

    /** The application config entry with the zone the days are counted in. */
    static final String ZONE_CONFIG = "crm.segment.zone";
    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final String INPUTS_STORE = "segment-customer-inputs";
    static final String DAY_STORE = "segment-evaluation-day";
    private static final String DAY_KEY = "day";
    private static final Duration DAY_CHECK = Duration.ofMinutes(1);

    private ProcessorContext<String, CustomerFeaturesValue> context;
    private KeyValueStore<String, FeatureInputs> inputs;
    private KeyValueStore<String, Long> evaluatedDay;
    private ZoneId zone;

    @Override
    public void init(ProcessorContext<String, CustomerFeaturesValue> context) {
        this.context = context;
        this.inputs = context.getStateStore(INPUTS_STORE);
        this.evaluatedDay = context.getStateStore(DAY_STORE);
        Map<String, Object> configs = context.appConfigs();
        this.zone = ZoneId.of(String.valueOf(configs.getOrDefault(ZONE_CONFIG, DEFAULT_ZONE)));
        context.schedule(DAY_CHECK, PunctuationType.WALL_CLOCK_TIME, this::reevaluateOnNewDay);
    }

    @Override
    public void process(Record<String, FeatureInputs> record) {
        LocalDate day = evaluationDay(record.timestamp());
        if (record.value() == null) {
            FeatureInputs gone = inputs.delete(record.key());
            if (gone != null) {
                context.forward(record.withValue(CustomerFeaturesValue.of(gone, day, zone, 0, record.timestamp())
                        .gone(0, record.timestamp())));
            }
            return;
        }
        inputs.put(record.key(), record.value());
        context.forward(record.withValue(CustomerFeaturesValue.of(record.value(), day, zone, 0, record.timestamp())));
    }

    private LocalDate evaluationDay(long commitMs) {
        LocalDate commitDay = Instant.ofEpochMilli(commitMs).atZone(zone).toLocalDate();
        Long reached = evaluatedDay.get(DAY_KEY);
        return reached == null || commitDay.toEpochDay() >= reached ? commitDay : LocalDate.ofEpochDay(reached);
    }

    /**
     * Every customer of the task as of the new day; the versioner passes on only those whose figures changed. Its
     * records are timed at the start of the day: the moment the new figures became true.
     */
    private void reevaluateOnNewDay(long wallClockMs) {
        LocalDate today = Instant.ofEpochMilli(wallClockMs).atZone(zone).toLocalDate();
        Long reached = evaluatedDay.get(DAY_KEY);
        if (reached != null && reached >= today.toEpochDay()) {
            return;
        }
        evaluatedDay.put(DAY_KEY, today.toEpochDay());
        long dayStart = today.atStartOfDay(zone).toInstant().toEpochMilli();
        try (KeyValueIterator<String, FeatureInputs> all = inputs.all()) {
            while (all.hasNext()) {
                KeyValue<String, FeatureInputs> customer = all.next();
                context.forward(new Record<>(customer.key,
                        CustomerFeaturesValue.of(customer.value, today, zone, 0, dayStart), dayStart));
            }
        }
    }
}
