package io.pulsecrm.streams.change;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A compact binary serde for the records kept in state stores and internal topics: each component in declaration
 * order, a presence byte before every reference, BigDecimal as scale and unscaled bytes, Instant as epoch seconds
 * and nanos, LocalDate as epoch day.
 *
 * <p>Why not JSON there: a store is read on every update (the reduce and the aggregates take the old value), and
 * profiling showed a third of the stream thread in Jackson, most of it formatting and parsing ISO timestamps. The
 * analytics topics stay JSON: they are a contract with other services; these bytes are not.
 *
 * <p>The bytes follow the record's components, so changing a stored record's components changes the deployed
 * state, like renaming a store: it goes with a new application id (see {@code AnalyticsStreams}). A first byte
 * names the format, so bytes of another format fail loudly instead of being misread.
 */
public final class RecordSerde {

    private static final byte FORMAT = 1;

    private RecordSerde() {}

    /** @throws IllegalArgumentException if {@code type} is not a record of storable components */
    public static <T> Serde<T> of(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("RecordSerde stores records, not " + type.getName());
        }
        BinaryCodec codec = BinaryCodec.of(type);
        return Serdes.serdeFrom((topic, value) -> value == null ? null : write(codec, value), (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            return type.cast(read(codec, bytes));
        });
    }

    private static byte[] write(BinaryCodec codec, Object value) {
        try {
            var buffer = new ByteArrayOutputStream(128);
            var out = new DataOutputStream(buffer);
            out.writeByte(FORMAT);
            codec.write(out, value);
            return buffer.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static Object read(BinaryCodec codec, byte[] bytes) {
        try {
            var in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readByte() != FORMAT) {
                throw new SerializationException("not RecordSerde format " + FORMAT);
            }
            return codec.read(in);
        } catch (IOException | RuntimeException e) {
            throw e instanceof SerializationException s ? s : new SerializationException("cannot read a record", e);
        }
    }
}
