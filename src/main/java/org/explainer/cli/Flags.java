package org.explainer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A command's options: declared once with their names, parameter and description, parsed from
 * the arguments and printed as help.
 *
 * <p>Written by hand instead of taken from a library: the command line has three commands and a
 * dozen options, and the library it replaced (picocli) took a fifth of a small build's second,
 * being compiled for Java 5, which the class-data archive of {@code scripts/explainer} cannot hold.
 */
public final class Flags {

    /** An option: a switch when {@code param} is null, else it takes a value. */
    private record Flag(List<String> names, String param, String description, Consumer<String> set) {
        String label() {
            String shown = String.join(", ", names);
            return param == null ? shown : shown + "=" + param;
        }
    }

    private final List<Flag> flags = new ArrayList<>();

    /** A switch such as {@code --drafts}. */
    public Flags flag(String names, String description, Runnable set) {
        flags.add(new Flag(List.of(names.split(",")), null, description, v -> set.run()));
        return this;
    }

    /** An option with a value, written {@code --out DIR} or {@code --out=DIR}. */
    public Flags option(String names, String param, String description, Consumer<String> set) {
        flags.add(new Flag(List.of(names.split(",")), param, description, set));
        return this;
    }

    /**
     * Sets every option found in {@code args}.
     *
     * @return false when help was asked for (-h, --help): nothing else is done then
     * @throws UsageException for an unknown option, a missing value or a stray argument
     */
    public boolean parse(String... args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) return false;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Flag flag = find(name);
            if (flag == null) {
                throw new UsageException(arg.startsWith("-") ? "Unknown option: '" + name + "'"
                        : "Unexpected argument: '" + arg + "'");
            }
            if (flag.param() == null) {
                if (eq >= 0) throw new UsageException("Option '" + name + "' takes no value");
                flag.set().accept(null);
            } else if (eq >= 0) {
                flag.set().accept(arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                flag.set().accept(args[++i]);
            } else {
                throw new UsageException("Missing required parameter for option '" + name + "' (" + flag.param() + ")");
            }
        }
        return true;
    }

    private Flag find(String name) {
        for (Flag f : flags) {
            if (f.names().contains(name)) return f;
        }
        return null;
    }

    /** The options as help lines, aligned: {@code   --out=DIR   output folder ...}. */
    public String help() {
        int width = flags.stream().mapToInt(f -> f.label().length()).max().orElse(0);
        StringBuilder s = new StringBuilder();
        for (Flag f : flags) {
            String label = f.label();
            s.append("  ").append(label).append(" ".repeat(width - label.length() + 3)).append(f.description()).append('\n');
        }
        return s.toString();
    }

    /** Wrong usage: an exit code of 2 and the command's help. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
