package io.countersign.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RenderPoolTest {

    @Test
    void aFullPoolRefusesAtOnceWithARetryAfter() throws Exception {
        // Two callers of their own: on a 2-core machine the common pool has one thread, and "a" blocks it.
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (RenderPool pool = new RenderPool(1, 1, Duration.ofSeconds(30))) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> pool.run("a", () -> {
                release.await();
                return "a";
            }), callers);
            // "b" only once "a" holds the thread: sent together, "b" could run first and finish, and the pool never filled (hung).
            while (pool.load() < 1) {
                Thread.sleep(5);
            }
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> pool.run("b", () -> "b"), callers);
            // "b" in the executor's queue, not merely counted: load counts a caller just before it hands over
            while (pool.queued() < 1) {
                Thread.sleep(5);
            }

            assertThat(pool.full()).isTrue();
            long t = System.nanoTime();
            assertThatThrownBy(() -> pool.run("c", () -> "c")).isInstanceOfSatisfying(ServerBusyException.class,
                    e -> assertThat(e.retryAfterSeconds()).isPositive());
            assertThat(System.nanoTime() - t).isLessThan(TimeUnit.SECONDS.toNanos(1));
            release.countDown();
            assertThat(running.get()).isEqualTo("a");
            assertThat(waiting.get()).isEqualTo("b");
            assertThat(pool.run("d", () -> "d")).as("free again").isEqualTo("d");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aRenderPastItsTimeIsInterruptedAndItsCallerToldAtOnce() {
        AtomicBoolean interrupted = new AtomicBoolean();
        try (RenderPool pool = new RenderPool(1, 0, Duration.ofMillis(100))) {
            long t = System.nanoTime();
            assertThatThrownBy(() -> pool.run("the slow one", () -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return "late";
            })).isInstanceOf(RenderTimeoutException.class).hasMessage("the slow one took longer than 0.1 s and was stopped; nothing was stored");
            assertThat(System.nanoTime() - t).isLessThan(TimeUnit.SECONDS.toNanos(5));
            while (pool.load() > 0) {
                Thread.onSpinWait(); // the cut-off render holds its thread until it notices the interrupt
            }
            assertThat(pool.run("next", () -> Thread.currentThread().isInterrupted())).as("the thread is clean for the next render").isFalse();
        }
        assertThat(interrupted).isTrue();
    }

    @Test
    void failuresOfTheWorkReachTheCallerAsThemselves() {
        try (RenderPool pool = new RenderPool(1, 0, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> pool.run("x", () -> {
                throw new IllegalArgumentException("bad input");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
        }
    }

    @Test
    void drainingFinishesWhatIsQueuedAndRefusesNewWork() throws Exception {
        RenderPool pool = new RenderPool(1, 4, Duration.ofSeconds(30));
        java.util.concurrent.ExecutorService caller = java.util.concurrent.Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> pool.run("slow", () -> {
            started.countDown();
            Thread.sleep(300);
            return "done";
        }), caller);
        // running, not merely counted: a drain before the hand-over would refuse it
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(pool.drain(Duration.ofSeconds(10))).isTrue();

        assertThat(slow.get()).isEqualTo("done");
        assertThatThrownBy(() -> pool.run("new", () -> "x")).isInstanceOfSatisfying(ServerBusyException.class, e -> assertThat(e.stopping()).isTrue());
        pool.close();
        caller.shutdownNow();
    }
}
