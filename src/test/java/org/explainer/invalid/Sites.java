package org.explainer.invalid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;

/**
 * Assembles the sites of the invalid corpus: the shared valid base with one case's files laid on
 * top (see src/test/resources/sites-invalid/README.md), and snapshots folders byte for byte.
 */
final class Sites {

    static final Path CORPUS = Path.of("src/test/resources/sites-invalid");
    static final Path TEMPLATES = Path.of("templates");

    /** A case ready to build: its content and templates folders. */
    record Site(Path content, Path templates) {
        BuildOptions into(Path out) {
            return BuildOptions.of(content, templates, out);
        }
    }

    private Sites() {
    }

    /** The base site plus the named case's overlay, copied under {@code work}. */
    static Site assemble(String caseName, Path work) {
        Path content = work.resolve("content");
        Path templates = work.resolve("templates");
        copyTree(CORPUS.resolve("_base/content"), content);
        copyTree(TEMPLATES, templates);
        if (caseName != null) {
            copyTree(CORPUS.resolve(caseName).resolve("content"), content);
            copyTree(CORPUS.resolve(caseName).resolve("templates"), templates);
        }
        return new Site(content, templates);
    }

    /** The names of every case folder, sorted. */
    static List<String> caseNames() {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a case's expected.txt; none for a case that must build. */
    static List<String> expected(String caseName) {
        try {
            return Files.readAllLines(CORPUS.resolve(caseName).resolve("expected.txt")).stream()
                    .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the base site into {@code out}, the "previous build" every failing case must leave alone. */
    static void buildBase(Path work, Path out) {
        Builder.build(assemble(null, work).into(out));
    }

    static void copyTree(Path from, Path to) {
        if (!Files.exists(from)) return;
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under {@code root} (hidden ones included) with a hash of its bytes. */
    static SortedMap<String, String> snapshot(Path root) {
        SortedMap<String, String> out = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return out;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    out.put(name, "link -> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    out.put(name + "/", "folder");
                } else {
                    out.put(name, sha256(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
