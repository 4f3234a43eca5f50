package org.explainer.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs numbered tasks on every core, each thread taking the next number in order. Why not a
 * parallel stream: a stream hands each thread fixed blocks of work, so a long task planned late
 * keeps one core busy while the other idles; here whoever is free takes the next task, and the
 * caller puts the longest tasks first.
 */
public final class WorkQueue {

    private WorkQueue() {
    }

    /** How many threads {@link #run} works on when it has at least that many tasks: one per core. */
    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code task} for every number from 0 to {@code count - 1}, on this thread and one more
     * per other core, and returns when all are done. After a task throws, no thread takes another;
     * the first failure is rethrown. Everything the tasks wrote is visible to the caller afterwards.
     *
     * @param name names the extra threads, for profiles and thread dumps
     */
    public static void run(int count, String name, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) task.accept(i);
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                next.set(count);
            }
        };
        runOn(Math.min(count, threads()), name, k -> worker, failure);
    }

    /**
     * As {@link #run}, but this thread and every second extra one take tasks from the front, in
     * order, and the other extra threads from the back, in reverse, until the two ends meet.
     *
     * <p>Why: the site writer's tasks each create a file, and neighbouring tasks create files in
     * the same folder. Linux creates the entries of one folder one at a time (under the folder's
     * lock), so two threads filling the same folder spun on each other's lock: up to 5% of a
     * 10,000-milestone build's CPU on ext4. From both ends, the threads are in different folders
     * until they meet. The caller still puts the longest tasks first: they fall to the front
     * thread while the back one makes small files, and the last task taken lies between the two.
     */
    public static void runFromBothEnds(int count, String name, IntConsumer task) {
        runFromBothEnds(count, threads(), name, task);
    }

    /** How many of {@link #runFromBothEnds}' threads take tasks from the front, given enough tasks. */
    public static int frontThreads() {
        return (threads() + 1) / 2;
    }

    static void runFromBothEnds(int count, int threads, String name, IntConsumer task) {
        // The front's next task in the low half, one past the back's next task in the high half:
        // one atomic number, so that a task taken from one end is never also taken from the other.
        AtomicLong ends = new AtomicLong((long) count << 32);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable fromFront = () -> {
            try {
                for (long e = ends.getAndIncrement(); (int) e < (int) (e >> 32); e = ends.getAndIncrement()) {
                    task.accept((int) e);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                ends.set(0);
            }
        };
        Runnable fromBack = () -> {
            try {
                for (long e = ends.getAndAdd(-1L << 32); (int) (e >> 32) - 1 >= (int) e; e = ends.getAndAdd(-1L << 32)) {
                    task.accept((int) (e >> 32) - 1);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                ends.set(0);
            }
        };
        runOn(Math.min(count, threads), name, k -> k % 2 == 0 ? fromFront : fromBack, failure);
    }

    /**
     * Runs worker 0 on this thread and workers 1 to {@code n - 1} on threads of their own, waits
     * for all, and rethrows the failure the workers recorded.
     */
    private static void runOn(int n, String name, IntFunction<Runnable> workers, AtomicReference<Throwable> failure) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            Thread t = new Thread(workers.apply(i), name + "-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        if (n > 0) workers.apply(0).run();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
    }
}
