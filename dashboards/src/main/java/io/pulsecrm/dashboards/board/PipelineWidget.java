package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.pipeline.PipelineOptionBuilder;
import io.pulsecrm.dashboards.pipeline.PipelineWarehouse;
import io.pulsecrm.dashboards.pipeline.StageFigures;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The open-pipeline funnel: the viewer's open deals by stage now (a snapshot, so not narrowed by the time filter). Rows
 * in position order; a stage drills into {@code /api/v1/charts/pipeline/deals}.
 */
@Component
@Order(60)
class PipelineWidget implements Widget<List<StageFigures>> {

    static final String ID = "pipeline";

    private final PipelineWarehouse warehouse;
    private final PipelineOptionBuilder options;

    PipelineWidget(PipelineWarehouse warehouse, PipelineOptionBuilder options) {
        this.warehouse = warehouse;
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The deals, and the stages' names, order and win rates. */
    @Override
    public List<String> sourceTables() {
        return List.of("opportunity", "opportunity_stage");
    }

    @Override
    public List<StageFigures> read(WidgetQuery query) {
        return warehouse.openPipelineByStage(query.scope()).stream().sorted(StageFigures.POSITION_ORDER).toList();
    }

    @Override
    public String optionJson(List<StageFigures> figures, Locale locale) {
        return options.optionJson(figures, locale);
    }
}
