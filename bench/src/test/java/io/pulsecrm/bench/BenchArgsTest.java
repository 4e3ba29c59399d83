package io.pulsecrm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArgsTest {

    @Test
    void readsValuesAndFlags() {
        BenchArgs args = BenchArgs.parse(new String[] {"--rate", "750", "--keep", "--oltp", "http://h:1"});

        assertThat(args.integer("rate", 500)).isEqualTo(750);
        assertThat(args.flag("keep")).isTrue();
        assertThat(args.text("oltp", "x")).isEqualTo("http://h:1");
        assertThat(args.integer("seconds", 60)).isEqualTo(60);
    }

    @Test
    void malformedNumberNamesTheOption() {
        BenchArgs args = BenchArgs.parse(new String[] {"--rate", "fast"});

        assertThatThrownBy(() -> args.integer("rate", 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rate").hasMessageContaining("fast");
    }

    @Test
    void aCountMayBeZeroWhereAnIntegerMayNot() {
        BenchArgs args = BenchArgs.parse(new String[] {"--warm-events", "0", "--rate", "0", "--events", "-1"});

        assertThat(args.count("warm-events", 20_000)).isZero();
        assertThatThrownBy(() -> args.integer("rate", 500)).hasMessageContaining("--rate").hasMessageContaining("positive");
        assertThatThrownBy(() -> args.count("events", 5)).hasMessageContaining("--events").hasMessageContaining("-1");
    }

    @Test
    void anOptionTheBenchmarkDidNotReadIsRefusedByName() {
        BenchArgs args = BenchArgs.parse(new String[] {"--rate", "750", "--help", "--seconds"});
        args.integer("rate", 500);
        args.flag("keep");

        assertThatThrownBy(() -> args.refuseUnread("freshness"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown options for freshness: --help, --seconds")
                .hasMessageContaining("its options: --keep, --rate");
    }

    @Test
    void everyOptionReadPassesTheCheck() {
        BenchArgs args = BenchArgs.parse(new String[] {"--rate", "750", "--keep"});
        args.integer("rate", 500);
        args.flag("keep");
        args.text("oltp", "http://x");

        args.refuseUnread("freshness");
    }

    @Test
    void someOfKeepsTheKnownNamesInTheirOwnOrderAndRefusesAnyOther() {
        List<String> allowed = List.of("brief", "trend", "funnel", "segment");

        assertThat(BenchArgs.parse(new String[] {"--only", "Funnel,brief,funnel"}).someOf("only", allowed))
                .containsExactly("brief", "funnel");
        assertThat(BenchArgs.parse(new String[] {}).someOf("only", allowed)).isNull();
        assertThatThrownBy(() -> BenchArgs.parse(new String[] {"--only", "brief,trends"}).someOf("only", allowed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--only takes brief, trend, funnel, segment")
                .hasMessageContaining("got: brief,trends");
    }

    @Test
    void dashboardsOnlyNamesWidgetsAndTheSegmentPreview() {
        var some = DashboardBench.Settings.from(BenchArgs.parse(new String[] {"--only", "segment,trend,brief"}));
        var all = DashboardBench.Settings.from(BenchArgs.parse(new String[] {}));

        assertThat(some.widgets()).containsExactly(DashboardWidget.BRIEF, DashboardWidget.TREND);
        assertThat(some.segments()).isTrue();
        assertThat(all.widgets()).containsExactly(DashboardWidget.values());
        assertThat(all.segments()).isTrue();
        assertThat(DashboardBench.Settings.from(BenchArgs.parse(new String[] {"--only", "roi"})).segments()).isFalse();
    }

    @Test
    void strayArgumentIsRefused() {
        assertThatThrownBy(() -> BenchArgs.parse(new String[] {"500"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("500");
    }
}
