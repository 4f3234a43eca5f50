package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonStringTest {

    /** The character-by-character escaping Json.string replaced: the reference it must agree with. */
    private static String reference(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029'
                            || c == '\uFFFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        Json.string(s, out);
        return out.toString();
    }

    @Test
    void escapesWhatCouldEndAScriptOrAStringAndKeepsTheRest() {
        assertEquals("\"It\\u0027s \\u003c/script\\u003e \\\"x\\\" \\\\ \\n caf\u00e9 \u201Cq\u201D\"",
                escaped("It's </script> \"x\" \\ \n caf\u00e9 \u201Cq\u201D"));
        assertEquals("\"\"", escaped(""));
    }

    /** Every character, alone and between plain text, as the reference escapes it: the ASCII table and the rest. */
    @Test
    void escapesEveryCharacterAsTheReferenceDoes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            assertEquals(reference(alone), escaped(alone), "U+" + Integer.toHexString(c));
            String between = "ab" + (char) c + "cd";
            assertEquals(reference(between), escaped(between), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void agreesWithCharacterByCharacterEscapingOnRandomText() {
        String alphabet = "ab \"\\\n\r\t<>&'\u2028\u2029\uFFFF\u0001\u001f\u00e9\u201C\uD83D\uDE00";
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(reference(s.toString()), escaped(s.toString()), s.toString());
        }
    }
}
