package org.explainer.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    @Test
    void runsEveryTaskExactlyOnceAndShowsTheirWritesToTheCaller() {
        int count = 10_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        int[] plain = new int[count];
        WorkQueue.run(count, "test", i -> {
            runs.incrementAndGet(i);
            plain[i] = i + 1; // no lock: the queue's join makes it visible
        });
        for (int i = 0; i < count; i++) {
            assertEquals(1, runs.get(i), "task " + i);
            assertEquals(i + 1, plain[i], "write of task " + i);
        }
    }

    @Test
    void rethrowsTheFirstFailureAndStopsTakingTasks() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger started = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> WorkQueue.run(100_000, "test", i -> {
            started.incrementAndGet();
            if (i == 10) throw boom;
        }));
        assertSame(boom, thrown);
        assertTrue(started.get() < 100_000, "tasks after the failure still ran: " + started.get());
    }

    @Test
    void runsNothingForNoTasks() {
        WorkQueue.run(0, "test", i -> {
            throw new AssertionError("no task should run");
        });
    }
}
