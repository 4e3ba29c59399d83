package io.pulsecrm.streams.change;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/** How {@link RecordSerde} writes and reads one type: a codec per record component, built once per serde. */
abstract class BinaryCodec {

    abstract void write(DataOutputStream out, Object value) throws IOException;

    abstract Object read(DataInputStream in) throws IOException;


    static BinaryCodec of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return nullable(collection(of(p.getActualTypeArguments()[0]), ArrayList::new));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Set.class) {
            return nullable(collection(of(p.getActualTypeArguments()[0]), LinkedHashSet::new));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return nullable(map(of(p.getActualTypeArguments()[0]), of(p.getActualTypeArguments()[1])));
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("RecordSerde cannot store " + type);
        }
        if (c.isRecord()) {
            return nullable(new RecordCodec(c));
        }
        return switch (c.getName()) {
            case "long" -> codec(DataOutputStream::writeLong, DataInputStream::readLong);
            case "int" -> codec(DataOutputStream::writeInt, DataInputStream::readInt);
            case "boolean" -> codec(DataOutputStream::writeBoolean, DataInputStream::readBoolean);
            case "double" -> codec(DataOutputStream::writeDouble, DataInputStream::readDouble);
            case "java.lang.Long" -> nullable(codec(DataOutputStream::writeLong, DataInputStream::readLong));
            case "java.lang.Integer" -> nullable(codec(DataOutputStream::writeInt, DataInputStream::readInt));
            case "java.lang.Boolean" -> nullable(codec(DataOutputStream::writeBoolean, DataInputStream::readBoolean));
            case "java.lang.String" -> nullable(codec(BinaryCodec::writeString, BinaryCodec::readString));
            case "java.math.BigDecimal" -> nullable(new BinaryCodec() {
                public void write(DataOutputStream out, Object v) throws IOException {
                    BigDecimal d = (BigDecimal) v;
                    byte[] unscaled = d.unscaledValue().toByteArray();
                    out.writeInt(d.scale());
                    out.writeShort(unscaled.length);
                    out.write(unscaled);
                }

                public Object read(DataInputStream in) throws IOException {
                    int scale = in.readInt();
                    byte[] unscaled = new byte[in.readUnsignedShort()];
                    in.readFully(unscaled);
                    return new BigDecimal(new BigInteger(unscaled), scale);
                }
            });
            case "java.time.Instant" -> nullable(new BinaryCodec() {
                public void write(DataOutputStream out, Object v) throws IOException {
                    out.writeLong(((Instant) v).getEpochSecond());
                    out.writeInt(((Instant) v).getNano());
                }

                public Object read(DataInputStream in) throws IOException {
                    return Instant.ofEpochSecond(in.readLong(), in.readInt());
                }
            });
            case "java.time.LocalDate" -> nullable(codec((out, v) -> out.writeLong(((LocalDate) v).toEpochDay()),
                    in -> LocalDate.ofEpochDay(in.readLong())));
            default -> throw new IllegalArgumentException("RecordSerde cannot store " + c.getName()
                    + " (records of primitives, boxed numbers, String, BigDecimal, Instant, LocalDate, lists, records)");
        };
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    @SuppressWarnings("unchecked")
    private static <T> BinaryCodec codec(Writer<T> writer, Reader<T> reader) {
        return new BinaryCodec() {
            public void write(DataOutputStream out, Object value) throws IOException {
                writer.write(out, (T) value);
            }

            public Object read(DataInputStream in) throws IOException {
                return reader.read(in);
            }
        };
    }

    private static BinaryCodec nullable(BinaryCodec codec) {
        return new BinaryCodec() {
            public void write(DataOutputStream out, Object value) throws IOException {
                out.writeBoolean(value != null);
                if (value != null) {
                    codec.write(out, value);
                }
            }

            public Object read(DataInputStream in) throws IOException {
                return in.readBoolean() ? codec.read(in) : null;
            }
        };
    }

    /** Elements in iteration order, read back into the same kind of mutable collection JSON would give. */
    private static BinaryCodec collection(BinaryCodec element, IntFunction<Collection<Object>> empty) {
        return new BinaryCodec() {
            @Override
            void write(DataOutputStream out, Object value) throws IOException {
                Collection<?> items = (Collection<?>) value;
                out.writeInt(items.size());
                for (Object e : items) {
                    element.write(out, e);
                }
            }

            @Override
            Object read(DataInputStream in) throws IOException {
                int size = in.readInt();
                Collection<Object> items = empty.apply(size);
                for (int i = 0; i < size; i++) {
                    items.add(element.read(in));
                }
                return items;
            }
        };
    }

    /** Entries in iteration order (a sorted map's order is kept), read back into a LinkedHashMap. */
    private static BinaryCodec map(BinaryCodec key, BinaryCodec value) {
        return new BinaryCodec() {
            @Override
            void write(DataOutputStream out, Object v) throws IOException {
                Map<?, ?> entries = (Map<?, ?>) v;
                out.writeInt(entries.size());
                for (Map.Entry<?, ?> e : entries.entrySet()) {
                    key.write(out, e.getKey());
                    value.write(out, e.getValue());
                }
            }

            @Override
            Object read(DataInputStream in) throws IOException {
                int size = in.readInt();
                Map<Object, Object> entries = new LinkedHashMap<>(Math.max(16, size * 2));
                for (int i = 0; i < size; i++) {
                    entries.put(key.read(in), value.read(in));
                }
                return entries;
            }
        };
    }

    /** A record: its components' codecs, read through accessor handles, built with the canonical constructor. */
    private static final class RecordCodec extends BinaryCodec {
        private final MethodHandle[] accessors;
        private final BinaryCodec[] codecs;
        private final MethodHandle constructor;

        RecordCodec(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new MethodHandle[components.length];
            codecs = new BinaryCodec[components.length];
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = lookup.unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    codecs[i] = of(components[i].getGenericType());
                }
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(types))
                        .asSpreader(Object[].class, types.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("RecordSerde cannot reach " + type.getName(), e);
            }
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            for (int i = 0; i < accessors.length; i++) {
                try {
                    codecs[i].write(out, (Object) accessors[i].invokeExact(value));
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            }
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            Object[] values = new Object[codecs.length];
            for (int i = 0; i < codecs.length; i++) {
                values[i] = codecs[i].read(in);
            }
            try {
                return (Object) constructor.invokeExact(values);
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
