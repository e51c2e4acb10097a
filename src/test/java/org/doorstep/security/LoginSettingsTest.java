package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginSettingsTest {

    private static final long MIB = 1024 * 1024;
    private static final long HASH = SecurityConfiguration.BYTES_PER_HASH;

    private static LoginSettings withConcurrentHashes(int concurrentHashes) {
        return new LoginSettings(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofHours(24), 300, Duration.ofMinutes(15), concurrentHashes);
    }

    @Test
    void by_default_one_hash_runs_per_core_when_a_quarter_of_the_heap_holds_them() {
        assertThat(withConcurrentHashes(0).hashingPermits(2, 512 * MIB, HASH)).isEqualTo(2);
    }

    @Test
    void a_small_heap_allows_fewer_hashes_than_cores() {
        assertThat(withConcurrentHashes(0).hashingPermits(16, 256 * MIB, HASH)).isEqualTo(3);
    }

    @Test
    void at_least_one_hash_runs_however_small_the_heap() {
        assertThat(withConcurrentHashes(0).hashingPermits(4, 32 * MIB, HASH)).isEqualTo(1);
    }

    @Test
    void the_setting_overrides_the_default() {
        assertThat(withConcurrentHashes(7).hashingPermits(2, 512 * MIB, HASH)).isEqualTo(7);
    }

    @Test
    void delays_start_at_the_threshold_and_double_up_to_the_cap() {
        LoginSettings settings = withConcurrentHashes(0);
        Duration cap = Duration.ofMinutes(15);
        assertThat(settings.delayAfter(4, cap)).isZero();
        assertThat(settings.delayAfter(5, cap)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.delayAfter(6, cap)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.delayAfter(14, cap)).isEqualTo(Duration.ofSeconds(512));
        assertThat(settings.delayAfter(15, cap)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.delayAfter(1_000_000, cap)).isEqualTo(Duration.ofMinutes(15));
    }
}
