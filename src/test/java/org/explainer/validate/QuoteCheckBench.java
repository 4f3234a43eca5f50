package org.explainer.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How long quote verification takes on a large source: a found quote and a misquote (which also
 * searches for the closest passage). Not a test; run after {@code mvn -o test-compile} with
 * {@code java -cp target/classes:target/test-classes org.explainer.validate.QuoteCheckBench [copies]}.
 * The source is the longest text copy of the real content repeated {@code copies} times (default 100,
 * about 1.1 MB), with one distinct sentence at the end.
 */
public final class QuoteCheckBench {

    private QuoteCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String one = Files.readString(Path.of("content/sources/bbc-live-2016-02-11.txt"));
        String source = one.repeat(copies) + "\nThe very last sentence says the talks ended on a Friday afternoon.\n";
        String found = "the talks ended on a Friday afternoon";
        String misquote = "the talks ended on a Thursday afternoon";
        for (int warm = 0; warm < 5; warm++) {
            QuoteCheck.findMismatch(found, source);
            QuoteCheck.findMismatch(misquote, source);
        }
        int runs = 20;
        long n0 = System.nanoTime();
        QuoteCheck.Prepared prepared = null;
        for (int i = 0; i < runs; i++) prepared = QuoteCheck.prepare(source);
        long n1 = System.nanoTime();
        for (int i = 0; i < runs; i++) check(QuoteCheck.findMismatch(found, prepared).isEmpty());
        System.out.printf("prepare (normalise) the source: %.1f ms; check one quote against it: %.2f ms%n",
                (n1 - n0) / 1e6 / runs, (System.nanoTime() - n1) / 1e6 / runs);
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) check(QuoteCheck.findMismatch(found, source).isEmpty());
        long t1 = System.nanoTime();
        Optional<String> hint = Optional.empty();
        for (int i = 0; i < runs; i++) hint = QuoteCheck.findMismatch(misquote, source);
        long t2 = System.nanoTime();
        System.out.printf("source %,d chars; found: %.1f ms; misquote with closest passage: %.1f ms; hint: %s%n",
                source.length(), (t1 - t0) / 1e6 / runs, (t2 - t1) / 1e6 / runs, hint.orElse("(none)"));
    }

    private static void check(boolean ok) {
        if (!ok) throw new IllegalStateException("the quote should have been found");
    }
}
