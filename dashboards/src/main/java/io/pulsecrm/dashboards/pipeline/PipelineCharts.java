package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.access.ViewerAccess;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads the pipeline figures a viewer's scope covers and turns them into the chart that viewer sees. */
@Service
public class PipelineCharts {

    private final PipelineWarehouse warehouse;
    private final ViewerAccess access;
    private final PipelineOptionBuilder options;
    private final JsonMapper json;

    PipelineCharts(PipelineWarehouse warehouse, ViewerAccess access, PipelineOptionBuilder options, JsonMapper json) {
        this.warehouse = warehouse;
        this.access = access;
        this.options = options;
        this.json = json;
    }

    /** The viewer's chart now: the watermark, the viewer's scope (from the organization as it is now), the figures. */
    public PipelineChartView current(Viewer viewer, Locale locale) {
        Watermark watermark = warehouse.latestWatermark();
        return view(read(watermark, scopesOf(List.of(viewer)).get(viewer.key())), locale);
    }

    Watermark watermark() {
        return warehouse.latestWatermark();
    }

    /** The viewer's login and grants checked again; empty once the session ended or the user was disabled. */
    Optional<Viewer> recheck(Viewer viewer) {
        try {
            return access.recheck(viewer);
        } catch (WarehouseQueryException e) {
            throw new WarehouseUnavailable(e.getMessage(), e);
        }
    }

    Map<Viewer.Key, ViewerScope> scopesOf(Collection<Viewer> viewers) {
        try {
            return access.scopesOf(viewers);
        } catch (WarehouseQueryException e) {
            throw new WarehouseUnavailable(e.getMessage(), e);
        }
    }

    /**
     * Reads the figures after {@code watermark} was taken, so they are at least that new: a change
     * landing in between shows up again as a new watermark on the next poll, never as a lost update.
     */
    PipelineSnapshot read(Watermark watermark, ViewerScope scope) {
        return new PipelineSnapshot(watermark, warehouse.openPipelineByStage(scope));
    }

    PipelineChartView view(PipelineSnapshot snapshot, Locale locale) {
        return new PipelineChartView(options.optionJson(snapshot.rows(), locale), snapshot.rows(), snapshot.updatedAt());
    }

    String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
