package org.doorstep.security.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs at most a fixed number of password hashes at once; the others wait their turn in arrival order.
 * Each Argon2id hash holds its memory (19 MiB) until it ends, so a burst of sign-ins queues here
 * instead of filling the heap. Waiting is never a failure.
 */
public final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hasher;
    private final Semaphore turns;
    private final int permits;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    public BoundedPasswordEncoder(PasswordEncoder hasher, int permits) {
        this.hasher = hasher;
        this.permits = permits;
        this.turns = new Semaphore(permits, true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return inTurn(() -> hasher.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return inTurn(() -> hasher.matches(rawPassword, encodedPassword));
    }

    /** Only reads the stored parameters: no hash, no turn. */
    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return hasher.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(Supplier<T> hash) {
        turns.acquireUninterruptibly();
        try {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            return hash.get();
        } finally {
            running.decrementAndGet();
            turns.release();
        }
    }

    public int permits() {
        return permits;
    }

    /** The most hashes that ran at the same moment since start (what the bound is for; read by tests and operators). */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    /** Hashes waiting for a turn now. */
    public int waiting() {
        return turns.getQueueLength();
    }
}
