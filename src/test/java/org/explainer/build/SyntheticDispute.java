package org.explainer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A made-up dispute of any size in the content format, like ../shared/bench/project_corpus.py. */
public final class SyntheticDispute {

    private static final String[] WORDS = ("contract doctors union government strike ballot offer pay hours "
            + "weekend safety negotiation talks imposition review trust rota patients hospital shift vote").split(" ");

    private SyntheticDispute() {
    }

    public static void write(Path dir, int milestones, int actors) throws IOException {
        Random random = new Random(42);
        int sources = Math.max(1, milestones / 100);
        for (String d : new String[] {"actors", "milestones", "quotes", "sources"}) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("site.yaml"), "title: \"Bench dispute\"\ndescription: \"Synthetic.\"\n"
                + "language: en\nbaseUrl: \"https://example.org/explainer/\"\nsides:\n  - id: a\n    label: \"Side A\"\n"
                + "  - id: b\n    label: \"Side B\"\n");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sources; i++) {
            s.append(String.format("- id: s%05d\n  title: \"Source %d\"\n  publisher: \"Bench News\"\n  date: 2015-01-01\n", i, i));
        }
        Files.writeString(dir.resolve("sources/sources.yaml"), s);
        for (int a = 0; a < actors; a++) {
            Files.writeString(dir.resolve(String.format("actors/a%05d.md", a)), "---\nname: \"Actor " + a
                    + "\"\nkind: person\nrole: \"" + words(random, 4) + "\"\nside: " + (a % 2 == 0 ? "a" : "b")
                    + "\n---\n\n" + words(random, 40) + "\n");
        }
        StringBuilder quotes = new StringBuilder();
        for (int i = 0; i < milestones; i++) {
            String date = String.format("%d-%02d-%02d", 2012 + i % 5, 1 + i % 12, 1 + i % 28);
            String source = String.format("s%05d", i % sources);
            String a1 = String.format("a%05d", i % actors);
            String a2 = String.format("a%05d", (i * 7 + 3) % actors);
            String who = a1.equals(a2) ? a1 : a1.compareTo(a2) < 0 ? a1 + ", " + a2 : a2 + ", " + a1;
            Files.writeString(dir.resolve(String.format("milestones/m%06d.md", i)), "---\ntitle: \"Milestone " + i
                    + "\"\ndate: " + date + "\nactors: [" + who + "]\nsources: [" + source + "]\n---\n\n"
                    + words(random, 60) + "\n\n## Why it matters\n\n" + words(random, 60) + "\n");
            for (int q = 0; q < 2; q++) {
                quotes.append(String.format("- id: q%06d-%d\n  actor: a%05d\n  text: \"%s\"\n  date: %s\n  source: %s\n"
                        + "  milestone: m%06d\n", i, q, random.nextInt(actors), words(random, 25), date, source, i));
            }
        }
        Files.writeString(dir.resolve("quotes/quotes.yaml"), quotes);
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
