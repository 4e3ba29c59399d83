package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.ZoneSetting;
import io.pulsecrm.segment.CustomerFeatures;
import io.pulsecrm.streams.rows.SegmentRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Evaluates the customers of its task: their features, and their membership of every segment ({@code segment-rules}'
 * {@code matches}). A customer's change evaluates that customer against every live segment; a segment's change
 * evaluates every customer of the task against it (a deleted segment, or an invalid rule, matches nobody: all its
 * members exit); the day change evaluates every customer again, against the segments whose rules read the date.
 *
 * <p>Evaluation date: for a change, the commit date of the change in the zone ({@link #ZONE_CONFIG}, default
 * Asia/Shanghai), but never a day before the one this task last re-evaluated, so a backlog read after a day change is
 * not evaluated in the past; at the day change (wall clock, checked every minute), the new day. The day reached is
 * kept in a store, so a restart does not redo it and a task that was down over midnight catches up at once. The time
 * of an entry or exit is the commit time of the change, or the start of the new day.
 */
final class SegmentEvaluator implements Processor<String, EvaluationInput, String, Evaluated> {

    /** The application config entry with the zone the days are counted in. */
    static final String ZONE_CONFIG = "crm.segment.zone";
    static final String INPUTS_STORE = "segment-customer-inputs";
    static final String DAY_STORE = "segment-evaluation-day";
    private static final String DAY_KEY = "day";
    private static final Duration DAY_CHECK = Duration.ofMinutes(1);

    private ProcessorContext<String, Evaluated> context;
    private KeyValueStore<String, FeatureInputs> inputs;
    private KeyValueStore<String, Long> evaluatedDay;
    private Segments segments;
    private Memberships memberships;
    private ZoneId zone;

    @Override
    public void init(ProcessorContext<String, Evaluated> context) {
        this.context = context;
        this.inputs = context.getStateStore(INPUTS_STORE);
        this.evaluatedDay = context.getStateStore(DAY_STORE);
        this.segments = new Segments(context.getStateStore(Segments.STORE));
        this.memberships = new Memberships(context.getStateStore(Memberships.STORE));
        this.zone = ZoneSetting.from(context.appConfigs(), ZONE_CONFIG);
        context.schedule(DAY_CHECK, PunctuationType.WALL_CLOCK_TIME, this::reevaluateOnNewDay);
    }

    @Override
    public void process(Record<String, EvaluationInput> record) {
        LocalDate day = evaluationDay(record.timestamp());
        if (record.value().isSegment()) {
            segmentChanged(record, record.value().segment(), day);
        } else {
            customerChanged(record, record.value().customer(), day);
        }
    }

    private void customerChanged(Record<String, EvaluationInput> record, FeatureInputs now, LocalDate day) {
        long at = record.timestamp();
        if (now == null) {
            FeatureInputs gone = inputs.delete(record.key());
            if (gone != null) {
                CustomerFeaturesValue last = CustomerFeaturesValue.of(gone, day, zone, 0, at).gone(0, at);
                context.forward(record.withValue(Evaluated.features(last)));
                segments.live().forEach(s -> memberships.evaluated(s.id(), last, false, at, m -> publish(record, m)));
            }
            return;
        }
        inputs.put(record.key(), now);
        CustomerFeaturesValue features = CustomerFeaturesValue.of(now, day, zone, 0, at);
        context.forward(record.withValue(Evaluated.features(features)));
        evaluate(record, features, segments.live(), day);
    }

    private void segmentChanged(Record<String, EvaluationInput> record, SegmentRow segment, LocalDate day) {
        if (!segments.update(segment)) {
            return;
        }
        List<Segments.Live> changed = List.of(segments.live(segment));
        try (KeyValueIterator<String, FeatureInputs> all = inputs.all()) {
            while (all.hasNext()) {
                FeatureInputs customer = all.next().value;
                evaluate(record, CustomerFeaturesValue.of(customer, day, zone, 0, record.timestamp()), changed, day);
            }
        }
    }

    private void evaluate(Record<String, ?> record, CustomerFeaturesValue features, List<Segments.Live> live,
            LocalDate day) {
        CustomerFeatures subject = subject(features);
        for (Segments.Live segment : live) {
            boolean matches = segment.rule() != null && segment.rule().matches(subject, day);
            memberships.evaluated(segment.id(), features, matches, record.timestamp(), m -> publish(record, m));
        }
    }

    private void publish(Record<String, ?> record, SegmentMember change) {
        context.forward(record.withKey(SegmentMember.key(change.segmentId(), change.customerId()))
                .withValue(Evaluated.member(change)));
    }

    private LocalDate evaluationDay(long commitMs) {
        LocalDate commitDay = Instant.ofEpochMilli(commitMs).atZone(zone).toLocalDate();
        Long reached = evaluatedDay.get(DAY_KEY);
        return reached == null || commitDay.toEpochDay() >= reached ? commitDay : LocalDate.ofEpochDay(reached);
    }

    /**
     * Every customer of the task as of the new day: its features (the versioner passes on only those whose figures
     * changed) and its membership of the segments that read the date. Timed at the start of the day: the moment the
     * new answers became true.
     */
    private void reevaluateOnNewDay(long wallClockMs) {
        LocalDate today = Instant.ofEpochMilli(wallClockMs).atZone(zone).toLocalDate();
        Long reached = evaluatedDay.get(DAY_KEY);
        if (reached != null && reached >= today.toEpochDay()) {
            return;
        }
        evaluatedDay.put(DAY_KEY, today.toEpochDay());
        long dayStart = today.atStartOfDay(zone).toInstant().toEpochMilli();
        List<Segments.Live> dated = segments.live().stream().filter(Segments.Live::dependsOnTheDate).toList();
        try (KeyValueIterator<String, FeatureInputs> all = inputs.all()) {
            while (all.hasNext()) {
                KeyValue<String, FeatureInputs> customer = all.next();
                CustomerFeaturesValue features = CustomerFeaturesValue.of(customer.value, today, zone, 0, dayStart);
                Record<String, Evaluated> record = new Record<>(customer.key, Evaluated.features(features), dayStart);
                context.forward(record);
                evaluate(record, features, dated, today);
            }
        }
    }

    /** The features as {@code segment-rules} reads them. */
    static CustomerFeatures subject(CustomerFeaturesValue f) {
        return new CustomerFeatures(f.customerId(), f.ownerId(), f.ownerDeptId(), f.industry(), f.region(), f.level(),
                f.source(), f.lifecycleStage(), f.lastReceiptOn() == null ? null : LocalDate.parse(f.lastReceiptOn()),
                (int) f.contractCount(), new BigDecimal(f.receivedTotal()), f.followUps30d(), f.followUps90d(),
                f.campaigns());
    }
}
