package io.pulsecrm.localstack.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void liveProcessIsFoundWhenItsCommandLineCarriesTheMarker() {
        PidFile file = new PidFile(dir.resolve("run/me.pid"));
        file.write(ProcessHandle.current().pid());

        assertThat(file.live("java")).map(ProcessHandle::pid).hasValue(ProcessHandle.current().pid());
    }

    @Test
    void recycledPidOfAnUnrelatedProcessIsNotOurs() {
        PidFile file = new PidFile(dir.resolve("run/me.pid"));
        file.write(ProcessHandle.current().pid());

        assertThat(file.live("/no/such/stack/dir/")).isEmpty();
    }

    @Test
    void missingOrGarbledFileMeansNoProcess() throws Exception {
        PidFile file = new PidFile(dir.resolve("x.pid"));
        assertThat(file.read()).isEmpty();

        java.nio.file.Files.writeString(file.path(), "not a pid");
        assertThat(file.live(null)).isEmpty();
    }
}
