package io.pulsecrm.localstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the log files the child processes write: the tail for error messages, a line for readiness. */
public final class LogFiles {

    private static final int TAIL_BYTES = 64 * 1024;

    private LogFiles() {}

    public static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last {@code lines} lines (at most the last 64 KiB of the file). */
    public static String tail(Path log, int lines) {
        if (!Files.isReadable(log)) {
            return "(no log at " + log + ")";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            Deque<String> last = new ArrayDeque<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            }
            return String.join("\n", last);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** The first match of {@code pattern} in the log after byte {@code from} (what this launch wrote). */
    public static Optional<Matcher> find(Path log, long from, Pattern pattern) {
        if (!Files.isReadable(log)) {
            return Optional.empty();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            if (file.length() <= from) {
                return Optional.empty();
            }
            byte[] bytes = new byte[(int) Math.min(file.length() - from, 16L * 1024 * 1024)];
            file.seek(from);
            file.readFully(bytes);
            Matcher matcher = pattern.matcher(new String(bytes, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
