package org.explainer.parallel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One piece of work on a thread of its own, beside the caller: how a stage overlaps the one
 * before it on the second core (the templates are parsed while the content is checked, the site
 * is planned while the Markdown renders, the output's paths are checked while it is written).
 */
public final class Background {

    private Background() {
    }

    /** Starts {@code work} on a daemon thread: a build that fails exits without waiting for it. */
    public static <T> CompletableFuture<T> start(String threadName, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Waits for the work's result, or throws what it threw, as it threw it (a content problem stays one). */
    public static <T> T result(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
