package io.pulsecrm.localstack.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath for child JVMs that run local-stack's own main classes (the Kafka broker).
 *
 * <p>Preferred: local-stack's runtime classpath as written at build time (runtime-classpath.txt)
 * plus local-stack's own classes — independent of the test module that uses the fixture, whose
 * classpath may carry other versions of Jackson, logging or Scala. Fallback: this JVM's classpath,
 * with a surefire/failsafe manifest-only jar expanded into its entries.
 */
public final class ChildClasspath {

    public static final String OVERRIDE_PROPERTY = "crm.localstack.classpath";
    private static final String BUILD_TIME_RESOURCE = "runtime-classpath.txt";

    private ChildClasspath() {}

    public static String forLocalStack() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return override;
        }
        List<String> buildTime = buildTimeEntries();
        if (!buildTime.isEmpty() && buildTime.stream().allMatch(e -> new File(e).exists())) {
            return String.join(File.pathSeparator, buildTime);
        }
        return String.join(File.pathSeparator, currentJvmEntries());
    }

    private static List<String> buildTimeEntries() {
        try (InputStream in = ChildClasspath.class.getResourceAsStream(BUILD_TIME_RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> entries = new ArrayList<>();
            entries.add(ownLocation().toString());
            Arrays.stream(text.split(File.pathSeparator)).filter(s -> !s.isBlank()).forEach(entries::add);
            return entries;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path ownLocation() {
        try {
            return Path.of(ChildClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate local-stack's classes", e);
        }
    }

    private static List<String> currentJvmEntries() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(expandManifestOnlyJar(entry));
        }
        return entries;
    }

    /** A jar with no classes and a Class-Path manifest (how surefire passes a long classpath). */
    private static List<String> expandManifestOnlyJar(String entry) {
        if (!entry.endsWith(".jar") || !new File(entry).isFile()) {
            return List.of(entry);
        }
        try (JarFile jar = new JarFile(entry)) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            boolean hasClasses = jar.stream().anyMatch(e -> e.getName().endsWith(".class"));
            if (classPath == null || hasClasses) {
                return List.of(entry);
            }
            URI base = new File(entry).toURI();
            List<String> expanded = new ArrayList<>();
            for (String ref : classPath.trim().split("\\s+")) {
                expanded.add(Path.of(base.resolve(ref)).toString());
            }
            return expanded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }
}
