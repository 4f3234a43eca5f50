package org.explainer.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    @Test
    void runsEveryTaskExactlyOnceFromBothEndsOnAnyNumberOfThreads() {
        for (int threads = 1; threads <= 4; threads++) {
            for (int count : new int[] {0, 1, 2, 3, 10_000}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(count);
                int[] plain = new int[count];
                WorkQueue.runFromBothEnds(count, threads, "test", i -> {
                    runs.incrementAndGet(i);
                    plain[i] = i + 1;
                });
                for (int i = 0; i < count; i++) {
                    assertEquals(1, runs.get(i), threads + " threads, " + count + " tasks: task " + i);
                    assertEquals(i + 1, plain[i], threads + " threads, " + count + " tasks: write of task " + i);
                }
            }
        }
    }

    /** With two threads, the caller's tasks are a run from the first up, the other's a run from the last down. */
    @Test
    void givesTheCallerTheFrontInOrderAndTheOtherThreadTheBackInReverse() {
        int count = 20_000;
        Thread caller = Thread.currentThread();
        List<Integer> front = Collections.synchronizedList(new ArrayList<>());
        List<Integer> back = Collections.synchronizedList(new ArrayList<>());
        WorkQueue.runFromBothEnds(count, 2, "test", i -> {
            boolean callers = Thread.currentThread() == caller;
            List<Integer> mine = callers ? front : back;
            List<Integer> theirs = callers ? back : front;
            mine.add(i);
            // Each thread holds its first task until the other has taken one, so both work
            // whichever starts first (the extra thread can otherwise take all before the caller).
            long until = System.nanoTime() + 10_000_000_000L;
            while (mine.size() == 1 && theirs.isEmpty() && System.nanoTime() < until) Thread.onSpinWait();
        });
        assertTrue(!front.isEmpty() && !back.isEmpty(), "both threads worked: " + front.size() + " and " + back.size());
        for (int k = 0; k < front.size(); k++) assertEquals(k, front.get(k), "the caller's task " + k);
        for (int k = 0; k < back.size(); k++) assertEquals(count - 1 - k, back.get(k), "the other thread's task " + k);
        assertEquals(count, front.size() + back.size());
    }

    @Test
    void rethrowsTheFirstFailureFromEitherEndAndStopsTakingTasks() {
        for (int failing : new int[] {10, 99_990}) {
            IllegalStateException boom = new IllegalStateException("boom");
            AtomicInteger started = new AtomicInteger();
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> WorkQueue.runFromBothEnds(100_000, 2, "test", i -> {
                        started.incrementAndGet();
                        if (i == failing) throw boom;
                    }));
            assertSame(boom, thrown);
            assertTrue(started.get() < 100_000, "tasks after the failure still ran: " + started.get());
        }
    }
}
