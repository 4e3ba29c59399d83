package io.pulsecrm.streams.change;

/** Either a row state to apply or a poison event with its original bytes and the reason it was rejected. */
record Parsed<T>(T row, byte[] raw, String poisonReason) {

    static <T> Parsed<T> valid(T row) {
        return new Parsed<>(row, null, null);
    }

    static <T> Parsed<T> poison(byte[] raw, String reason) {
        return new Parsed<>(null, raw, reason);
    }

    boolean isPoison() {
        return poisonReason != null;
    }
}
