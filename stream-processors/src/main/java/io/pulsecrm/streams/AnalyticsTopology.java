package io.pulsecrm.streams;

import io.pulsecrm.streams.campaign.CampaignRoiTopology;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.funnel.FunnelTopology;
import io.pulsecrm.streams.forecast.ForecastTopology;
import io.pulsecrm.streams.pipeline.PipelineByStageTopology;
import io.pulsecrm.streams.segment.SegmentTopology;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Every analytics topology in one Streams application, over one set of shared CDC tables
 * ({@link ChangeTables}): each change is parsed once and committed in one transaction with all it affects.
 */
public final class AnalyticsTopology {

    private AnalyticsTopology() {}

    public static Topology build(StreamsBuilder builder, Topics topics) {
        var tables = new ChangeTables(builder, topics.dlqCdc());
        PipelineByStageTopology.addTo(tables, topics);
        SegmentTopology.addTo(tables, topics);
        CampaignRoiTopology.addTo(tables);
        FunnelTopology.addTo(tables, topics);
        ForecastTopology.addTo(tables, topics);
        return builder.build();
    }

    /** The CDC topics the application reads: Streams does not start until they exist. */
    public static Set<String> inputs(Topology topology) {
        return topics(topology, "cdc.");
    }

    /** The analytics topics it writes (compacted changelogs, created before it starts). */
    public static Set<String> outputs(Topology topology) {
        return topics(topology, "analytics.");
    }

    private static Set<String> topics(Topology topology, String prefix) {
        Set<String> names = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    source.topicSet().stream().filter(t -> t.startsWith(prefix)).forEach(names::add);
                } else if (node instanceof TopologyDescription.Sink sink && sink.topic() != null
                        && sink.topic().startsWith(prefix)) {
                    names.add(sink.topic());
                }
            }
        }
        return names;
    }
}
