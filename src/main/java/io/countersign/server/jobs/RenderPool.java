package io.countersign.server.jobs;

import io.countersign.CountersignException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the server renders: as many threads as cores and a bounded queue. A request that finds the
 * queue full is refused at once ({@link ServerBusyException}, answered 503 with Retry-After) instead of
 * piling up until memory runs out. A render that runs past the time limit is interrupted and its
 * caller told at once ({@link RenderTimeoutException}). Work renders into memory and the caller
 * stores the result, so a render cut off leaves nothing behind.
 */
public final class RenderPool implements AutoCloseable {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Work to run in the pool: a render into memory; the caller stores its result. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Duration timeout;
    private final int threads;
    private final int queue;
    private final AtomicInteger waitingOrRunning = new AtomicInteger();
    /** Mean render time in ms as a moving average, for Retry-After. */
    private final AtomicLong meanMillis = new AtomicLong(200);
    private final java.util.concurrent.atomic.LongAdder renders = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder cpuNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder wallNanos = new java.util.concurrent.atomic.LongAdder();
    private volatile boolean stopping;

    /** Renders finished so far, with the CPU and wall time their threads spent on them. */
    public record Stats(long renders, long cpuNanos, long wallNanos) {
    }

    public RenderPool(int threads, int queue, Duration timeout) {
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("a render pool needs at least 1 thread and a queue of 0 or more");
        }
        this.threads = threads;
        this.queue = queue;
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "countersign-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "countersign-render-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} in the pool and waits for it; {@code what} names it in messages ("the PI 2026-0815 r1"). */
    public <T> T run(String what, Work<T> work) {
        if (stopping) {
            throw new ServerBusyException("the server is shutting down", 5, true);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicBoolean cutOff = new AtomicBoolean();
        Runnable task = () -> {
            Thread worker = Thread.currentThread();
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                if (!result.isDone()) {
                    cutOff.set(true);
                    result.completeExceptionally(new RenderTimeoutException(what, timeout));
                    worker.interrupt();
                }
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
            try {
                result.complete(work.run());
            } catch (Throwable e) {
                result.completeExceptionally(cutOff.get() ? new RenderTimeoutException(what, timeout) : e);
            } finally {
                alarm.cancel(false);
                Thread.interrupted(); // the pool thread goes on to the next render uninterrupted
                long wall = System.nanoTime() - started;
                renders.increment();
                wallNanos.add(wall);
                cpuNanos.add(Math.max(0, CPU.getCurrentThreadCpuTime() - cpuStarted));
                meanMillis.updateAndGet(m -> (m * 7 + wall / 1_000_000) / 8);
                waitingOrRunning.decrementAndGet();
            }
        };
        waitingOrRunning.incrementAndGet();
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            waitingOrRunning.decrementAndGet();
            throw new ServerBusyException("the render queue is full (" + pool.getQueue().size() + " waiting on " + threads + " threads)",
                    retryAfterSeconds(), stopping);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CountersignException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (CancellationException e) {
            throw new CountersignException(what + " was cancelled", e);
        }
    }

    /** True when a render submitted now would be refused: every thread busy and the queue full. */
    public boolean full() {
        return waitingOrRunning.get() >= threads + queue;
    }

    public Stats stats() {
        return new Stats(renders.sum(), cpuNanos.sum(), wallNanos.sum());
    }

    /** Renders waiting or running now. */
    public int load() {
        return waitingOrRunning.get();
    }

    /** Renders handed to the executor and waiting for a thread (load counts a caller a moment before that). */
    int queued() {
        return pool.getQueue().size();
    }

    public int threads() {
        return threads;
    }

    public Duration timeout() {
        return timeout;
    }

    /** About how long until a slot frees up: the queue ahead divided over the threads, at the recent mean render time. */
    public int retryAfterSeconds() {
        long ahead = pool.getQueue().size() + threads;
        return (int) Math.max(1, Math.min(60, (ahead * meanMillis.get() / threads + 999) / 1000));
    }

    /** Refuses new renders, lets the running and queued ones finish (up to {@code grace}), then stops. */
    public boolean drain(Duration grace) {
        stopping = true;
        pool.shutdown();
        try {
            return pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean stopping() {
        return stopping;
    }

    @Override
    public void close() {
        stopping = true;
        pool.shutdownNow();
        watchdog.shutdownNow();
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new CountersignException("render failed: " + cause, cause);
    }
}
