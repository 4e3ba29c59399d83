package io.pulsecrm.streams.segment;

import io.pulsecrm.segment.Feature;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.segment.RuleInvalid;
import io.pulsecrm.streams.rows.SegmentRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every segment, in each task (the store holds all of them: they are broadcast to every partition), with its rule
 * parsed once per version. A delete stays as a marker, so a stale replay of an older version cannot bring it back.
 */
final class Segments {

    /** A live segment and its rule; {@code rule} is null when the stored JSON is not a valid rule (matches nobody). */
    record Live(long id, Rule rule) {

        boolean dependsOnTheDate() {
            return rule != null && rule.features().stream().anyMatch(DATED::contains);
        }
    }

    static final String STORE = "segment-definitions";
    private static final Set<Feature> DATED = EnumSet.of(Feature.RECENCY_DAYS, Feature.FOLLOW_UPS_30D,
            Feature.FOLLOW_UPS_90D);
    private static final Logger log = LoggerFactory.getLogger(Segments.class);

    private final KeyValueStore<String, SegmentRow> rows;
    private final Map<Long, Parsed> parsed = new HashMap<>();

    private record Parsed(long lsn, Rule rule) {}

    Segments(KeyValueStore<String, SegmentRow> rows) {
        this.rows = rows;
    }

    /** Keeps {@code segment} if it is newer than what is known; answers whether it was. */
    boolean update(SegmentRow segment) {
        SegmentRow known = rows.get(Long.toString(segment.id()));
        if (known != null && known.lsn() >= segment.lsn()) {
            return false;
        }
        rows.put(Long.toString(segment.id()), segment);
        parsed.remove(segment.id());
        return true;
    }

    /** The live segments, rules parsed. */
    List<Live> live() {
        List<Live> live = new ArrayList<>();
        try (KeyValueIterator<String, SegmentRow> all = rows.all()) {
            while (all.hasNext()) {
                SegmentRow row = all.next().value;
                if (!row.deleted()) {
                    live.add(new Live(row.id(), rule(row)));
                }
            }
        }
        return live;
    }

    Live live(SegmentRow row) {
        return new Live(row.id(), row.deleted() ? null : rule(row));
    }

    private Rule rule(SegmentRow row) {
        Parsed known = parsed.get(row.id());
        if (known != null && known.lsn() == row.lsn()) {
            return known.rule();
        }
        Rule rule;
        try {
            rule = Rule.parse(row.rule());
        } catch (RuleInvalid e) {
            // oltp-app validates every rule it stores; one that is not valid here matches nobody rather than stop
            // the stream, and says so once per version.
            log.warn("Segment {} (version at LSN {}) has an invalid rule; it matches nobody: {}", row.id(), row.lsn(),
                    e.getMessage());
            rule = null;
        }
        parsed.put(row.id(), new Parsed(row.lsn(), rule));
        return rule;
    }
}
