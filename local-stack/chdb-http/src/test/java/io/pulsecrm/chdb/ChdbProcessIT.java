package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChdbProcessIT {

    @Test
    void aServerThatCannotStartFailsTheLaunchAndPointsAtItsLog() throws Exception {
        // given: a "library" that is not one
        Path dataDir = ChdbTestServers.freshDataDir("badlib");
        Path notALibrary = Files.writeString(dataDir.resolve("libchdb.so"), "not a shared object");

        // when / then
        assertThatThrownBy(() -> ChdbProcess.start(0, dataDir, notALibrary, Path.of(System.getProperty("java.home"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exited with 1 before it was ready")
                .hasMessageContaining("server.log");
        assertThat(Files.readString(dataDir.resolve("chdb-http").resolve("server.log"))).contains("Startup failed");
    }

    @Test
    void theServerRefusesToStartInANonEmptyWorkingDirectory() throws Exception {
        // given: what ChdbProcess prevents, done by hand
        Path dataDir = ChdbTestServers.freshDataDir("cwd");
        Path cwd = Files.createDirectories(dataDir.resolve("chdb-http").resolve("cwd"));
        Files.writeString(cwd.resolve("opportunity"), "a file named like a table");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChdbHttpServer.class.getName(),
                "--port", "0", "--path", dataDir.toString(), "--lib", ChdbTestServers.library().toString())
                .directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().put("LD_PRELOAD", Path.of(System.getProperty("java.home"), "lib", "libjsig.so").toString());

        // when
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());

        // then
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).contains("Refusing to start").contains("not empty").doesNotContain("READY");
    }

    @Test
    void theServerRefusesToStartWithoutLibjsigPreloaded() throws Exception {
        // given
        Path dataDir = ChdbTestServers.freshDataDir("nojsig");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChdbHttpServer.class.getName(),
                "--port", "0", "--path", dataDir.toString(), "--lib", ChdbTestServers.library().toString(), "--allow-nonempty-cwd")
                .redirectErrorStream(true);
        builder.environment().remove("LD_PRELOAD");

        // when
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());

        // then
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).contains("LD_PRELOAD must contain");
    }
}
