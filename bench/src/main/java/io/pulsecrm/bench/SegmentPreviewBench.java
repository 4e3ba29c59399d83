package io.pulsecrm.bench;

import io.pulsecrm.segment.Rule;
import io.pulsecrm.warehouse.query.SegmentQueries;
import java.util.List;
import javax.sql.DataSource;

/**
 * The segment builder's live preview count ({@link SegmentQueries#previewCount}, what the preview endpoint calls) over
 * every customer's features, for rules of growing complexity and the three viewers, against the 300 ms.
 */
final class SegmentPreviewBench {

    static final double PREVIEW_P95_MS = 300;

    /** A name and a rule in the builder's JSON. */
    record Named(String name, String json) {
    }

    static final List<Named> RULES = List.of(
            new Named("one condition", """
                    {"op": "AND", "rules": [{"feature": "level", "operator": "EQ", "values": ["KEY"]}]}"""),
            new Named("two, AND", """
                    {"op": "AND", "rules": [
                      {"feature": "level", "operator": "IN", "values": ["KEY", "NORMAL"]},
                      {"feature": "received_total", "operator": "GTE", "values": ["50000.00"]}]}"""),
            new Named("nested OR, recency", """
                    {"op": "AND", "rules": [
                      {"feature": "industry", "operator": "IN", "values": ["IT", "FINANCE"]},
                      {"op": "OR", "rules": [
                        {"feature": "received_total", "operator": "GTE", "values": ["50000.00"]},
                        {"feature": "follow_ups_30d", "operator": "GT", "values": [3]}]},
                      {"feature": "recency_days", "operator": "LTE", "values": [180]}]}"""),
            new Named("three groups, text", """
                    {"op": "OR", "rules": [
                      {"op": "AND", "rules": [
                        {"feature": "lifecycle_stage", "operator": "EQ", "values": ["CUSTOMER"]},
                        {"feature": "contract_count", "operator": "GTE", "values": [2]},
                        {"feature": "region", "operator": "CONTAINS", "values": ["1"]}]},
                      {"op": "AND", "rules": [
                        {"feature": "source", "operator": "IN", "values": ["SEARCH", "REFERRAL"]},
                        {"feature": "follow_ups_90d", "operator": "BETWEEN", "values": [5, 20]}]},
                      {"feature": "industry", "operator": "IS_NOT_SET"}]}"""));

    private final SegmentQueries queries;
    private final Timings timings;

    SegmentPreviewBench(DataSource clickhouse, Timings timings) {
        this.queries = new SegmentQueries(clickhouse);
        this.timings = timings;
    }

    /** Prints each rule's count and p50/p95 per viewer; true when every p95 is within the target. */
    boolean run() throws Exception {
        System.out.printf("%nsegment preview count over the customers' features (evaluated on %s), ms:%n", BenchDataset.AS_OF);
        System.out.printf("  %-22s %-18s %10s %8s %8s  %s%n", "rule", "viewer", "count", "p50", "p95", "p95≤300ms");
        boolean allMet = true;
        for (Named named : RULES) {
            Rule rule = Rule.parse(named.json());
            for (BenchDataset.Viewer viewer : BenchDataset.Viewer.values()) {
                var scope = viewer.scope();
                long count = queries.previewCount(rule, BenchDataset.AS_OF, scope);
                Timings.Sample sample = timings.measure(() -> queries.previewCount(rule, BenchDataset.AS_OF, scope));
                boolean met = sample.percentile(95) <= PREVIEW_P95_MS;
                allMet &= met;
                System.out.printf("  %-22s %-18s %,10d %8.1f %8.1f  %s%n", named.name(), viewer.label(), count,
                        sample.percentile(50), sample.percentile(95), BenchReport.met(met));
            }
        }
        return allMet;
    }
}
