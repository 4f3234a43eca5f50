package org.explainer.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

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
        int extra = Math.min(count, threads()) - 1;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < extra; i++) {
            Thread t = new Thread(worker, name + "-" + (i + 1));
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        worker.run();
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
