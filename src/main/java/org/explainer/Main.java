package org.explainer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.build.BuildOptions;
import org.explainer.build.BuildResult;
import org.explainer.build.Builder;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import org.explainer.cli.Flags;

/**
 * The command line: {@code build}, {@code check} and {@code serve}. Parses arguments, runs, prints
 * problems, and returns an exit code: 0 for success, 1 for content or template problems, 2 for
 * wrong usage. The only place that exits the JVM.
 */
public final class Main {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final String DESCRIPTION = "Builds a dispute explainer: Markdown and YAML content in, a static site out.";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line without exiting, for tests and for Maven. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        if (args.length == 0) {
            err.print(usage());
            return USAGE;
        }
        String name = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (name) {
            case "-h", "--help" -> {
                out.print(usage());
                return OK;
            }
            case "-V", "--version" -> {
                out.println(version());
                return OK;
            }
            case "help" -> {
                Options about = rest.length == 1 ? command(rest[0]) : null;
                out.print(about == null ? usage() : about.usage());
                return OK;
            }
            default -> {
            }
        }
        Options command = command(name);
        if (command == null) {
            err.println("Unknown command: '" + name + "'");
            err.print(usage());
            return USAGE;
        }
        command.out = out;
        command.err = err;
        try {
            if (!command.flags().parse(rest)) {
                out.print(command.usage());
                return OK;
            }
            return command.call();
        } catch (Flags.UsageException e) {
            err.println(e.getMessage());
            err.print(command.usage());
            return USAGE;
        } catch (ContentException e) {
            printProblems(err, e, command);
            return PROBLEMS;
        }
    }

    private static Options command(String name) {
        return switch (name) {
            case "build" -> new Build();
            case "check" -> new Check();
            case "serve" -> new org.explainer.serve.Serve();
            default -> null;
        };
    }

    private static String usage() {
        return "Usage: explainer [-hV] [COMMAND]\n" + DESCRIPTION + "\n"
                + "  -h, --help      Show this help message and exit.\n"
                + "  -V, --version   Print version information and exit.\n"
                + "Commands:\n"
                + Stream.of(new Build(), new Check(), new org.explainer.serve.Serve())
                        .map(c -> "  " + c.name() + "  " + c.description() + "\n").collect(Collectors.joining())
                + "  help   Display help information about the specified command.\n";
    }

    /** The version from the jar's manifest. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "explainer " + (v == null ? "(development build)" : v);
    }

    /** Options shared by every command that reads content; each command adds its own and runs. */
    public abstract static class Options {
        protected Path content = Path.of("content");
        protected Path templates = Path.of("templates");
        protected String baseUrl;
        protected boolean drafts;
        protected boolean noSearch;
        protected boolean quiet;
        protected boolean verbose;
        /** Where the command prints; set before {@link #call()}. */
        protected PrintStream out = System.out;
        protected PrintStream err = System.err;

        /** The command's name, as typed: build, check, serve. */
        protected abstract String name();

        protected abstract String description();

        /** Runs the command once its options are set; returns the exit code. */
        protected abstract int call();

        /** The options this command takes; commands add theirs to these. */
        public Flags flags() {
            return new Flags()
                    .option("--content", "DIR", "content folder (default: " + content + ")", v -> content = Path.of(v))
                    .option("--templates", "DIR", "templates folder (default: " + templates + ")", v -> templates = Path.of(v))
                    .option("--base-url", "URL", "publish under this URL instead of site.yaml's baseUrl", v -> baseUrl = v)
                    .flag("--drafts", "also build items marked 'draft: true'", () -> drafts = true)
                    .flag("--no-search", "skip the search index (a quicker build; no search box is shown)", () -> noSearch = true)
                    .flag("-q,--quiet", "print nothing but problems", () -> quiet = true)
                    .flag("-v,--verbose", "also print each stage's time", () -> verbose = true)
                    .flag("-h,--help", "Show this help message and exit.", () -> { });
        }

        String usage() {
            return "Usage: explainer " + name() + " [OPTIONS]\n" + description() + "\n" + flags().help();
        }

        protected BuildOptions options(Path out) {
            if (baseUrl != null && !baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new Flags.UsageException(
                        "--base-url must be an absolute http(s) URL, e.g. https://owner.github.io/repo/");
            }
            return new BuildOptions(content, templates, out, Optional.ofNullable(baseUrl), drafts, !noSearch);
        }
    }

    static final class Build extends Options {
        private Path outDir = Path.of("site");

        @Override
        protected String name() {
            return "build";
        }

        @Override
        protected String description() {
            return "Check the content and write the site.";
        }

        @Override
        public Flags flags() {
            return super.flags().option("--out", "DIR", "output folder, replaced whole (default: " + outDir + ")",
                    v -> outDir = Path.of(v));
        }

        @Override
        protected int call() {
            BuildResult r = Builder.build(options(outDir));
            if (!quiet) {
                out.println(summary(r, "Built", outDir));
                if (verbose) {
                    out.println("  stages (ms): " + r.stages());
                    out.println("  templates (ms, summed over threads): " + templateTimes(r));
                }
                out.flush();
            }
            return OK;
        }
    }

    static final class Check extends Options {
        @Override
        protected String name() {
            return "check";
        }

        @Override
        protected String description() {
            return "Check the content and templates; write nothing.";
        }

        @Override
        protected int call() {
            BuildResult r = Builder.check(options(Path.of("site")));
            if (!quiet) {
                out.println("Checked: no problems. " + r.pages() + " pages, " + r.quotes() + " quotes ("
                        + r.unverified() + " unverified) in " + r.millis() + " ms.");
                out.flush();
            }
            return OK;
        }
    }

    static String summary(BuildResult r, String verb, Path out) {
        return verb + " " + r.pages() + " pages (" + r.files() + " files, " + (r.bytes() / 1024) + " KB) into "
                + out + " in " + r.millis() + " ms; " + r.quotes() + " quotes, " + r.unverified()
                + " unverified" + (r.search() ? "; search on" : "; search off");
    }

    /** "quote.ftlh 1356 (20000 pages, 68 µs each), ...": where a theme's rendering time goes. */
    static String templateTimes(BuildResult r) {
        StringBuilder s = new StringBuilder();
        for (var t : r.templates()) {
            if (s.length() > 0) s.append(", ");
            s.append(t.template()).append(' ').append(t.millis()).append(" (").append(t.pages())
                    .append(t.pages() == 1 ? " page" : " pages");
            if (t.pages() > 1) s.append(", ").append(t.nanos() / 1000 / t.pages()).append(" \u00B5s each");
            s.append(')');
        }
        return s.toString();
    }

    /** Prints each problem as {@code path:line:col: message}, its hint beneath, then a count. */
    static void printProblems(PrintStream err, ContentException e, Options o) {
        List<Problem> problems = e.problems();
        for (Problem p : problems) {
            String file = display(p, e.stage(), o);
            Problem shown = new Problem(file, p.line(), p.column(), p.message(), "");
            err.println(shown);
            if (!p.hint().isEmpty()) err.println("    hint: " + p.hint());
        }
        err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " found; nothing was written, the output folder is as it was.");
    }

    /** Content problems are named from the content folder, template problems from the templates folder. */
    public static String display(Problem p, String stage, Options o) {
        if (p.file().isEmpty() || stage.equals("write")) return p.file();
        Path base = switch (stage) {
            case "render" -> o.templates;
            default -> o.content;
        };
        Path full = base.resolve(p.file());
        Path cwd = Path.of("").toAbsolutePath();
        if (full.isAbsolute() && full.normalize().startsWith(cwd)) full = cwd.relativize(full.normalize());
        return full.toString().replace('\\', '/');
    }
}
