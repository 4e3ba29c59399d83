package io.pulsecrm.streams.forecast;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Applies a deal's delta to its cell and passes the cell's new figures on, keyed by the cell's output key. */
final class CellUpdates implements Processor<String, DealDelta, String, CellFigures> {

    private ProcessorContext<String, CellFigures> context;
    private ForecastStores stores;

    @Override
    public void init(ProcessorContext<String, CellFigures> context) {
        this.context = context;
        this.stores = new ForecastStores(context);
    }

    @Override
    public void process(Record<String, DealDelta> record) {
        if (record.value() == null) {
            return;
        }
        CellFigures figures = stores.apply(record.value());
        if (figures != null) {
            context.forward(record.withKey(figures.cell().outputKey()).withValue(figures));
        }
    }
}
