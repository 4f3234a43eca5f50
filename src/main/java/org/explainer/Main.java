package org.explainer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.explainer.build.BuildOptions;
import org.explainer.build.BuildResult;
import org.explainer.build.Builder;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code build}, {@code check} and {@code serve}. Parses arguments, runs, prints
 * problems, and returns an exit code: 0 for success, 1 for content or template problems, 2 for
 * wrong usage. The only place that exits the JVM.
 */
@Command(name = "explainer", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a dispute explainer: Markdown and YAML content in, a static site out.",
        subcommands = {Main.Build.class, Main.Check.class, org.explainer.serve.Serve.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line without exiting, for tests and for Maven. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ContentException ce) {
                printProblems(err, ce, (Options) line.getCommand());
                return PROBLEMS;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Options shared by every command that reads content. */
    public abstract static class Options {
        @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content = Path.of("content");

        @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: ${DEFAULT-VALUE})")
        Path templates = Path.of("templates");

        @Option(names = "--base-url", paramLabel = "URL", description = "publish under this URL instead of site.yaml's baseUrl")
        String baseUrl;

        @Option(names = "--drafts", description = "also build items marked 'draft: true'")
        boolean drafts;

        @Option(names = "--no-search", description = "skip the search index (a quicker build; no search box is shown)")
        boolean noSearch;

        @Option(names = {"-q", "--quiet"}, description = "print nothing but problems")
        protected boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "also print each stage's time")
        protected boolean verbose;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        protected BuildOptions options(Path out) {
            if (baseUrl != null && !baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--base-url must be an absolute http(s) URL, e.g. https://owner.github.io/repo/");
            }
            return new BuildOptions(content, templates, out, Optional.ofNullable(baseUrl), drafts, !noSearch);
        }

    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Check the content and write the site.")
    static final class Build extends Options implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "DIR", description = "output folder, replaced whole (default: ${DEFAULT-VALUE})")
        Path out = Path.of("site");

        @Override
        public Integer call() {
            BuildResult r = Builder.build(options(out));
            if (!quiet) {
                var w = spec.commandLine().getOut();
                w.println(summary(r, "Built", out));
                if (verbose) w.println("  stages (ms): " + r.stages());
                w.flush();
            }
            return OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check the content and templates; write nothing.")
    static final class Check extends Options implements Callable<Integer> {
        @Override
        public Integer call() {
            BuildResult r = Builder.check(options(Path.of("site")));
            if (!quiet) {
                var w = spec.commandLine().getOut();
                w.println("Checked: no problems. " + r.pages() + " pages, " + r.quotes() + " quotes ("
                        + r.unverified() + " unverified) in " + r.millis() + " ms.");
                w.flush();
            }
            return OK;
        }
    }

    static String summary(BuildResult r, String verb, Path out) {
        return verb + " " + r.pages() + " pages (" + r.files() + " files, " + (r.bytes() / 1024) + " KB) into "
                + out + " in " + r.millis() + " ms; " + r.quotes() + " quotes, " + r.unverified()
                + " unverified" + (r.search() ? "; search on" : "; search off");
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

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"explainer " + (v == null ? "(development build)" : v)};
        }
    }
}
