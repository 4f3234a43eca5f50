package org.explainer.invalid;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Under a security manager the common fork-join pool runs its tasks in "innocuous" threads with
 * no permissions at all, so a build's parallel file reading would fail for that reason alone.
 * {@link NoNetworkTest} names this factory so the child JVM's pool threads get the policy's
 * permissions like any other thread; sockets stay denied.
 */
public final class PlainWorkerThreads implements ForkJoinPool.ForkJoinWorkerThreadFactory {

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        return new ForkJoinWorkerThread(pool) {
        };
    }
}
