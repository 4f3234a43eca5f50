package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinkLabelTest {

    /** flexmark's own expression, as its inline parser uses it. */
    private static final Pattern FLEXMARK = new Parsing(new MutableDataSet()).LINK_LABEL;

    /** What flexmark's {@code match(LINK_LABEL)} gives at {@code start}: the match's length, or 0. */
    private static int byRegex(String text, int start) {
        if (start >= text.length()) return 0;
        Matcher m = FLEXMARK.matcher(text);
        m.region(start, text.length());
        return m.find() ? m.end() - start : 0;
    }

    @Test
    void endsWhereFlexmarksExpressionEndsOnRandomTexts() {
        // Brackets, backslashes, escapable and plain characters, a line break and a character
        // beyond the basic plane: every choice the expression makes. Short, so the regex is quick.
        String[] pieces = {"[", "]", "\\", "\\", "a", "-", "!", " ", "\n", "\uD83D\uDE00", "é"};
        Random random = new Random(20261130);
        int labels = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder("[");
            int length = random.nextInt(16);
            for (int k = 0; k < length; k++) s.append(pieces[random.nextInt(pieces.length)]);
            String text = s.toString();
            int expected = byRegex(text, 0);
            assertEquals(expected, LinkLabel.length(text, 0), () -> "at " + text.replace("\n", "\\n"));
            if (expected > 0) labels++;
        }
        assertTrue(labels > 50_000, "too few texts held a label to compare: " + labels);
    }

    /**
     * The expression recurses for every item: a thousand of them overflow a test thread's stack
     * (and, in a build, flexmark's; {@code LinkLabel} loops over plain characters instead).
     */
    @Test
    void countsAtMost999ItemsAsTheExpressionDoes() throws InterruptedException {
        for (int items : new int[] {998, 999, 1000}) {
            for (String item : new String[] {"a", "\\]", "\\", "\uD83D\uDE00"}) {
                String text = "x[" + item.repeat(items) + "]";
                int[] expected = {-1};
                Thread regex = new Thread(null, () -> expected[0] = byRegex(text, 1), "regex", 256L << 20);
                regex.start();
                regex.join();
                assertEquals(expected[0], LinkLabel.length(text, 1), items + " x " + item);
            }
        }
        assertEquals(1001, LinkLabel.length("[" + "a".repeat(999) + "]", 0));
        assertEquals(0, LinkLabel.length("[" + "a".repeat(1000) + "]", 0));
    }

    @Test
    void findsNoLabelWhereThereIsNoBracket() {
        assertEquals(0, LinkLabel.length("", 0));
        assertEquals(0, LinkLabel.length("a]", 0));
        assertEquals(0, LinkLabel.length("[a", 2));
        assertEquals(3, LinkLabel.length("[a]", 0));
    }

    /**
     * The fuzzer's input, and longer runs of the same kind: the expression takes time exponential
     * in the backslashes (32 took 0.19 s, each two more about twice that); this takes milliseconds.
     * The bound only turns a hang into a failure.
     */
    @Test
    void runsOfBackslashesWithoutAClosingBracketEndQuickly() {
        for (String text : new String[] {"[" + "\\".repeat(5_000), "[x~~-;--" + "\\".repeat(80) + "--/--~~ L~",
                "[" + "\\-".repeat(3_000) + "[]", "x [a][" + "\\".repeat(2_000) + "\n"}) {
            int start = text.startsWith("x [a]") ? 5 : 0; // after a link's text, its reference label
            int length = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LinkLabel.length(text, start));
            assertEquals(0, length, text.substring(0, 12));
        }
        String closed = "[" + "\\\\".repeat(400) + "]";
        assertEquals(closed.length(), assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LinkLabel.length(closed, 0)));
    }
}
