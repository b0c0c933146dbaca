package dev.ride.drill;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DrillTimerTest {

    @Test
    void warnsAtFiveAndOneMinuteOnlyWhenTheLimitIsLonger() {
        assertThat(DrillTimer.warningsFor(Duration.ofMinutes(15))).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(1));
        assertThat(DrillTimer.warningsFor(Duration.ofMinutes(3))).containsExactly(Duration.ofMinutes(1));
        assertThat(DrillTimer.warningsFor(Duration.ofSeconds(30))).isEmpty();
        assertThat(Messages.timeLeft(Duration.ofMinutes(1))).isEqualTo("Time check: 1 minute left.");
        assertThat(Messages.timeLeft(Duration.ofMinutes(5))).isEqualTo("Time check: 5 minutes left.");
    }

    @Test
    void atZeroItSaysSoThenRunsTheCallbackOnce() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch expired = new CountDownLatch(1);
        DrillClock clock = new DrillClock(Duration.ofMillis(300));
        try (DrillTimer timer = new DrillTimer(clock, said::add, expired::countDown).start()) {
            assertThat(timer.isUp()).isFalse();
            assertThat(expired.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(timer.isUp()).isTrue();
            assertThat(clock.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(said).containsExactly(Messages.TIME_UP);
        }
    }
}
