package io.countersign.server.jobs;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per key, held only while someone uses it: concurrent posts of the same document revision
 * run one after the other, so the second finds the first's result instead of rendering it again.
 */
public final class KeyedLocks {
    private record Entry(ReentrantLock lock, int users) {
    }

    private final ConcurrentMap<String, Entry> locks = new ConcurrentHashMap<>();

    public <T> T with(String key, Supplier<T> work) {
        Entry e = locks.compute(key, (k, old) -> old == null ? new Entry(new ReentrantLock(), 1) : new Entry(old.lock(), old.users() + 1));
        e.lock().lock();
        try {
            return work.get();
        } finally {
            e.lock().unlock();
            locks.computeIfPresent(key, (k, old) -> old.users() == 1 ? null : new Entry(old.lock(), old.users() - 1));
        }
    }
}
