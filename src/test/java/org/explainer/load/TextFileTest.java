package org.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.explainer.problem.ContentException;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFile#decode} takes plain ASCII as it is, decodes anything else leniently first and
 * strictly only when the text holds U+FFFD, and notes whether the text holds a control character;
 * whatever the bytes, the outcome must be the strict decoder's (the same text, or a refusal), and
 * {@link TextFile#requireVisible} must refuse exactly what a look at every character refuses.
 */
class TextFileTest {

    private static final byte[][] PIECES = {
        "a".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        "\r\n".getBytes(StandardCharsets.UTF_8), "\r".getBytes(StandardCharsets.UTF_8),
        "\u201cq\u201d".getBytes(StandardCharsets.UTF_8), "\u00e9".getBytes(StandardCharsets.UTF_8),
        "\uFEFF".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
        "\uFFFF".getBytes(StandardCharsets.UTF_8), "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        "\t".getBytes(StandardCharsets.UTF_8), "\u0001".getBytes(StandardCharsets.UTF_8),
        "\u000B".getBytes(StandardCharsets.UTF_8), "\u001F".getBytes(StandardCharsets.UTF_8),
        "\u007F".getBytes(StandardCharsets.UTF_8), "\u0085".getBytes(StandardCharsets.UTF_8),
        "~".getBytes(StandardCharsets.UTF_8), "abc def\n".getBytes(StandardCharsets.UTF_8),
    };

    @Test
    void decodesEveryByteSequenceAsTheStrictDecoderDoes() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            ByteBuffer bytes = ByteBuffer.allocate(200);
            int parts = random.nextInt(12);
            for (int i = 0; i < parts; i++) bytes.put(PIECES[random.nextInt(PIECES.length)]);
            byte[] input = java.util.Arrays.copyOf(bytes.array(), bytes.position());
            assertEquals(strict(input), outcome(input), () -> java.util.HexFormat.of().formatHex(input));
        }
    }

    @Test
    void takesPlainAsciiAsItIsAndStillRefusesAControlCharacterWhereItIs() {
        TextFile plain = TextFile.decode("title: \"A\"\n\tx ~\n".getBytes(StandardCharsets.UTF_8), "f.md");
        assertEquals("title: \"A\"\n\tx ~\n", plain.text());
        assertEquals(true, plain.knownVisible());
        assertEquals("text: a\nb", outcome("a\r\nb".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text: a\nb\u0001, refused: f.md:2:2: the file contains an invisible control character (U+0001)",
                outcome("a\nb\u0001".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text: \u00e9\u007F, refused: f.md:1:2: the file contains an invisible control character (U+007F)",
                outcome("\u00e9\u007F".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsARealReplacementCharacterAndRefusesABadByte() {
        assertEquals("text: a\uFFFDb", outcome("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
        assertEquals("refused: f.md:2:2: the file is not valid UTF-8 (byte 0xFF)",
                outcome(new byte[] {'a', '\n', 'b', (byte) 0xFF}));
    }

    private static String outcome(byte[] input) {
        TextFile file;
        try {
            file = TextFile.decode(input, "f.md");
        } catch (ContentException e) {
            return "refused: " + refusal(e);
        }
        return "text: " + file.text() + visibility(file);
    }

    /** "" when the file may be used, else why not: what requireVisible says of it. */
    private static String visibility(TextFile file) {
        try {
            file.requireVisible();
            return "";
        } catch (ContentException e) {
            return ", refused: " + refusal(e);
        }
    }

    private static String refusal(ContentException e) {
        return e.problems().get(0).toString().replaceAll(" \\(hint:.*", "");
    }

    /** What the loader did before the lenient first pass: strict decoding, then the same clean-up. */
    private static String strict(byte[] input) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\uFFFF', '\uFFFD');
            // Looked at character by character: a file not known to be free of control characters.
            return "text: " + text + visibility(new TextFile("f.md", text));
        } catch (CharacterCodingException e) {
            return outcome(input).startsWith("refused: ") ? outcome(input) : "refused (strict decoder)";
        }
    }
}
