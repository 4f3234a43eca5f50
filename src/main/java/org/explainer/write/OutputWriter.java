package org.explainer.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.explainer.parallel.Background;
import org.explainer.parallel.WorkQueue;
import org.explainer.problem.ContentException;
import org.explainer.problem.Pos;
import org.explainer.problem.Problem;
import org.explainer.problem.Problems;

/**
 * The last stage: writes the planned files into a folder beside the output and, only when every
 * file is written, swaps it in. A failed build leaves the output folder exactly as it was, and
 * nothing is ever written outside the output folder and its two hidden siblings.
 *
 * <p>The output a build replaces is kept beside the new one ({@code .site.previous} for
 * {@code site}), and the next build writes into it in place ({@link KeptTree}, {@link InPlace})
 * instead of making every folder and file anew and then deleting the old tree whole.
 */
public final class OutputWriter {

    /** The file that marks a folder as made by this generator, so it may be replaced. */
    public static final String MARKER = ".nojekyll";

    private OutputWriter() {
    }

    /**
     * The outcome of a write.
     *
     * @param files how many files were written
     * @param bytes their total size
     */
    public record Written(int files, long bytes) {
    }

    /**
     * Writes the plan atomically into {@code out}.
     *
     * @param beforeSwap runs on the complete new folder before it replaces the output (e.g. a search indexer)
     * @param protect    folders the output must never contain or be (the content and templates)
     */
    public static Written write(Path out, List<OutputFile> plan, List<Path> protect, Consumer<Path> beforeSwap) {
        Path target = out.toAbsolutePath().normalize();
        checkSafe(target, protect);
        // Checked while the files are written, on a thread of its own: the check reads every path
        // of the plan (some 50 ms on one core at 10,000 milestones, with the other core idle), and
        // what is written goes to a folder that replaces the output only once the check has passed.
        CompletableFuture<Void> collisions = Background.start("explainer-check", () -> {
            checkCollisions(plan);
            return null;
        });
        Path temp = target.resolveSibling("." + target.getFileName() + ".building");
        Path old = target.resolveSibling("." + target.getFileName() + ".previous");
        boolean reused = false;
        try {
            deleteTree(temp);
            reused = Files.isRegularFile(old.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                    && !Files.isSymbolicLink(old);
            if (reused) {
                move(old, temp);
            } else {
                deleteTree(old);
                Files.createDirectories(temp);
            }
            KeptTree kept = reused ? KeptTree.prune(temp, plan) : KeptTree.NONE;
            Written written = writeAll(temp, plan, kept);
            Background.result(collisions);
            beforeSwap.accept(temp);
            swap(temp, target, old);
            return written;
        } catch (IOException e) {
            setAside(temp, old, reused);
            // Two files at one path may well be why writing failed; that is the problem to report.
            Background.result(collisions);
            throw ContentException.single("write", new Problem(target.toString(), 0, 0,
                    "cannot write the output: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    "check that the folder is writable and the disk is not full"));
        } catch (RuntimeException e) {
            setAside(temp, old, reused);
            Background.result(collisions);
            throw e;
        }
    }

    private static Written writeAll(Path temp, List<OutputFile> plan, KeptTree kept) throws IOException {
        // Folders are made by the task that writes into them, not in a serial pass first: a site
        // has a folder per page, and making 30,000 of them one after another kept a core idle.
        Set<Path> dirs = ConcurrentHashMap.newKeySet();
        Problems problems = new Problems();
        AtomicLong bytes = new AtomicLong();
        // Threads take files from both ends of the plan, so that they fill different folders (see
        // WorkQueue.runFromBothEnds); the planner puts the few big files first, which go to the
        // front thread, so no core is left idle at the end while another makes a big one.
        WorkQueue.runFromBothEnds(plan.size(), "explainer-write",
                i -> writeOne(temp, plan.get(i), kept.files().get(i), dirs, bytes, problems));
        problems.throwIfAny("render");
        return new Written(plan.size(), bytes.get());
    }

    /** @param exists whether a kept file is at its place (and so its folder is there) */
    private static void writeOne(Path temp, OutputFile f, boolean exists, Set<Path> dirs, AtomicLong bytes,
                                 Problems problems) {
        Path file = temp.resolve(f.path());
        try {
            Path parent = file.getParent();
            if (!exists && !dirs.contains(parent)) {
                Files.createDirectories(parent);
                dirs.add(parent);
            }
            if (f instanceof OutputFile.Made made) {
                byte[] content = made.bytes().get();
                InPlace.write(file, content, exists);
                bytes.addAndGet(content.length);
            } else if (f instanceof OutputFile.Streamed streamed) {
                bytes.addAndGet(InPlace.stream(file, streamed.content()));
            } else if (f instanceof OutputFile.Copied copied) {
                InPlace.copy(copied.source(), file, exists);
                bytes.addAndGet(Files.size(file));
            }
        } catch (ContentException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the new output in place and keeps the one it replaces for the next build to rewrite. */
    private static void swap(Path temp, Path target, Path old) throws IOException {
        if (Files.exists(target)) move(target, old);
        move(temp, target);
    }

    /**
     * After a failure: a kept tree goes back to be rewritten by the next build (it is neither the
     * output nor a copy of it any more, and the next build rewrites every file it keeps); a fresh
     * one is deleted, so a failed first build leaves nothing behind.
     */
    private static void setAside(Path temp, Path old, boolean reused) {
        if (reused) {
            try {
                move(temp, old);
                return;
            } catch (IOException e) {
                // Deleted below instead.
            }
        }
        quietlyDelete(temp);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Refuses an output folder that would swallow the content, or replace a folder it did not make. */
    static void checkSafe(Path target, List<Path> protect) {
        List<Problem> problems = new ArrayList<>();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (target.getParent() == null || cwd.startsWith(target)) {
            problems.add(new Problem(target.toString(), 0, 0, "the output folder contains the working folder",
                    "choose a folder of its own, e.g. --out site"));
        }
        for (Path p : protect) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(target) || target.startsWith(abs)) {
                problems.add(new Problem(target.toString(), 0, 0, "the output folder overlaps " + abs,
                        "choose a folder of its own, e.g. --out site"));
            }
        }
        try {
            if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER))) {
                try (var entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        problems.add(new Problem(target.toString(), 0, 0,
                                "the output folder is not empty and was not made by the explainer",
                                "a build replaces its output folder whole; choose an empty or new folder"));
                    }
                }
            } else if (Files.exists(target) && !Files.isDirectory(target)) {
                problems.add(new Problem(target.toString(), 0, 0, "the output path is a file", "choose a folder"));
            }
        } catch (IOException e) {
            problems.add(new Problem(target.toString(), 0, 0, "cannot read the output folder: " + e.getMessage(), ""));
        }
        if (!problems.isEmpty()) throw new ContentException("write", problems);
    }

    /** Two items that would write the same file, or a file where a folder must go. */
    public static void checkCollisions(List<OutputFile> plan) {
        Map<String, OutputFile> seen = new HashMap<>();
        Problems problems = new Problems();
        for (OutputFile f : plan) {
            OutputFile first = seen.putIfAbsent(f.path(), f);
            if (first != null) {
                problems.add(Pos.file(f.path()), "two items would both be written to " + f.path(),
                        "rename one of them");
            }
        }
        for (String path : seen.keySet()) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (seen.containsKey(path.substring(0, slash))) {
                    problems.add(Pos.file(path.substring(0, slash)), "a file and a folder would both be called "
                            + path.substring(0, slash), "rename one of them");
                }
            }
        }
        problems.throwIfAny("write");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void quietlyDelete(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // The temporary folder is hidden and replaced by the next build.
        }
    }
}
