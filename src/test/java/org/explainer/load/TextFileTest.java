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
 * {@link TextFile#decode} decodes leniently first and strictly only when the text holds U+FFFD;
 * whatever the bytes, the outcome must be the strict decoder's: the same text, or a refusal.
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
    void keepsARealReplacementCharacterAndRefusesABadByte() {
        assertEquals("text: a\uFFFDb", outcome("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
        assertEquals("refused: f.md:2:2: the file is not valid UTF-8 (byte 0xFF)",
                outcome(new byte[] {'a', '\n', 'b', (byte) 0xFF}));
    }

    private static String outcome(byte[] input) {
        try {
            return "text: " + TextFile.decode(input, "f.md").text();
        } catch (ContentException e) {
            return "refused: " + e.problems().get(0).toString().replaceAll(" \\(hint:.*", "");
        }
    }

    /** What the loader did before the lenient first pass: strict decoding, then the same clean-up. */
    private static String strict(byte[] input) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return "text: " + text.replace("\r\n", "\n").replace('\r', '\n').replace('\uFFFF', '\uFFFD');
        } catch (CharacterCodingException e) {
            return outcome(input).startsWith("refused: ") ? outcome(input) : "refused (strict decoder)";
        }
    }
}
