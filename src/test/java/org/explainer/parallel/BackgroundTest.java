package org.explainer.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void runsTheWorkOnADaemonThreadOfTheGivenName() {
        CompletableFuture<Thread> ran = Background.start("explainer-test", Thread::currentThread);
        Thread thread = Background.result(ran);
        assertEquals("explainer-test", thread.getName());
        assertTrue(thread.isDaemon(), "a failed build must be able to exit without waiting for the work");
    }

    @Test
    void aContentProblemThrownByTheWorkReachesTheCallerAsItself() {
        ContentException problem = new ContentException("render", List.of(new Problem("page.ftlh", 3, 5, "boom", "")));
        CompletableFuture<Object> failed = Background.start("explainer-test", () -> {
            throw problem;
        });
        assertSame(problem, assertThrows(ContentException.class, () -> Background.result(failed)));
    }
}
