package org.explainer.write;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.parallel.WorkQueue;

/**
 * An earlier output kept to be rewritten in place, cut down to what the plan will write.
 *
 * <p>Why: deleting a whole output and creating it again costs more than writing it. On a disk
 * that discards freed blocks (this project's machine), removing a 10,000-milestone output took
 * 8 s, longer than building it; a rebuild that wrote a fresh tree and then deleted the old one
 * took twice a first build. Kept, its folders are reused, files with the same bytes are left as
 * they are, and only what the plan no longer has is deleted.
 *
 * @param files which of the plan's files are there already, by their index in the plan (so also
 *              their folder)
 */
record KeptTree(BitSet files) {

    static final KeptTree NONE = new KeptTree(new BitSet());

    /**
     * Deletes from {@code root} every entry the plan does not write: files it does not name,
     * folders that hold none of its files, and anything that is not a regular file or a folder
     * (a symbolic link is deleted even where the plan writes a file, so no write can follow it
     * out of the tree).
     */
    static KeptTree prune(Path root, List<OutputFile> plan) throws IOException {
        // Only while pruning: at 100,000 milestones these hold 300,000 paths each.
        Map<String, Integer> planned = new HashMap<>(plan.size() * 2);
        Set<String> plannedDirs = new HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            String path = plan.get(i).path();
            planned.put(path, i);
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                plannedDirs.add(path.substring(0, slash));
            }
        }
        BitSet files = new BitSet(plan.size());
        FileVisitor<Path> visitor = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (plannedDirs.contains(relative(root, dir))) return FileVisitResult.CONTINUE;
                OutputWriter.deleteTree(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Integer index = planned.get(relative(root, file));
                if (attrs.isRegularFile() && index != null) {
                    synchronized (files) {
                        files.set(index);
                    }
                } else {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        };
        // Walked by every core, a subtree each: the walk is a system call or two per entry
        // (30,000 folders of one page each at 10,000 milestones), and one core took 0.9 s over it.
        List<Path> subtrees = subtrees(root, plannedDirs);
        try {
            WorkQueue.run(subtrees.size(), "explainer-prune", i -> {
                try {
                    Files.walkFileTree(subtrees.get(i), visitor);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new KeptTree(files);
    }

    /** The entries of the root, with each planned folder among them replaced by its own entries. */
    private static List<Path> subtrees(Path root, Set<String> plannedDirs) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            for (Path entry : top) {
                if (plannedDirs.contains(relative(root, entry)) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try (DirectoryStream<Path> inner = Files.newDirectoryStream(entry)) {
                        inner.forEach(out::add);
                    }
                } else {
                    out.add(entry);
                }
            }
        }
        return out;
    }

    private static String relative(Path root, Path p) {
        String rel = root.relativize(p).toString();
        return File.separatorChar == '/' ? rel : rel.replace(File.separatorChar, '/');
    }
}
