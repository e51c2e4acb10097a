package org.doorstep.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sign-in limits, from {@code doorstep.login.*} (environment variables {@code DOORSTEP_LOGIN_*}); the
 * defaults and what each means are in application.properties.
 *
 * @param concurrentHashes password hashes running at once; 0 chooses from the cores and the heap
 */
@ConfigurationProperties("doorstep.login")
public record LoginSettings(int failuresBeforeDelay, Duration firstDelay, Duration maxDelay, Duration maxAccountDelay,
        Duration forgetAfter, int maxFailuresPerClient, Duration window, int concurrentHashes) {

    public LoginSettings {
        if (failuresBeforeDelay < 1 || maxFailuresPerClient < 1 || concurrentHashes < 0) {
            throw new IllegalArgumentException("doorstep.login: failure limits must be at least 1, concurrent-hashes at least 0");
        }
    }

    /**
     * How many hashes may run at once: the setting, or else one per core while a quarter of the heap holds
     * them all (each takes {@code bytesPerHash} for its whole run), and at least one.
     */
    public int hashingPermits(int cores, long maxHeap, long bytesPerHash) {
        if (concurrentHashes > 0) {
            return concurrentHashes;
        }
        long byHeap = maxHeap / 4 / bytesPerHash;
        return (int) Math.max(1, Math.min(cores, byHeap));
    }

    /** The wait after {@code failures} counted failures: none before the threshold, then doubling up to the cap. */
    public Duration delayAfter(int failures, Duration cap) {
        if (failures < failuresBeforeDelay) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - failuresBeforeDelay, 40);
        double millis = Math.min(firstDelay.toMillis() * Math.pow(2, doublings), cap.toMillis());
        return Duration.ofMillis((long) millis);
    }
}
