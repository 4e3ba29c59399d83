package io.pulsecrm.streams.forecast;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A processor of the stage-side task that changes cells ({@link ForecastStores}) and passes their new figures on,
 * each keyed by its cell's output key.
 */
abstract class CellProcessor<V> implements Processor<String, V, String, CellFigures> {

    private ProcessorContext<String, CellFigures> context;
    ForecastStores stores;

    @Override
    public void init(ProcessorContext<String, CellFigures> context) {
        this.context = context;
        this.stores = new ForecastStores(context);
    }

    /** Forwards {@code figures} as caused by {@code cause} (its time and headers, the LSN among them). */
    void publish(Record<String, V> cause, CellFigures figures) {
        context.forward(cause.withKey(figures.cell().outputKey()).withValue(figures));
    }

    /** Forwards {@code figures} outside of processing a record: their own LSN is the version's, at that time. */
    void publish(CellFigures figures, long timestampMs) {
        context.forward(new Record<>(figures.cell().outputKey(), figures, timestampMs));
    }
}
