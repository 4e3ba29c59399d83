package io.pulsecrm.localstack;

import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Waits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceLauncherIT {

    private final Path root = Path.of("target/it/fake-root").toAbsolutePath();
    private final Path stackDir = root.resolve(".stack");

    @BeforeEach
    void cleanRoot() throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(root);
    }

    @Test
    void serviceStartsFromItsJarWithTheGivenEnvAndIsHealthyWhenReturned() throws Exception {
        writeFakeJar(Service.OLTP_APP.jar(root), "io.pulsecrm.localstack.FakeService");
        PidFile pidFile = new PidFile(stackDir.resolve("run/oltp-app.pid"));

        ServiceProcess service = ServiceLauncher.launch(new ServiceLauncher.Spec(stackDir, Service.OLTP_APP, root, FreePorts.next(),
                Map.of("CRM_PG_URL", "jdbc:postgresql://127.0.0.1:1/crm"), stackDir.resolve("logs/oltp-app.log"), pidFile, false));

        try {
            assertThat(get(service.baseUrl() + "/env?CRM_PG_URL")).isEqualTo("jdbc:postgresql://127.0.0.1:1/crm");
            assertThat(get(service.baseUrl() + "/env?SERVER_PORT")).isEqualTo(Integer.toString(service.port()));
            assertThat(pidFile.read()).hasValue(service.pid());
            assertThat(ProcessHandle.of(service.pid()).flatMap(p -> p.info().commandLine()).orElse(""))
                    .contains("-Xmx" + Service.OLTP_APP.maxHeap());
        } finally {
            service.stop();
        }
        assertThat(service.isAlive()).isFalse();
        assertThat(pidFile.path()).doesNotExist();
        assertThat(service.log()).content().contains("fake service: SIGTERM, stopping");
    }

    @Test
    void serviceThatNeverBecomesHealthyFailsWithTheTailOfItsLog() throws Exception {
        writeFakeJar(Service.DASHBOARDS.jar(root), "io.pulsecrm.localstack.NoSuchMainClass");

        assertThatThrownBy(() -> ServiceLauncher.launch(new ServiceLauncher.Spec(stackDir, Service.DASHBOARDS, root, FreePorts.next(),
                Map.of(), stackDir.resolve("logs/dashboards.log"), new PidFile(stackDir.resolve("run/dashboards.pid")), false)))
                .isInstanceOf(Waits.StartupFailed.class)
                .hasMessageContaining("exited before it was ready")
                .hasMessageContaining("NoSuchMainClass");
    }

    @Test
    void missingJarIsReportedWithHowToBuildIt() {
        assertThatThrownBy(() -> ServiceLauncher.requireJar(Service.WAREHOUSE_SINK, root))
                .isInstanceOf(ServiceLauncher.MissingJar.class)
                .hasMessageContaining("warehouse/target/warehouse-exec.jar")
                .hasMessageContaining("mvn -DskipTests package");
    }

    /** A jar whose manifest points at the test classes, like a Spring Boot fat jar points at its own. */
    private static void writeFakeJar(Path jar, String mainClass) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Path.of("target/test-classes").toAbsolutePath().toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // manifest only
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
