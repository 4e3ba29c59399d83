package io.pulsecrm.streams.forecast;

import org.apache.kafka.streams.processor.api.Record;

/** Applies a deal's delta to its cell and passes the cell's new figures on. */
final class CellUpdates extends CellProcessor<DealDelta> {

    @Override
    public void process(Record<String, DealDelta> record) {
        if (record.value() == null) {
            return;
        }
        CellFigures figures = stores.apply(record.value());
        if (figures != null) {
            publish(record, figures);
        }
    }
}
