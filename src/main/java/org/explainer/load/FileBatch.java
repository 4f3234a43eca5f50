package org.explainer.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.explainer.parallel.WorkQueue;

/**
 * The files of one folder, each read into its records by the same function, and the records once
 * read. Several batches are read together by {@link #readAll}: every file of every folder goes
 * into one queue that each core takes from, so that no core waits at the end of a folder.
 *
 * @param <T> the kind of record the files hold
 */
final class FileBatch<T> {

    private final List<String> files;
    private final Function<String, List<T>> read;
    /** Each file's records, in the order of {@link #files}. */
    private final List<T>[] results;

    /**
     * @param files the files' names relative to the content folder, in the order their records keep
     * @param read  reads one file into its records; it reports its own problems and must be thread-safe
     */
    FileBatch(List<String> files, Function<String, List<T>> read) {
        this.files = files;
        this.read = read;
        @SuppressWarnings("unchecked")
        List<T>[] empty = new List[files.size()];
        this.results = empty;
    }

    /** Every record of the batch, file by file, in file order; empty until {@link #readAll} has run. */
    List<T> items() {
        List<T> out = new ArrayList<>();
        for (List<T> r : results) if (r != null) out.addAll(r);
        return out;
    }

    /**
     * Reads every file of every batch on every core, taking files in the order given: batches
     * whose files take longest to read (the big YAML lists) should come first.
     */
    static void readAll(List<FileBatch<?>> batches) {
        List<Runnable> tasks = new ArrayList<>();
        for (FileBatch<?> b : batches) {
            for (int i = 0; i < b.files.size(); i++) tasks.add(b.task(i));
        }
        WorkQueue.run(tasks.size(), "explainer-load", i -> tasks.get(i).run());
    }

    private Runnable task(int i) {
        return () -> {
            results[i] = read.apply(files.get(i));
        };
    }
}
