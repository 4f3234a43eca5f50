package org.explainer.serve;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.load.LoadCache;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;

/**
 * The site {@code serve} shows: built into memory, rebuilt on demand, and always the last good
 * build, with the problems of the latest attempt beside it. A rebuild never throws: whatever the
 * input, it logs one line and tells its listeners.
 */
public final class LiveSite {

    /**
     * One problem as the browser shows it.
     *
     * @param line    {@code path:line:col: message}, the path as the command line prints it
     * @param hint    how to fix it, or ""
     */
    public record Shown(String line, String hint) {
    }

    /**
     * What is being served.
     *
     * @param files    the last good site, by path ("index.html", "actors/x.html"); empty before the first
     * @param basePath the path the site lives under, e.g. "/dispute-explainer/"
     * @param problems the latest build's problems; empty when it succeeded
     * @param rendered pages the latest successful build rendered before the reload, rather than reused
     */
    public record State(Map<String, byte[]> files, String basePath, List<Shown> problems, int rendered) {
    }

    private final BuildOptions options;
    private final BiFunction<Problem, String, String> display;
    private final PrintStream log;
    private int verbosity = 1;
    private final BuildCache cache = new BuildCache();
    private final MemorySite memory;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state;

    /**
     * @param display names a problem's file as the command line does, given the problem and its stage
     * @param log     where the one line per rebuild goes
     */
    public LiveSite(BuildOptions options, BiFunction<Problem, String, String> display, PrintStream log) {
        this.options = options.withSearch(false);
        this.display = display;
        this.log = log;
        this.memory = new MemorySite(List.of(options.content(), options.templates()));
        this.state = new State(Map.of(), "/", List.of(), 0);
    }

    /** 0: only problems; 1: one line per rebuild (the default); 2: with each stage's time. */
    public LiveSite verbosity(int level) {
        this.verbosity = level;
        return this;
    }

    public State state() {
        return state;
    }

    /** Called after every rebuild, good or bad, on the rebuilding thread. */
    public void onBuilt(Consumer<State> listener) {
        listeners.add(listener);
    }

    /** Builds again from the files as they are now, checking every file; returns the new state. */
    public State rebuild() {
        return rebuild(null);
    }

    /**
     * Builds again from the files as they are now, given what a file watcher saw change since the
     * last rebuild: files it does not name are not even checked. Null checks every file.
     */
    public synchronized State rebuild(LoadCache.Changed changed) {
        long t0 = System.nanoTime();
        State next;
        try {
            cache.begin(changed);
            Builder.Planned planned = Builder.plan(options, cache);
            List<String> refused = new ArrayList<>();
            long t1 = System.nanoTime();
            MemorySite.Made made = memory.make(planned.files(), cache.eager(), refused);
            cache.commit(made.pageRoutes());
            next = new State(made.files(), planned.graph().site().basePath(), List.of(), cache.rendered());
            for (String r : refused) log.println("serve: not serving " + r + ": it links outside the content and templates folders");
            if (verbosity > 0) {
                log.println("Rebuilt in " + millis(t0) + " ms: " + cache.rendered() + " of " + made.pages()
                        + " pages rendered" + (verbosity > 1 ? " (ms: " + planned.stages() + ", pages " + millis(t1) + ")" : "")
                        + (made.pages() > cache.rendered() ? "; any other that changed is rendered when opened" : "") + ".");
            }
        } catch (ContentException e) {
            List<Shown> shown = e.problems().stream().map(p -> show(p, e.stage())).toList();
            next = new State(state.files(), state.basePath(), shown, 0);
            log.println(shown.size() + (shown.size() == 1 ? " problem" : " problems") + " (" + shown.get(0).line()
                    + "); still serving the last good build. Details in the browser.");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Not the editor's fault, but the preview must outlive it: show it and keep serving.
            Shown bug = new Shown("internal error: " + e, "this is a bug in the explainer; please report it with the content that caused it");
            next = new State(state.files(), state.basePath(), List.of(bug), 0);
            log.println("serve: " + bug.line() + "; still serving the last good build.");
        }
        state = next;
        for (Consumer<State> l : listeners) l.accept(next);
        return next;
    }

    /**
     * The problems of a file that failed when made on request (see {@link LazyFiles}), as the
     * browser shows them; anything but a content or template problem is a bug, shown as one.
     */
    List<Shown> shown(RuntimeException e) {
        if (e instanceof ContentException c) return c.problems().stream().map(p -> show(p, c.stage())).toList();
        return List.of(new Shown("internal error: " + e, "this is a bug in the explainer; please report it with the content that caused it"));
    }

    private Shown show(Problem p, String stage) {
        Problem named = new Problem(display.apply(p, stage), p.line(), p.column(), p.message(), "");
        return new Shown(named.toString(), p.hint());
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
